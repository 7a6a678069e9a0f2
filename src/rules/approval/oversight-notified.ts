import type { Provision, Umbrella } from '../../language/generated/ast.js';
import { dataForms, dataScope, describe, isProvision, umbrellaOf } from '../../model/provisions.js';
import { insertClause } from '../support/edits.js';
import { defineRule } from '../rule.js';
import { messages } from './oversight-notified.messages.js';

export const oversightNotified = defineRule({
    id: 'approval/oversight-notified',
    domainRule: 12,
    defaultSeverity: 'error',
    dutchTerm: 'ongeëvalueerde gegevens, melding aan de CTIVD',
    options: {},
    messages,
    hasFix: true,
    appliesTo: ['Provision', 'Umbrella'],
    *check(justification: Provision | Umbrella) {
        const forms = dataForms(justification);
        const index = forms.indexOf('unevaluated');
        const notified = justification.oversight ?? (isProvision(justification) ? umbrellaOf(justification)?.oversight : undefined);
        if (index < 0) {
            return;
        }
        if (notified && !notified.date) {
            yield { node: notified, messageId: 'undated', data: { subject: describe(justification) } };
            return;
        }
        if (notified) {
            return;
        }
        const scope = dataScope(justification);
        // Without the date, which only the author knows: the rule then asks for it.
        const edit = insertClause(justification, 'oversight-notified');
        yield {
            node: scope!,
            property: 'forms',
            index,
            messageId: 'notNotified',
            data: { subject: describe(justification) },
            fix: edit && { messageId: 'addNotification', edits: [edit], preferred: true, suggestion: true }
        };
    }
});
