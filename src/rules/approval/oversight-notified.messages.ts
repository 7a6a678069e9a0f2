import { defineMessages } from '../../i18n/messages.js';

export const messages = defineMessages('approval/oversight-notified', {
    description: 'A provision or umbrella of unevaluated data records when the oversight body (CTIVD) was notified.',
    rationale: 'Unevaluated data has not been assessed for relevance or reliability, so its provision carries the most risk. The policy rules require that the CTIVD is notified of it.',
    source: 'Beleidsregels Wiv 2017, art. 3; CTIVD report 65',
    fix: 'Adds `oversight-notified`, without a date, so the rule then asks for the date of the notification. Offered in the editor only: `provisio check --fix` never records a notification.',
    addNotification: 'Add `oversight-notified` (then add the date)',
    undated: '{subject} records that the oversight body was notified, but not when. Add the date: `oversight-notified on <date>`.',
    notNotified: '{subject} gives unevaluated data but does not record that the oversight body was notified. Add `oversight-notified on <date>`.'
}, {
    description: 'Bij een verstrekking of overkoepelende toestemming van ongeëvalueerde gegevens staat vastgelegd wanneer de toezichthouder (CTIVD) is ingelicht.',
    rationale: 'Ongeëvalueerde gegevens zijn niet op relevantie of betrouwbaarheid beoordeeld; hun verstrekking brengt daarom het grootste risico mee. De beleidsregels schrijven voor dat de CTIVD ervan in kennis wordt gesteld.',
    source: 'Beleidsregels Wiv 2017, art. 3; CTIVD-rapport 65',
    fix: 'Voegt `oversight-notified` toe, zonder datum, zodat de regel daarna om de datum van de melding vraagt. Alleen in de editor: `provisio check --fix` legt nooit een melding vast.',
    addNotification: 'Voeg `oversight-notified` toe (en daarna de datum)',
    undated: '{subject} vermeldt dat de CTIVD is ingelicht, maar niet wanneer. Voeg de datum toe: `oversight-notified on <datum>`.',
    notNotified: '{subject} verstrekt ongeëvalueerde gegevens, maar vermeldt niet dat de CTIVD daarvan in kennis is gesteld. Voeg `oversight-notified on <datum>` toe.'
});
