import type { ApprovalLevel, Provision, Umbrella } from '../../language/generated/ast.js';
import { approvalLevels, approvalRank } from '../../model/approval.js';
import { dataForms, describe, isProvision, resolvedRecipients, umbrellaOf } from '../../model/provisions.js';
import { hasElevatedRisk } from '../../model/recipients.js';
import { defineRule, type Finding, type OptionSpecs, type OptionValues } from '../rule.js';

const optionSpecs = {
    minimum: { type: 'choice', values: approvalLevels, default: 'mandated-official', description: 'The lowest level that may approve any provision.' },
    elevatedRisk: { type: 'choice', values: approvalLevels, default: 'head-of-service', description: 'The lowest level that may approve a provision to a recipient with an elevated risk profile.' },
    unevaluatedData: { type: 'choice', values: approvalLevels, default: 'minister', description: 'The lowest level that may approve a provision of unevaluated data.' }
} satisfies OptionSpecs;

export const requiredApproval = defineRule({
    id: 'approval/required-approval',
    domainRule: 11,
    defaultSeverity: 'error',
    description: 'A provision or umbrella is approved, at or before its date, at the level its data and recipients require.',
    rationale: 'Approval comes before the provision, and the weightier the provision the higher the approval: by default unevaluated data needs the minister and a recipient with an elevated risk profile at least the head of service.',
    source: 'Beleidsregels Wiv 2017, art. 3; inferred',
    dutchTerm: 'toestemming',
    options: optionSpecs,
    appliesTo: ['Provision', 'Umbrella'],
    *check(justification: Provision | Umbrella, context) {
        const owner = describe(justification);
        const umbrella = isProvision(justification) && !justification.approval ? umbrellaOf(justification) : undefined;
        const approval = justification.approval ?? umbrella?.approval;
        const date = isProvision(justification) ? justification.date : justification.validity?.from;
        if (!approval) {
            yield { node: justification, property: 'name', message: `${owner} has no approval. Add \`approved <level> on <date>\`, dated on or before ${date ?? (isProvision(justification) ? 'the provision' : 'the start of its validity')}.` };
            return;
        }
        // An approval inherited from the umbrella is reported at the `under` clause, where the author can act on it.
        const at = (property: string): Pick<Finding, 'node' | 'property'> =>
            umbrella ? { node: justification, property: 'umbrella' } : { node: approval, property };
        const via = umbrella ? ` (through umbrella ${umbrella.name})` : '';
        if (!approval.date) {
            yield { ...at('level'), message: `The approval of ${owner}${via} has no date. Add \`on <date>\`: approval must come before the provision.` };
        } else if (date && approval.date > date) {
            const start = isProvision(justification) ? `the provision on ${date}` : `the start of its validity on ${date}`;
            yield { ...at('date'), message: `${owner} was approved on ${approval.date}${via}, after ${start}. Approval must come first.` };
        }
        const required = requiredLevel(justification, date, context.options);
        if (approvalRank(approval.level) < approvalRank(required.level)) {
            yield { ...at('level'), message: `${owner} is approved by the ${approval.level}${via}, but ${required.reason} needs at least the ${required.level}.` };
        }
    }
});

interface Requirement { level: ApprovalLevel; reason: string }

function requiredLevel(justification: Provision | Umbrella, date: string | undefined, options: OptionValues<typeof optionSpecs>): Requirement {
    const requirements: Requirement[] = [{ level: options.minimum as ApprovalLevel, reason: 'any provision' }];
    if (dataForms(justification).includes('unevaluated')) {
        requirements.push({ level: options.unevaluatedData as ApprovalLevel, reason: 'unevaluated data' });
    }
    const elevated = resolvedRecipients(justification).find(recipient => hasElevatedRisk(recipient, date));
    if (elevated) {
        requirements.push({ level: options.elevatedRisk as ApprovalLevel, reason: `a recipient with an elevated risk profile (${elevated.name})` });
    }
    return requirements.reduce((highest, requirement) => approvalRank(requirement.level) > approvalRank(highest.level) ? requirement : highest);
}

