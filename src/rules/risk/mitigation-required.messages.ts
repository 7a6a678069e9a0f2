import { defineMessages } from '../../i18n/messages.js';

export const messages = defineMessages('risk/mitigation-required', {
    description: 'A recipient with an elevated risk profile gets no provision, and no umbrella, without a mitigation that covers it. In a group provision this holds for every member.',
    rationale: 'Before giving data to a service with an elevated risk profile, the service weighs the risks, how far they can be mitigated, and the national-security interest. A provision without any mitigation shows no such weighing.',
    source: 'Policy response of 12 October 2021 (weighing notes); CTIVD report 73',
    uncovered: '{subject} gives data to {recipient}, which has an elevated risk profile ({risks} assessed as a risk in weighing note {note}), but no mitigation covers it. Add `mitigation for {criterion} "…"` saying how the risk is reduced.'
}, {
    description: 'Een buitenlandse dienst met een verhoogd risicoprofiel krijgt geen verstrekking, en valt onder geen overkoepelende toestemming, zonder mitigerende maatregel die de dienst dekt. Bij een groepsverstrekking geldt dit voor elke ontvanger.',
    rationale: 'Voordat de dienst gegevens verstrekt aan een dienst met een verhoogd risicoprofiel, weegt zij de risico\'s af tegen de mate waarin die gemitigeerd kunnen worden en het belang van de nationale veiligheid. Een verstrekking zonder enige mitigerende maatregel laat die afweging niet zien.',
    source: 'Beleidsreactie van 12 oktober 2021 (wegingsnotities); CTIVD-rapport 73',
    uncovered: '{subject} verstrekt gegevens aan {recipient}, een dienst met een verhoogd risicoprofiel ({risks} als risico beoordeeld in wegingsnotitie {note}), maar geen mitigerende maatregel dekt deze dienst. Voeg `mitigation for {criterion} "…"` toe en beschrijf hoe het risico wordt beperkt.'
});
