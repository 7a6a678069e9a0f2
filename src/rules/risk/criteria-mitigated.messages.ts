import { defineMessages } from '../../i18n/messages.js';

export const messages = defineMessages('risk/criteria-mitigated', {
    description: 'Every criterion assessed as a risk for a recipient is addressed by a mitigation or by a reasoned statement that it does not apply, and every mitigation addresses such a criterion of a recipient it is given to.',
    rationale: 'A mitigation reduces a specific identified risk. One that names no risk criterion, or leaves a risk criterion unaddressed, does not show that the risks of this recipient were weighed.',
    source: 'Policy response of 12 October 2021 (weighing notes); inferred',
    fix: 'Adds one `mitigation for … "TODO"` clause naming every criterion at risk that is still unaddressed (with `regarding` when there are several recipients); the author replaces the placeholder with the measure. It is a suggestion: `provisio check --fix` does not apply it.',
    unaddressed: '{subject}: no mitigation addresses {labels}, assessed as {count, plural, one {a risk} other {risks}} for {recipient}. Add `{clause}`, or, for a risk that does not apply to this cooperation, `risk {criterion}{regarding} not-applicable "…"` saying why.',
    labelWithReason: '{label}{reasoned, select, yes { ("{reason}")} other {}}',
    addMitigation: 'Add {clause}',
    foreignRecipient: 'This mitigation in {owner} is for {recipient}, which is not a recipient of {owner}. Name one of its recipients: {count, plural, =0 {none is named yet} other {{recipients}}}.',
    noCriterion: 'This mitigation in {owner} names no criterion. Say which risk it reduces, e.g. `mitigation for human-rights "…"`.',
    noRiskAddressed: 'This mitigation in {owner} addresses {criteria}, which no weighing note of {recipients} assesses as {count, plural, one {a risk} other {risks}}. Point it at a criterion assessed as a risk.'
}, {
    description: 'Op elk criterium dat voor een buitenlandse dienst als risico is beoordeeld, is een mitigerende maatregel of een gemotiveerde vaststelling dat het risico niet van toepassing is gericht, en elke mitigerende maatregel is gericht op zo\'n criterium van een dienst waarvoor de maatregel geldt.',
    rationale: 'Een mitigerende maatregel beperkt een bepaald, vastgesteld risico. Een maatregel die geen risicocriterium noemt, of een risicocriterium dat zonder maatregel blijft, laat niet zien dat de risico\'s van deze buitenlandse dienst zijn afgewogen.',
    source: 'Beleidsreactie van 12 oktober 2021 (wegingsnotities); afgeleid',
    fix: 'Voegt één clausule `mitigation for … "TODO"` toe met elk criterium met een risico waarop nog geen maatregel is gericht (met `regarding` als er meer ontvangers zijn); de auteur vervangt de plaatshouder door de maatregel. Het is een suggestie: `provisio check --fix` past haar niet toe.',
    unaddressed: '{subject}: {count, plural, one {het criterium} other {de criteria}} {labels} {count, plural, one {is} other {zijn}} voor {recipient} als risico beoordeeld, maar geen mitigerende maatregel is daarop gericht. Voeg `{clause}` toe, of voeg voor een risico dat bij deze samenwerking niet van toepassing is `risk {criterion}{regarding} not-applicable "…"` toe en vermeld waarom.',
    labelWithReason: '{label}{reasoned, select, yes { ("{reason}")} other {}}',
    addMitigation: 'Voeg {clause} toe',
    foreignRecipient: 'Deze mitigerende maatregel in {owner} geldt voor {recipient}, maar die dienst is geen ontvanger van {owner}. Noem een van de ontvangers: {count, plural, =0 {er is nog geen ontvanger genoemd} other {{recipients}}}.',
    noCriterion: 'Deze mitigerende maatregel in {owner} noemt geen criterium. Vermeld welk risico de maatregel beperkt, bijvoorbeeld `mitigation for human-rights "…"`.',
    noRiskAddressed: 'Deze mitigerende maatregel in {owner} betreft {criteria}, maar geen wegingsnotitie van {recipients} beoordeelt {count, plural, one {dat criterium} other {die criteria}} als risico. Richt de maatregel op een criterium dat wel als risico is beoordeeld.'
});
