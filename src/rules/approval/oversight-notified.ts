import type { Provision, Umbrella } from '../../language/generated/ast.js';
import { dataForms, dataScope, describe, isProvision, umbrellaOf } from '../../model/provisions.js';
import { defineRule } from '../rule.js';

export const oversightNotified = defineRule({
    id: 'approval/oversight-notified',
    domainRule: 12,
    defaultSeverity: 'error',
    description: 'A provision or umbrella of unevaluated data records when the oversight body (CTIVD) was notified.',
    rationale: 'Unevaluated data has not been assessed for relevance or reliability, so its provision carries the most risk. The policy rules require that the CTIVD is notified of it.',
    source: 'Beleidsregels Wiv 2017, art. 3; CTIVD report 65',
    dutchTerm: 'ongeëvalueerde gegevens, melding aan de CTIVD',
    options: {},
    appliesTo: ['Provision', 'Umbrella'],
    *check(justification: Provision | Umbrella) {
        const forms = dataForms(justification);
        const index = forms.indexOf('unevaluated');
        const notified = justification.oversight ?? (isProvision(justification) ? umbrellaOf(justification)?.oversight : undefined);
        if (index < 0) {
            return;
        }
        if (notified && !notified.date) {
            yield { node: notified, message: `${describe(justification)} records that the oversight body was notified, but not when. Add the date: \`oversight-notified on <date>\`.` };
            return;
        }
        if (notified) {
            return;
        }
        const scope = dataScope(justification);
        yield {
            node: scope!,
            property: 'forms',
            index,
            message: `${describe(justification)} gives unevaluated data but does not record that the oversight body was notified. Add \`oversight-notified on <date>\`.`
        };
    }
});
