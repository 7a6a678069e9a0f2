import { defineMessages } from '../../i18n/messages.js';

export const messages = defineMessages('risk/mitigation-required', {
    description: 'A recipient with an elevated risk profile gets no provision, and no umbrella, without a weighing of its risks: a mitigation that covers it, or a reasoned statement that a risk does not apply. In a group provision this holds for every member.',
    rationale: 'Before giving data to a service with an elevated risk profile, the service weighs the risks, how far they can be mitigated, and the national-security interest. A provision without any mitigation shows no such weighing. The message and the quick fix name every criterion at risk at once, with `regarding` when there are several recipients, so that one step addresses them all.',
    source: 'Policy response of 12 October 2021 (weighing notes); CTIVD report 73',
    fix: 'Adds one `mitigation for … "TODO"` clause naming every criterion at risk of the recipient (with `regarding` when there are several recipients); the author replaces the placeholder with the measure. It is a suggestion: `provisio check --fix` does not apply it.',
    uncovered: '{subject} gives data to {recipient}, which has an elevated risk profile ({risks} assessed as a risk in weighing note {note}), but no mitigation covers it. Add `{clause}` saying how the risk is reduced, or, for a risk that does not apply to this cooperation, `risk {criterion}{regarding} not-applicable "…"` saying why.',
    addMitigation: 'Add {clause}'
}, {
    description: 'Een buitenlandse dienst met een verhoogd risicoprofiel krijgt geen verstrekking, en valt onder geen overkoepelende toestemming, zonder afweging van de risico\'s: een mitigerende maatregel die de dienst dekt, of een gemotiveerde vaststelling dat een risico niet van toepassing is. Bij een groepsverstrekking geldt dit voor elke ontvanger.',
    rationale: 'Voordat de dienst gegevens verstrekt aan een dienst met een verhoogd risicoprofiel, weegt zij de risico\'s af tegen de mate waarin die gemitigeerd kunnen worden en het belang van de nationale veiligheid. Een verstrekking zonder enige mitigerende maatregel laat die afweging niet zien. De melding en de snelle oplossing noemen alle criteria met een risico tegelijk, met `regarding` als er meer ontvangers zijn, zodat één stap ze allemaal adresseert.',
    source: 'Beleidsreactie van 12 oktober 2021 (wegingsnotities); CTIVD-rapport 73',
    fix: 'Voegt één clausule `mitigation for … "TODO"` toe met elk criterium waarop de dienst als risico is beoordeeld (met `regarding` als er meer ontvangers zijn); de auteur vervangt de plaatshouder door de maatregel. Het is een suggestie: `provisio check --fix` past haar niet toe.',
    uncovered: '{subject} verstrekt gegevens aan {recipient}, een dienst met een verhoogd risicoprofiel ({risks} als risico beoordeeld in wegingsnotitie {note}), maar geen mitigerende maatregel dekt deze dienst. Voeg `{clause}` toe en beschrijf hoe het risico wordt beperkt, of voeg voor een risico dat bij deze samenwerking niet van toepassing is `risk {criterion}{regarding} not-applicable "…"` toe en vermeld waarom.',
    addMitigation: 'Voeg {clause} toe'
});
