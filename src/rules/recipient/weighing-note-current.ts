import type { Provision, WeighingNote } from '../../language/generated/ast.js';
import { describe } from '../../model/provisions.js';
import { weighingNoteInForce } from '../../model/recipients.js';
import { defineRule } from '../rule.js';

export const weighingNoteCurrent = defineRule({
    id: 'recipient/weighing-note-current',
    domainRule: 5,
    defaultSeverity: 'warning',
    description: 'A weighing note states when it is due for review, and no provision is made after that date.',
    rationale: 'Weighing notes are reviewed periodically because a foreign service\'s risk profile changes. A provision made after the review date relies on a weighing that may no longer hold.',
    source: 'Policy response of 12 October 2021 (periodic review of weighing notes); CTIVD report 60',
    dutchTerm: 'herziening wegingsnotitie',
    options: {},
    appliesTo: ['Provision', 'WeighingNote'],
    *check(node: Provision | WeighingNote) {
        yield* node.$type === 'Provision' ? overdueNotes(node) : undatedReview(node);
    }
});

function* overdueNotes(provision: Provision) {
    if (!provision.date) {
        return;
    }
    for (const [index, reference] of provision.recipients.entries()) {
        const note = reference.ref && weighingNoteInForce(reference.ref, provision.date);
        if (note?.reviewDue && note.reviewDue < provision.date) {
            yield {
                node: provision,
                property: 'recipients',
                index,
                message: `${describe(provision)} is dated ${provision.date}, after weighing note ${note.name} of ${reference.ref!.name} was due for review on ${note.reviewDue}. Review the weighing note before this provision.`
            };
        }
    }
}

function* undatedReview(note: WeighingNote) {
    if (!note.reviewDue) {
        yield { node: note, property: 'name', message: `Weighing note ${note.name} does not say when it is due for review. Add \`review-due <date>\`.` };
    }
}
