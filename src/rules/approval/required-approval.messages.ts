import { defineMessages } from '../../i18n/messages.js';

// `inherited` is `yes` when the approval is the umbrella's; `umbrella` then names it.
export const messages = defineMessages('approval/required-approval', {
    description: 'A provision or umbrella is approved, at or before its date, at the level its data and recipients require.',
    rationale: 'Approval comes before the provision, and the weightier the provision the higher the approval: by default unevaluated data needs the minister and a recipient with an elevated risk profile at least the head of service.',
    source: 'Beleidsregels Wiv 2017, art. 3; inferred',
    fix: 'A missing approval: adds `approved <level>` at the required level, without a date, so the rule then asks for the date. An approval at too low a level: raises the provision\'s own approval to the required level (an approval inherited from an umbrella is left alone, and the provision gets its own line). Offered in the editor only: an approval records a decision, so `provisio check --fix` never writes one.',
    'option.minimum': 'The lowest level that may approve any provision.',
    'option.elevatedRisk': 'The lowest level that may approve a provision to a recipient with an elevated risk profile.',
    'option.unevaluatedData': 'The lowest level that may approve a provision of unevaluated data.',
    missing: '{subject} has no approval. Add `approved <level> on <date>`, dated on or before {due, select, date {{date}} provision {the provision} other {the start of its validity}}.',
    undated: 'The approval of {mention}{inherited, select, yes { (through {umbrella})} other {}} has no date. Add `on <date>`: approval must come before the provision.',
    late: '{subject} was approved on {approved}{inherited, select, yes { (through {umbrella})} other {}}, after {start, select, provision {the provision on {date}} other {the start of its validity on {date}}}. Approval must come first.',
    tooLow: '{subject} is approved by {level}{inherited, select, yes { (through {umbrella})} other {}}, but {reason} needs at least {required}.',
    'reason.any': 'any provision',
    'reason.unevaluated': 'unevaluated data',
    'reason.elevatedRisk': 'a recipient with an elevated risk profile ({recipient})',
    addApproval: 'Add `approved {level}` (then add the date)',
    raiseApproval: 'Change the approval to `{level}`'
}, {
    description: 'Voor een verstrekking of overkoepelende toestemming is toestemming gegeven, uiterlijk op de datum ervan, op het niveau dat de gegevens en de ontvangers vereisen.',
    rationale: 'Toestemming gaat aan de verstrekking vooraf, en hoe zwaarder de verstrekking, hoe hoger het niveau: standaard vereisen ongeëvalueerde gegevens de minister en een ontvanger met een verhoogd risicoprofiel ten minste het hoofd van de dienst.',
    source: 'Beleidsregels Wiv 2017, art. 3; afgeleid',
    fix: 'Ontbrekende toestemming: voegt `approved <niveau>` toe op het vereiste niveau, zonder datum, zodat de regel daarna om de datum vraagt. Toestemming op een te laag niveau: verhoogt de eigen toestemming van de verstrekking tot het vereiste niveau (een toestemming via een overkoepelende toestemming blijft ongemoeid; de verstrekking krijgt dan een eigen regel). Alleen in de editor: toestemming legt een besluit vast, dus `provisio check --fix` schrijft die nooit.',
    'option.minimum': 'Het laagste niveau dat toestemming mag geven voor een verstrekking.',
    'option.elevatedRisk': 'Het laagste niveau dat toestemming mag geven voor een verstrekking aan een ontvanger met een verhoogd risicoprofiel.',
    'option.unevaluatedData': 'Het laagste niveau dat toestemming mag geven voor een verstrekking van ongeëvalueerde gegevens.',
    missing: '{subject} heeft geen toestemming. Voeg `approved <niveau> on <datum>` toe, gedateerd op of vóór {due, select, date {{date}} provision {de datum van de verstrekking} other {het begin van de geldigheidsduur}}.',
    undated: 'De toestemming voor {mention}{inherited, select, yes { (via {umbrella})} other {}} heeft geen datum. Voeg `on <datum>` toe: de toestemming moet aan de verstrekking voorafgaan.',
    late: '{subject} heeft toestemming gekregen op {approved}{inherited, select, yes { (via {umbrella})} other {}}, na {start, select, provision {de verstrekking op {date}} other {het begin van de geldigheidsduur op {date}}}. Toestemming moet vooraf worden gegeven.',
    tooLow: '{subject} heeft toestemming van {level}{inherited, select, yes { (via {umbrella})} other {}}, maar voor {reason} is ten minste toestemming van {required} nodig.',
    'reason.any': 'elke verstrekking',
    'reason.unevaluated': 'ongeëvalueerde gegevens',
    'reason.elevatedRisk': 'een ontvanger met een verhoogd risicoprofiel ({recipient})',
    addApproval: 'Voeg `approved {level}` toe (en daarna de datum)',
    raiseApproval: 'Wijzig de toestemming in `{level}`'
});
