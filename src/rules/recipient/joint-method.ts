import type { WeighingNote } from '../../language/generated/ast.js';
import { jointMethodSince } from '../../model/recipients.js';
import { defineRule } from '../rule.js';

export const jointMethod = defineRule({
    id: 'recipient/joint-method',
    domainRule: 5,
    defaultSeverity: 'info',
    description: 'A recipient\'s latest weighing note, when made before the joint AIVD/MIVD method or with the legacy method, is pointed out for reassessment.',
    rationale: 'Since 1 June 2020 the AIVD and MIVD weigh foreign services with a joint method and a joint format. Older notes are being revised by priority; a reader should know a note predates that method.',
    source: 'Policy response of 12 October 2021 (joint weighing method); CTIVD report 60',
    dutchTerm: 'gezamenlijke wegingsmethodiek',
    options: {
        jointMethodSince: { type: 'date', default: jointMethodSince, description: 'The date from which weighing notes use the joint method.' }
    },
    appliesTo: ['WeighingNote'],
    *check(note: WeighingNote, { options }) {
        if (isSuperseded(note)) {
            return; // a later note governs the recipient now
        }
        if (note.method === 'legacy') {
            yield { node: note, property: 'method', message: `Weighing note ${note.name} uses the legacy method. Reassess it with the joint weighing method.` };
        } else if (note.assessed && note.assessed < options.jointMethodSince) {
            yield { node: note, property: 'assessed', message: `Weighing note ${note.name} was assessed on ${note.assessed}, before the joint weighing method was introduced on ${options.jointMethodSince}. Reassess it with the joint method.` };
        }
    }
});

function isSuperseded(note: WeighingNote): boolean {
    return note.assessed !== undefined && note.$container.weighingNotes.some(other => other.assessed !== undefined && other.assessed > note.assessed!);
}
