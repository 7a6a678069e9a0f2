import type { Provision, Umbrella } from '../../language/generated/ast.js';
import { dataScope, describe, isProvision } from '../../model/provisions.js';
import { defineRule } from '../rule.js';

export const formDeclared = defineRule({
    id: 'scope/form-declared',
    domainRule: 13,
    defaultSeverity: 'error',
    description: 'A provision or umbrella declares the form of the data: analytical, evaluated, unevaluated or bulk.',
    rationale: 'CTIVD report 65 found that the line between evaluated and unevaluated data was unclear. The form decides which approval and which notification a provision needs, so it is stated, not guessed.',
    source: 'CTIVD report 65',
    dutchTerm: 'vorm van de gegevens (geëvalueerd, ongeëvalueerd)',
    options: {},
    appliesTo: ['Provision', 'Umbrella'],
    *check(justification: Provision | Umbrella) {
        const scope = dataScope(justification);
        if (scope && scope.forms.length > 0) {
            return;
        }
        const block = isProvision(justification) ? 'data' : 'scope';
        yield {
            node: scope ?? justification,
            property: scope ? undefined : 'name',
            message: `${describe(justification)} does not declare the form of the data. Add \`form analytical\`, \`evaluated\`, \`unevaluated\` or \`bulk\` to its \`${block}\` block.`
        };
    }
});
