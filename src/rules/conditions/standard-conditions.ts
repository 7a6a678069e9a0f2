import type { Provision, Recipient, Umbrella } from '../../language/generated/ast.js';
import { code } from '../../i18n/common.js';
import { list, type KeyOf } from '../../i18n/messages.js';
import { describe, effectiveConditions, effectiveDate, isProvision, mention, resolvedRecipients, umbrellaOf, type Justification } from '../../model/provisions.js';
import { hasElevatedRisk } from '../../model/recipients.js';
import { addConditions } from '../support/edits.js';
import { defineRule, type Finding } from '../rule.js';
import { messages } from './standard-conditions.messages.js';

const standardConditionKinds = ['third-party-rule', 'intelligence-use-only'] as const;
type StandardCondition = typeof standardConditionKinds[number];

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
    appliesTo: ['Provision', 'Umbrella'],
    *check(justification: Provision | Umbrella, { options }): Iterable<Finding<KeyOf<typeof messages>>> {
        const missing = missingConditions(justification);
        if (missing.length === 0) {
            return;
        }
        const date = effectiveDate(justification);
        const recipients = resolvedRecipients(justification);
        // A recipient that was never weighed may carry any risk: the reviewer treats it at least as strictly as an elevated one.
        const unweighed = recipients.filter(recipient => (recipient.weighingNotes ?? []).length === 0);
        const elevated = recipients.filter(recipient => hasElevatedRisk(recipient, date));
        const umbrella = isProvision(justification) ? umbrellaOf(justification) : undefined;
        const edits = addConditions(justification, missing);
        yield {
            node: justification,
            property: justification.conditions.length > 0 ? 'conditions' : 'name',
            severity: (elevated.length > 0 || unweighed.length > 0) && options.errorForElevatedRisk ? 'error' : undefined,
            messageId: 'missing',
            data: {
                subject: describe(justification),
                count: missing.length,
                missing: list(missing.map(code), 'and'),
                risk: elevated.length > 0 ? (unweighed.length > 0 ? 'both' : 'elevated') : unweighed.length > 0 ? 'unweighed' : 'none',
                elevated: names(elevated),
                elevatedCount: elevated.length,
                unweighed: names(unweighed),
                unweighedCount: unweighed.length,
                under: umbrella ? 'yes' : 'no',
                umbrella: umbrella ? mention(umbrella) : ''
            },
            fix: edits && { messageId: 'addConditions', data: { conditions: list([...missing], 'and') }, edits }
        };
    }
});

/** The standard conditions neither the justification nor (for a provision) its umbrella states. */
function missingConditions(justification: Justification): StandardCondition[] {
    const conditions = isProvision(justification) ? effectiveConditions(justification) : justification.conditions ?? [];
    const stated = new Set(conditions.map(condition => condition.kind));
    return standardConditionKinds.filter(kind => !stated.has(kind));
}

function names(recipients: readonly Recipient[]) {
    return list(recipients.map(recipient => recipient.name ?? ''), 'and');
}
