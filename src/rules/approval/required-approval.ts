import type { Approval, ApprovalLevel, Provision, Umbrella } from '../../language/generated/ast.js';
import type { KeyOf, Message, MessageData } from '../../i18n/messages.js';
import { approvalLevels, approvalRank, approver } from '../../model/approval.js';
import { dataForms, describe, effectiveDate, isProvision, mention, resolvedRecipients, umbrellaOf } from '../../model/provisions.js';
import { hasElevatedRisk } from '../../model/recipients.js';
import { insertClause, replaceProperty } from '../support/edits.js';
import { defineRule, type Finding, type Fix, type OptionSpecs, type OptionValues } from '../rule.js';
import { messages } from './required-approval.messages.js';

const optionSpecs = {
    minimum: { type: 'choice', values: approvalLevels, default: 'mandated-official' },
    elevatedRisk: { type: 'choice', values: approvalLevels, default: 'head-of-service' },
    unevaluatedData: { type: 'choice', values: approvalLevels, default: 'minister' }
} satisfies OptionSpecs;

export const requiredApproval = defineRule({
    id: 'approval/required-approval',
    domainRule: 11,
    defaultSeverity: 'error',
    dutchTerm: 'toestemming',
    options: optionSpecs,
    messages,
    hasFix: true,
    appliesTo: ['Provision', 'Umbrella'],
    *check(justification: Provision | Umbrella, context): Generator<Finding<KeyOf<typeof messages>>> {
        const subject = describe(justification);
        const umbrella = isProvision(justification) ? umbrellaOf(justification) : undefined;
        const own = justification.approval;
        const approval = own ?? umbrella?.approval;
        const date = effectiveDate(justification);
        if (!approval) {
            const due = date ? 'date' : isProvision(justification) ? 'provision' : 'validity';
            const required = requiredLevel(justification, date, context.options).level;
            yield { node: justification, property: 'name', messageId: 'missing', data: { subject, due, date: date ?? '' }, fix: addApproval(justification, required) };
            return;
        }
        // Findings about an inherited approval sit on the `under` clause, where the author can act on them.
        const at = (property: string): Pick<Finding, 'node' | 'property'> => own ? { node: own, property } : { node: justification, property: 'umbrella' };
        const through = (used: Approval): MessageData => used === own ? { inherited: 'no', umbrella: '' } : { inherited: 'yes', umbrella: mention(umbrella!) };
        if (!approval.date) {
            yield { ...at('level'), messageId: 'undated', data: { mention: mention(justification), ...through(approval) } };
        } else if (date && approval.date > date) {
            const start = isProvision(justification) ? 'provision' : 'validity';
            yield { ...at('date'), messageId: 'late', data: { subject, approved: approval.date, ...through(approval), start, date } };
        }
        // The umbrella's approval covers the series even when a provision records who released it: the higher level counts.
        const strongest = [approval, umbrella?.approval].reduce<Approval>((best, candidate) => candidate && approvalRank(candidate.level) > approvalRank(best.level) ? candidate : best, approval);
        const required = requiredLevel(justification, date, context.options);
        if (approvalRank(strongest.level) < approvalRank(required.level)) {
            // The provision's own approval is raised; an umbrella's, in another file, is left alone and the provision records its own.
            const fix = own ? raiseApproval(own, required.level) : addApproval(justification, required.level);
            yield { ...at('level'), messageId: 'tooLow', data: { subject, level: approver(strongest.level), ...through(strongest), reason: required.reason, required: approver(required.level) }, fix };
        }
    }
});

/**
 * An approval line at the required level, without a date: the rule then asks for the date,
 * which only the author knows. A suggestion, never applied by `--fix`: it records a decision.
 */
function addApproval(justification: Provision | Umbrella, level: ApprovalLevel): Fix<KeyOf<typeof messages>> | undefined {
    const edit = insertClause(justification, `approved ${level}`);
    return edit && { messageId: 'addApproval', data: { level }, edits: [edit], preferred: true, suggestion: true };
}

function raiseApproval(approval: Approval, level: ApprovalLevel): Fix<KeyOf<typeof messages>> | undefined {
    const edit = replaceProperty(approval, 'level', level);
    return edit && { messageId: 'raiseApproval', data: { level }, edits: [edit], preferred: true, suggestion: true };
}

interface Requirement { level: ApprovalLevel; reason: Message }

function requiredLevel(justification: Provision | Umbrella, date: string | undefined, options: OptionValues<typeof optionSpecs>): Requirement {
    const requirements: Requirement[] = [{ level: options.minimum as ApprovalLevel, reason: messages.message('reason.any') }];
    if (dataForms(justification).includes('unevaluated')) {
        requirements.push({ level: options.unevaluatedData as ApprovalLevel, reason: messages.message('reason.unevaluated') });
    }
    const elevated = resolvedRecipients(justification).find(recipient => hasElevatedRisk(recipient, date));
    if (elevated) {
        requirements.push({ level: options.elevatedRisk as ApprovalLevel, reason: messages.message('reason.elevatedRisk', { recipient: elevated.name }) });
    }
    return requirements.reduce((highest, requirement) => approvalRank(requirement.level) > approvalRank(highest.level) ? requirement : highest);
}
