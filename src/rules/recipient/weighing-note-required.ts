import type { Provision, Umbrella, WeighingNote } from '../../language/generated/ast.js';
import { code } from '../../i18n/common.js';
import { list, type KeyOf } from '../../i18n/messages.js';
import { describe, effectiveDate, type Justification } from '../../model/provisions.js';
import { allCriteria, weighingNoteInForce } from '../../model/recipients.js';
import { defineRule, type Finding } from '../rule.js';
import { messages } from './weighing-note-required.messages.js';

type Findings = Iterable<Finding<KeyOf<typeof messages>>>;

export const weighingNoteRequired = defineRule({
    id: 'recipient/weighing-note-required',
    domainRule: 5,
    defaultSeverity: 'error',
    dutchTerm: 'wegingsnotitie',
    options: {},
    messages,
    appliesTo: ['Provision', 'Umbrella', 'WeighingNote'],
    *check(node: Provision | Umbrella | WeighingNote): Findings {
        yield* node.$type === 'WeighingNote' ? incompleteNote(node) : missingNotes(node);
    }
});

function* missingNotes(justification: Justification): Findings {
    const date = effectiveDate(justification);
    for (const [index, reference] of justification.recipients.entries()) {
        const recipient = reference.ref;
        if (!recipient || weighingNoteInForce(recipient, date)) {
            continue;
        }
        const dated = recipient.weighingNotes.some(note => note.assessed !== undefined);
        yield {
            node: justification,
            property: 'recipients',
            index,
            messageId: 'noNoteInForce',
            data: { subject: describe(justification), recipient: recipient.name, dated: dated ? 'yes' : recipient.weighingNotes.length === 0 ? 'none' : 'no', date: date ?? '' }
        };
    }
}

function* incompleteNote(note: WeighingNote): Findings {
    const assessed = new Set(note.assessments.map(assessment => assessment.criterion));
    const missing = allCriteria.filter(criterion => !assessed.has(criterion));
    if (missing.length > 0) {
        yield { node: note, property: 'name', messageId: 'incomplete', data: { note: note.name, missing: list(missing.map(code)) } };
    }
}
