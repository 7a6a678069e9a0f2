import type { Provision, Umbrella } from '../../language/generated/ast.js';
import { describe, isProvision } from '../../model/provisions.js';
import { wordCount } from '../../model/text.js';
import { defineRule } from '../rule.js';
import { messages } from './necessity-required.messages.js';

export const necessityRequired = defineRule({
    id: 'motivation/necessity-required',
    domainRule: 1,
    defaultSeverity: 'error',
    dutchTerm: 'noodzaak, motivering',
    options: {},
    messages,
    appliesTo: ['Provision', 'Umbrella'],
    *check(justification: Provision | Umbrella) {
        // Words, not just characters: a placeholder such as `"…"` or `"-"` is no motivation, and
        // motivation/substantive leaves texts without words to this rule.
        if (justification.necessity && wordCount(justification.necessity.text) > 0) {
            return;
        }
        yield {
            node: justification.necessity ?? justification,
            property: justification.necessity ? undefined : 'name',
            messageId: 'missing',
            data: { subject: describe(justification), kind: isProvision(justification) ? 'provision' : 'umbrella' }
        };
    }
});
