import type { ApprovalLevel, Umbrella } from '../../language/generated/ast.js';
import { spansMoreThanMonths } from '../../model/dates.js';
import { approvalLevels, approvalRank, approver } from '../../model/approval.js';
import type { KeyOf, MessageData } from '../../i18n/messages.js';
import { defineRule, type Finding } from '../rule.js';
import { messages } from './multilateral-yearly.messages.js';

export const multilateralYearly = defineRule({
    id: 'umbrella/multilateral-yearly',
    domainRule: 9,
    defaultSeverity: 'error',
    dutchTerm: 'multilaterale samenwerking, verlenging',
    options: {
        maxValidityMonths: { type: 'integer', default: 12, minimum: 1 },
        requiredApproval: { type: 'choice', values: approvalLevels, default: 'minister' }
    },
    messages,
    appliesTo: ['Umbrella'],
    *check(umbrella: Umbrella, { options }): Generator<Finding<KeyOf<typeof messages>>> {
        if (umbrella.kind !== 'multilateral') {
            return;
        }
        const validity = umbrella.validity;
        // A missing validity period is reported for every umbrella as language/missing-clause.
        if (validity && spansMoreThanMonths(validity.from, validity.to, options.maxValidityMonths)) {
            yield { node: validity, messageId: 'tooLong', data: { name: umbrella.name ?? '', from: validity.from, to: validity.to, months: options.maxValidityMonths } };
        }
        const approval = umbrella.approval;
        // A higher level than required also suffices: the minister outranks the head of service.
        const required = options.requiredApproval as ApprovalLevel;
        const needs: MessageData = { name: umbrella.name ?? '', required: approver(required), keyword: required };
        if (!approval) {
            yield { node: umbrella, property: 'name', messageId: 'notApproved', data: needs };
        } else if (approvalRank(approval.level) < approvalRank(required)) {
            yield { node: approval, property: 'level', messageId: 'approvedTooLow', data: { ...needs, level: approver(approval.level) } };
        }
    }
});
