import type { Provision } from '../../language/generated/ast.js';
import { describe, effectiveConditions, resolvedRecipients } from '../../model/provisions.js';
import { hasElevatedRisk } from '../../model/recipients.js';
import { addConditions } from '../support/edits.js';
import { defineRule } from '../rule.js';

const standardConditionKinds = ['third-party-rule', 'intelligence-use-only'] as const;

export const standardConditions = defineRule({
    id: 'conditions/standard-conditions',
    domainRule: 6,
    defaultSeverity: 'warning',
    description: 'Every provision states the third-party rule and intelligence-use-only; for a recipient with an elevated risk profile a missing condition is an error.',
    rationale: 'The third-party rule (no onward sharing without consent) and use for intelligence purposes only are the conditions that keep provided data in the recipient\'s hands. The MIVD now states both in every incidental provision; CTIVD report 73 found them often missing.',
    source: 'Policy response of 12 October 2021 (stating conditions); MIVD standard format',
    dutchTerm: 'derdepartijregel, voor inlichtingendoeleinden alleen',
    options: {
        errorForElevatedRisk: { type: 'boolean', default: true, description: 'Report a missing condition as an error when a recipient has an elevated risk profile.' }
    },
    fix: 'Adds the missing conditions to the provision\'s `conditions` clause.',
    appliesTo: ['Provision'],
    *check(provision: Provision, { options }) {
        const stated = new Set(effectiveConditions(provision).map(condition => condition.kind));
        const missing = standardConditionKinds.filter(kind => !stated.has(kind));
        if (missing.length === 0) {
            return;
        }
        const elevated = resolvedRecipients(provision).some(recipient => hasElevatedRisk(recipient, provision.date));
        yield {
            node: provision,
            property: provision.conditions.length > 0 ? 'conditions' : 'name',
            severity: elevated && options.errorForElevatedRisk ? 'error' : undefined,
            message: `${describe(provision)} does not state ${missing.join(' or ')}${elevated ? ', and a recipient has an elevated risk profile' : ''}. Add ${missing.map(kind => `\`${kind}\``).join(' and ')} to its conditions.`,
            fix: addConditions(provision, missing)
        };
    }
});

