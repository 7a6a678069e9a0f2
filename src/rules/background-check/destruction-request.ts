import type { Provision } from '../../language/generated/ast.js';
import { describe, effectiveConditions, hasDestructionClause } from '../../model/provisions.js';
import { addConditions } from '../support/edits.js';
import { defineRule } from '../rule.js';
import { messages } from './destruction-request.messages.js';

export const destructionRequest = defineRule({
    id: 'background-check/destruction-request',
    domainRule: 7,
    defaultSeverity: 'error',
    dutchTerm: 'naslagverzoek, verzoek tot vernietiging',
    options: {},
    messages,
    hasFix: true,
    appliesTo: ['Provision'],
    *check(provision: Provision) {
        // Conditions inherited from the umbrella count, as they do for conditions/standard-conditions.
        if (provision.kind !== 'background-check' || hasDestructionClause(effectiveConditions(provision))) {
            return;
        }
        const edits = addConditions(provision, ['destruction-request']);
        yield {
            node: provision,
            property: provision.conditions.length > 0 ? 'conditions' : 'name',
            messageId: 'missing',
            data: { subject: describe(provision) },
            fix: edits && { messageId: 'addDestructionRequest', edits }
        };
    }
});
