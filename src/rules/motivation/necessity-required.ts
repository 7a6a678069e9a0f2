import type { Provision, Umbrella } from '../../language/generated/ast.js';
import type { KeyOf } from '../../i18n/messages.js';
import { dataScope, describe, isProvision } from '../../model/provisions.js';
import { wordCount } from '../../model/text.js';
import { insertClause, insertClauseAfter, replaceClause } from '../support/edits.js';
import { placeholder } from '../support/fix-data.js';
import { defineRule, type Finding, type Fix } from '../rule.js';
import { messages } from './necessity-required.messages.js';

type Key = KeyOf<typeof messages>;

/** A question of the skeleton that is still followed by its placeholder: `…? …`. */
const unansweredQuestion = new RegExp(`\\?[^\\S\\r\\n]*${placeholder}`, 'gu');

export const necessityRequired = defineRule({
    id: 'motivation/necessity-required',
    domainRule: 1,
    defaultSeverity: 'error',
    dutchTerm: 'noodzaak, motivering',
    options: {},
    messages,
    hasFix: true,
    appliesTo: ['Provision', 'Umbrella'],
    *check(justification: Provision | Umbrella): Generator<Finding<Key>> {
        const necessity = justification.necessity;
        const subject = describe(justification);
        // Words, not just characters: a placeholder such as `"…"` or `"-"` is no motivation, and
        // motivation/substantive leaves texts without words to this rule.
        if (necessity && wordCount(necessity.text) > 0) {
            // The skeleton's questions are words too, but no motivation until they are answered.
            const open = necessity.text.match(unansweredQuestion)?.length ?? 0;
            if (open > 0) {
                yield { node: necessity, messageId: 'unanswered', data: { subject, count: open } };
            }
            return;
        }
        yield {
            node: necessity ?? justification,
            property: necessity ? undefined : 'name',
            messageId: 'missing',
            data: { subject, kind: kindOf(justification) },
            fix: skeleton(justification)
        };
    }
});

type Kind = 'umbrella' | 'group' | 'provision';

function kindOf(justification: Provision | Umbrella): Kind {
    return !isProvision(justification) ? 'umbrella' : justification.kind === 'group-provision' ? 'group' : 'provision';
}

/** A `necessity` text block with the questions a reviewer asks, each to be answered in place of its `…`. */
function skeleton(justification: Provision | Umbrella): Fix<Key> {
    const kind = kindOf(justification);
    const questions = (['task', 'need', 'recipient', 'timing'] as const).map(question => `skeleton.${question}` as const);
    return {
        messageId: 'addSkeleton',
        preferred: true,
        suggestion: true,
        edits: say => {
            const lines = questions.map(question => `    ${say(question, { kind })} ${placeholder}`);
            const clause = ['necessity """', ...lines, '"""'];
            const necessity = justification.necessity;
            // Where reviewers read it: after the data it motivates.
            const data = dataScope(justification);
            const edit = necessity ? replaceClause(necessity, clause) : (data && insertClauseAfter(data, clause)) ?? insertClause(justification, clause);
            return edit ? [edit] : [];
        }
    };
}

