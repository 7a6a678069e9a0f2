import type { DataForm, Provision, Umbrella } from '../../language/generated/ast.js';
import type { KeyOf } from '../../i18n/messages.js';
import { dataScope, describe, isProvision, umbrellaOf } from '../../model/provisions.js';
import { insertFirstClause } from '../support/edits.js';
import { defineRule, type Fix } from '../rule.js';
import { messages } from './form-declared.messages.js';

const allForms: readonly DataForm[] = ['analytical', 'evaluated', 'unevaluated', 'bulk'];

export const formDeclared = defineRule({
    id: 'scope/form-declared',
    domainRule: 13,
    defaultSeverity: 'error',
    dutchTerm: 'vorm van de gegevens (geëvalueerd, ongeëvalueerd)',
    options: {},
    messages,
    hasFix: true,
    appliesTo: ['Provision', 'Umbrella'],
    *check(justification: Provision | Umbrella) {
        const scope = dataScope(justification);
        if (scope && scope.forms.length > 0) {
            return;
        }
        // One fix per form the data may have: only the author knows which it is. Under an umbrella
        // that names its forms, only those; when that is one form, it is the obvious fix.
        const permitted = isProvision(justification) ? umbrellaOf(justification)?.scope?.forms ?? [] : [];
        const forms = permitted.length > 0 ? allForms.filter(form => permitted.includes(form)) : allForms;
        const fixes = scope ? forms.flatMap((form): Array<Fix<KeyOf<typeof messages>>> => {
            const edit = insertFirstClause(scope, `form ${form}`);
            return edit ? [{ messageId: 'declareForm', data: { form }, edits: [edit], preferred: forms.length === 1, suggestion: true }] : [];
        }) : [];
        yield {
            node: scope ?? justification,
            property: scope ? undefined : 'name',
            messageId: 'undeclared',
            // the keyword of the block the form belongs in
            data: { subject: describe(justification), block: isProvision(justification) ? 'data' : 'scope' },
            fixes
        };
    }
});
