import type { Provision } from '../../language/generated/ast.js';
import { describe, effectiveConditions, hasDestructionClause } from '../../model/provisions.js';
import { addConditions } from '../support/edits.js';
import { defineRule } from '../rule.js';

export const destructionRequest = defineRule({
    id: 'background-check/destruction-request',
    domainRule: 7,
    defaultSeverity: 'error',
    description: 'A background-check request asks the foreign service to destroy the data (`destruction-request` or `destroy-after`).',
    rationale: 'Since the policy response, the AIVD and MIVD always include a request to destroy the personal data when they ask a foreign service about a person in a security screening.',
    source: 'Policy response of 12 October 2021 (security screenings)',
    dutchTerm: 'naslagverzoek, verzoek tot vernietiging',
    options: {},
    fix: 'Adds `destruction-request` to the conditions.',
    appliesTo: ['Provision'],
    *check(provision: Provision) {
        // Conditions inherited from the umbrella count, as they do for conditions/standard-conditions.
        if (provision.kind !== 'background-check' || hasDestructionClause(effectiveConditions(provision))) {
            return;
        }
        yield {
            node: provision,
            property: provision.conditions.length > 0 ? 'conditions' : 'name',
            message: `${describe(provision)} does not ask the recipient to destroy the data. Add \`destruction-request\` (or \`destroy-after <n> months\`) to its conditions.`,
            fix: addConditions(provision, ['destruction-request'])
        };
    }
});
