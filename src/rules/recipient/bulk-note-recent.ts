import type { Provision, Umbrella } from '../../language/generated/ast.js';
import type { KeyOf } from '../../i18n/messages.js';
import { addMonths } from '../../model/dates.js';
import { dataForms, describe, effectiveDate } from '../../model/provisions.js';
import { weighingNoteInForce } from '../../model/recipients.js';
import { defineRule, type Finding } from '../rule.js';
import { messages } from './bulk-note-recent.messages.js';

export const bulkNoteRecent = defineRule({
    id: 'recipient/bulk-note-recent',
    domainRule: 5,
    defaultSeverity: 'warning',
    dutchTerm: 'recent herziene wegingsnotitie bij bulkdata',
    options: {
        maxAgeMonths: { type: 'integer', default: 24, minimum: 1 },
        requireJointMethod: { type: 'boolean', default: true }
    },
    messages,
    appliesTo: ['Provision', 'Umbrella'],
    *check(justification: Provision | Umbrella, { options }): Iterable<Finding<KeyOf<typeof messages>>> {
        const date = effectiveDate(justification);
        if (!date || !dataForms(justification).includes('bulk')) {
            return;
        }
        for (const [index, reference] of (justification.recipients ?? []).entries()) {
            const recipient = reference.ref;
            const note = recipient && weighingNoteInForce(recipient, date);
            if (!note?.assessed) {
                continue; // no note in force: recipient/weighing-note-required
            }
            const stale = addMonths(note.assessed, options.maxAgeMonths) < date;
            const notJoint = options.requireJointMethod && note.method !== 'joint';
            if (!stale && !notJoint) {
                continue;
            }
            yield {
                node: justification,
                property: 'recipients',
                index,
                messageId: 'notRecent',
                data: {
                    subject: describe(justification),
                    recipient: recipient!.name,
                    note: note.name,
                    assessed: note.assessed,
                    date,
                    maxAge: options.maxAgeMonths,
                    reason: stale && notJoint ? 'both' : stale ? 'stale' : 'method'
                }
            };
        }
    }
});
