import { defineMessages } from '../../i18n/messages.js';

export const messages = defineMessages('recipient/weighing-note-current', {
    description: 'A weighing note states when it is due for review, and no provision is made after that date.',
    rationale: 'Weighing notes are reviewed periodically because a foreign service\'s risk profile changes. A provision made after the review date relies on a weighing that may no longer hold.',
    source: 'Policy response of 12 October 2021 (periodic review of weighing notes); CTIVD report 60',
    overdue: '{subject} is dated {date}, after weighing note {note} of {recipient} was due for review on {reviewDue}. Review the weighing note before this provision.',
    noReviewDate: 'Weighing note {note} does not say when it is due for review. Add `review-due <date>`.'
}, {
    description: 'Een wegingsnotitie vermeldt wanneer zij herzien moet worden, en na die datum wordt op grond van die notitie geen verstrekking meer gedaan.',
    rationale: 'Wegingsnotities worden periodiek herzien, omdat het risicoprofiel van een buitenlandse dienst verandert. Een verstrekking na de herzieningsdatum steunt op een weging die mogelijk niet meer opgaat.',
    source: 'Beleidsreactie van 12 oktober 2021 (periodieke herziening van wegingsnotities); CTIVD-rapport 60',
    overdue: '{subject} is gedateerd op {date}, terwijl wegingsnotitie {note} van {recipient} uiterlijk op {reviewDue} herzien had moeten zijn. Herzie de wegingsnotitie voordat deze verstrekking plaatsvindt.',
    noReviewDate: 'Wegingsnotitie {note} vermeldt niet wanneer zij herzien moet worden. Voeg `review-due <datum>` toe.'
});
