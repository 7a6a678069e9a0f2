import type { WeighingNote } from '../../language/generated/ast.js';
import { jointMethodSince } from '../../model/recipients.js';
import type { KeyOf } from '../../i18n/messages.js';
import { defineRule, type Finding } from '../rule.js';
import { messages } from './joint-method.messages.js';

export const jointMethod = defineRule({
    id: 'recipient/joint-method',
    domainRule: 5,
    defaultSeverity: 'info',
    dutchTerm: 'gezamenlijke wegingsmethodiek',
    options: {
        jointMethodSince: { type: 'date', default: jointMethodSince }
    },
    messages,
    appliesTo: ['WeighingNote'],
    *check(note: WeighingNote, { options }): Iterable<Finding<KeyOf<typeof messages>>> {
        if (isSuperseded(note)) {
            return; // a later note governs the recipient now
        }
        if (note.method === 'legacy') {
            yield { node: note, property: 'method', messageId: 'legacy', data: { note: note.name } };
        } else if (note.assessed && note.assessed < options.jointMethodSince) {
            yield { node: note, property: 'assessed', messageId: 'beforeJointMethod', data: { note: note.name, assessed: note.assessed, since: options.jointMethodSince } };
        }
    }
});

function isSuperseded(note: WeighingNote): boolean {
    return note.assessed !== undefined && note.$container.weighingNotes.some(other => other.assessed !== undefined && other.assessed > note.assessed!);
}
