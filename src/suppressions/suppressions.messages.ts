import { defineMessages } from '../i18n/messages.js';

export const messages = defineMessages('suppressions', {
    'code.malformed': 'A suppression comment is written wrongly: no rule, no reason after `--`, or a word it does not know. It suppresses nothing.',
    'code.unknownRule': 'A suppression comment names a rule that does not exist, or a problem with the text itself, which cannot be suppressed. It suppresses nothing.',
    'code.expired': 'A suppression comment is past its `until` date, or the date is not a date. It suppresses nothing, so the finding is back.',
    'code.unused': 'A suppression comment suppresses no finding: the finding it was for is gone, it is on the wrong line, or a `provisio-enable` ends no block.',
    'missing-rule': 'This suppression names no rule. Write `// {directive} <rule-id> -- <reason>`.',
    'missing-reason': 'This suppression gives no reason, so it suppresses nothing. Add the reason after `--`: `// {directive} {rules} -- <why this deviation is accepted>`.',
    'unknown-option': 'This suppression has a word it does not know: `{word}`. Write rule ids, then optionally `until YYYY-MM-DD` and `approved-by <name>`, then `--` and the reason.',
    'missing-value': 'This suppression has `{word}` without a value, so it suppresses nothing. Write `until YYYY-MM-DD` or `approved-by <name>` (a name with spaces in quotes).',
    'unknown-directive': '`{word}` is not a suppression comment, so it suppresses nothing. Write `provisio-disable-next-line`, `provisio-disable`, `provisio-enable` or `provisio-disable-file`, in lower case.',
    'unknown-rule': 'This suppression names `{rule}`, which is not a rule. Run `provisio rules` to list the rules.',
    'not-suppressible': 'This suppression names `{rule}`, a problem with the text itself, which cannot be suppressed. Correct the text instead.',
    'invalid-date': 'The `until` date of this suppression, {date}, is not a real date written YYYY-MM-DD, so it suppresses nothing.',
    expired: 'This suppression expired on {date}, so it no longer suppresses {quotedRules}. Renew it with a new date and approval, or resolve the finding.',
    unused: 'This suppression of {quotedRules} suppresses no finding. Remove it.',
    'nothing-to-enable': 'This `provisio-enable` ends no `provisio-disable` block above it. Remove it, or add the `provisio-disable` it belongs to.'
}, {
    'code.malformed': 'Een onderdrukkingscommentaar is verkeerd geschreven: geen regel, geen reden na `--`, of een onbekend woord. Het onderdrukt niets.',
    'code.unknownRule': 'Een onderdrukkingscommentaar noemt een regel die niet bestaat, of een probleem met de tekst zelf, dat niet te onderdrukken is. Het onderdrukt niets.',
    'code.expired': 'Een onderdrukkingscommentaar is over zijn `until`-datum heen, of de datum is geen datum. Het onderdrukt niets, dus de melding is terug.',
    'code.unused': 'Een onderdrukkingscommentaar onderdrukt geen melding: de melding is verdwenen, het staat op de verkeerde regel, of een `provisio-enable` beëindigt geen blok.',
    'missing-rule': 'Deze onderdrukking noemt geen regel. Schrijf `// {directive} <regel-id> -- <reden>`.',
    'missing-reason': 'Deze onderdrukking geeft geen reden en onderdrukt dus niets. Zet de reden na `--`: `// {directive} {rules} -- <waarom deze afwijking is aanvaard>`.',
    'unknown-option': 'Deze onderdrukking bevat een onbekend woord: `{word}`. Schrijf regel-id\'s, dan eventueel `until JJJJ-MM-DD` en `approved-by <naam>`, dan `--` en de reden.',
    'missing-value': 'Deze onderdrukking bevat `{word}` zonder waarde en onderdrukt dus niets. Schrijf `until JJJJ-MM-DD` of `approved-by <naam>` (een naam met spaties tussen aanhalingstekens).',
    'unknown-directive': '`{word}` is geen onderdrukkingscommentaar en onderdrukt dus niets. Schrijf `provisio-disable-next-line`, `provisio-disable`, `provisio-enable` of `provisio-disable-file`, in kleine letters.',
    'unknown-rule': 'Deze onderdrukking noemt `{rule}`, maar dat is geen regel. `provisio rules` toont de regels.',
    'not-suppressible': 'Deze onderdrukking noemt `{rule}`, een probleem met de tekst zelf, dat niet te onderdrukken is. Verbeter de tekst.',
    'invalid-date': 'De `until`-datum van deze onderdrukking, {date}, is geen bestaande datum in de vorm JJJJ-MM-DD; zij onderdrukt dus niets.',
    expired: 'Deze onderdrukking is verlopen op {date} en onderdrukt {quotedRules} dus niet meer. Verleng haar met een nieuwe datum en toestemming, of los de melding op.',
    unused: 'Deze onderdrukking van {quotedRules} onderdrukt geen melding. Verwijder haar.',
    'nothing-to-enable': 'Deze `provisio-enable` beëindigt geen `provisio-disable`-blok erboven. Verwijder haar, of voeg de `provisio-disable` toe waar zij bij hoort.'
});
