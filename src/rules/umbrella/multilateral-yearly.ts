import type { ApprovalLevel, Umbrella } from '../../language/generated/ast.js';
import { addMonths, isCalendarDate, spansMoreThanMonths } from '../../model/dates.js';
import { approvalLevels, approvalRank, approver } from '../../model/approval.js';
import type { KeyOf, MessageData } from '../../i18n/messages.js';
import { insertClause, replaceProperty } from '../support/edits.js';
import { defineRule, type Finding, type Fix } from '../rule.js';
import { messages } from './multilateral-yearly.messages.js';

type Key = KeyOf<typeof messages>;

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
    hasFix: true,
    appliesTo: ['Umbrella'],
    *check(umbrella: Umbrella, { options }): Generator<Finding<Key>> {
        if (umbrella.kind !== 'multilateral') {
            return;
        }
        const validity = umbrella.validity;
        // A missing validity period is reported for every umbrella as language/missing-clause.
        if (validity && spansMoreThanMonths(validity.from, validity.to, options.maxValidityMonths)) {
            const end = isCalendarDate(validity.from) ? dayBefore(addMonths(validity.from, options.maxValidityMonths)) : undefined;
            const shorten = end && replaceProperty(validity, 'to', end);
            const fix: Fix<Key> | undefined = shorten ? { messageId: 'shortenValidity', data: { date: end }, edits: [shorten], preferred: true, suggestion: true } : undefined;
            yield { node: validity, messageId: 'tooLong', data: { name: umbrella.name ?? '', from: validity.from, to: validity.to, months: options.maxValidityMonths }, fix };
        }
        const approval = umbrella.approval;
        // A higher level than required also suffices: the minister outranks the head of service.
        const required = options.requiredApproval as ApprovalLevel;
        const needs: MessageData = { name: umbrella.name ?? '', required: approver(required), keyword: required };
        if (!approval) {
            // Without a date, which only the author knows: approval/required-approval then asks for it.
            const add = insertClause(umbrella, `approved ${required}`);
            yield { node: umbrella, property: 'name', messageId: 'notApproved', data: needs, fix: add && { messageId: 'addApproval', data: { keyword: required }, edits: [add], preferred: true, suggestion: true } };
        } else if (approvalRank(approval.level) < approvalRank(required)) {
            const raise = replaceProperty(approval, 'level', required);
            yield { node: approval, property: 'level', messageId: 'approvedTooLow', data: { ...needs, level: approver(approval.level) }, fix: raise && { messageId: 'raiseApproval', data: { keyword: required }, edits: [raise], preferred: true, suggestion: true } };
        }
    }
});

/** The day before an ISO date: the last day of a validity that may not reach it. */
function dayBefore(date: string): string {
    const day = new Date(`${date}T00:00:00Z`);
    day.setUTCDate(day.getUTCDate() - 1);
    return day.toISOString().slice(0, 10);
}
