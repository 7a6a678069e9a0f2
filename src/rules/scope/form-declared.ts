import type { Provision, Umbrella } from '../../language/generated/ast.js';
import { dataScope, describe, isProvision } from '../../model/provisions.js';
import { defineRule } from '../rule.js';
import { messages } from './form-declared.messages.js';

export const formDeclared = defineRule({
    id: 'scope/form-declared',
    domainRule: 13,
    defaultSeverity: 'error',
    dutchTerm: 'vorm van de gegevens (geëvalueerd, ongeëvalueerd)',
    options: {},
    messages,
    appliesTo: ['Provision', 'Umbrella'],
    *check(justification: Provision | Umbrella) {
        const scope = dataScope(justification);
        if (scope && scope.forms.length > 0) {
            return;
        }
        yield {
            node: scope ?? justification,
            property: scope ? undefined : 'name',
            messageId: 'undeclared',
            // the keyword of the block the form belongs in
            data: { subject: describe(justification), block: isProvision(justification) ? 'data' : 'scope' }
        };
    }
});
