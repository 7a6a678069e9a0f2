import type { ApprovalLevel, Umbrella } from '../../language/generated/ast.js';
import { spansMoreThanMonths } from '../../model/dates.js';
import { approvalLevels, approvalRank } from '../../model/approval.js';
import { defineRule } from '../rule.js';

export const multilateralYearly = defineRule({
    id: 'umbrella/multilateral-yearly',
    domainRule: 9,
    defaultSeverity: 'error',
    description: 'A multilateral umbrella is valid for at most twelve months and is approved by the minister.',
    rationale: 'The minister reviews the umbrella permissions for multilateral partnerships every year and decides on their renewal. A longer validity, or a lower approval, escapes that yearly review.',
    source: 'Policy response of 12 October 2021 (multilateral cooperation)',
    dutchTerm: 'multilaterale samenwerking, verlenging',
    options: {
        maxValidityMonths: { type: 'integer', default: 12, minimum: 1, description: 'The longest validity, in months, of a multilateral umbrella.' },
        requiredApproval: { type: 'choice', values: approvalLevels, default: 'minister', description: 'Who must approve a multilateral umbrella.' }
    },
    appliesTo: ['Umbrella'],
    *check(umbrella: Umbrella, { options }) {
        if (umbrella.kind !== 'multilateral') {
            return;
        }
        const validity = umbrella.validity;
        // A missing validity period is reported for every umbrella as language/missing-clause.
        if (validity && spansMoreThanMonths(validity.from, validity.to, options.maxValidityMonths)) {
            yield { node: validity, message: `Multilateral umbrella ${umbrella.name} is valid from ${validity.from} to ${validity.to}, longer than ${options.maxValidityMonths} months. The minister reviews it every year: end it within ${options.maxValidityMonths} months and renew it.` };
        }
        const approval = umbrella.approval;
        // A higher level than required also suffices: the minister outranks the head of service.
        if (!approval || approvalRank(approval.level) < approvalRank(options.requiredApproval as ApprovalLevel)) {
            yield {
                node: approval ?? umbrella,
                property: approval ? 'level' : 'name',
                message: `Multilateral umbrella ${umbrella.name} is ${approval ? `approved by the ${approval.level}` : 'not approved'}; it needs the approval of the ${options.requiredApproval}. Add or change \`approved ${options.requiredApproval} on <date>\`.`
            };
        }
    }
});
