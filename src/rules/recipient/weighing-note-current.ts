import type { Provision, WeighingNote } from '../../language/generated/ast.js';
import type { KeyOf } from '../../i18n/messages.js';
import { describe } from '../../model/provisions.js';
import { weighingNoteInForce } from '../../model/recipients.js';
import { defineRule, type Finding } from '../rule.js';
import { messages } from './weighing-note-current.messages.js';

type Findings = Iterable<Finding<KeyOf<typeof messages>>>;

export const weighingNoteCurrent = defineRule({
    id: 'recipient/weighing-note-current',
    domainRule: 5,
    defaultSeverity: 'warning',
    dutchTerm: 'herziening wegingsnotitie',
    options: {},
    messages,
    appliesTo: ['Provision', 'WeighingNote'],
    *check(node: Provision | WeighingNote): Findings {
        yield* node.$type === 'Provision' ? overdueNotes(node) : undatedReview(node);
    }
});

function* overdueNotes(provision: Provision): Findings {
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
                messageId: 'overdue',
                data: { subject: describe(provision), date: provision.date, note: note.name, recipient: reference.ref!.name, reviewDue: note.reviewDue }
            };
        }
    }
}

function* undatedReview(note: WeighingNote): Findings {
    if (!note.reviewDue) {
        yield { node: note, property: 'name', messageId: 'noReviewDate', data: { note: note.name } };
    }
}
