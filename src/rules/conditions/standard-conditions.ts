import type { Provision } from '../../language/generated/ast.js';
import { code } from '../../i18n/common.js';
import { list } from '../../i18n/messages.js';
import { describe, effectiveConditions, resolvedRecipients } from '../../model/provisions.js';
import { hasElevatedRisk } from '../../model/recipients.js';
import { addConditions } from '../support/edits.js';
import { defineRule } from '../rule.js';
import { messages } from './standard-conditions.messages.js';

const standardConditionKinds = ['third-party-rule', 'intelligence-use-only'] as const;

export const standardConditions = defineRule({
    id: 'conditions/standard-conditions',
    domainRule: 6,
    defaultSeverity: 'warning',
    dutchTerm: 'derdepartijregel, voor inlichtingendoeleinden alleen',
    options: {
        errorForElevatedRisk: { type: 'boolean', default: true }
    },
    messages,
    hasFix: true,
    appliesTo: ['Provision'],
    *check(provision: Provision, { options }) {
        const stated = new Set(effectiveConditions(provision).map(condition => condition.kind));
        const missing = standardConditionKinds.filter(kind => !stated.has(kind));
        if (missing.length === 0) {
            return;
        }
        const elevated = resolvedRecipients(provision).some(recipient => hasElevatedRisk(recipient, provision.date));
        const edits = addConditions(provision, missing);
        yield {
            node: provision,
            property: provision.conditions.length > 0 ? 'conditions' : 'name',
            severity: elevated && options.errorForElevatedRisk ? 'error' : undefined,
            messageId: elevated ? 'missingForElevatedRisk' : 'missing',
            data: {
                subject: describe(provision),
                missing: list(missing.map(code), 'or'),
                add: list(missing.map(code), 'and')
            },
            fix: edits && { messageId: 'addConditions', data: { conditions: list([...missing], 'and') }, edits }
        };
    }
});
