import type { Approval, ApprovalLevel, Provision, Umbrella } from '../../language/generated/ast.js';
import { approvalLevels, approvalRank } from '../../model/approval.js';
import { dataForms, describe, effectiveDate, isProvision, mention, resolvedRecipients, umbrellaOf } from '../../model/provisions.js';
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
        const umbrella = isProvision(justification) ? umbrellaOf(justification) : undefined;
        const own = justification.approval;
        const approval = own ?? umbrella?.approval;
        const date = effectiveDate(justification);
        if (!approval) {
            yield { node: justification, property: 'name', message: `${owner} has no approval. Add \`approved <level> on <date>\`, dated on or before ${date ?? (isProvision(justification) ? 'the provision' : 'the start of its validity')}.` };
            return;
        }
        // Findings about an inherited approval sit on the `under` clause, where the author can act on them.
        const at = (property: string): Pick<Finding, 'node' | 'property'> => own ? { node: own, property } : { node: justification, property: 'umbrella' };
        const through = (used: Approval) => used === own ? '' : ` (through umbrella ${umbrella!.name})`;
        if (!approval.date) {
            yield { ...at('level'), message: `The approval of ${mention(justification)}${through(approval)} has no date. Add \`on <date>\`: approval must come before the provision.` };
        } else if (date && approval.date > date) {
            const start = isProvision(justification) ? `the provision on ${date}` : `the start of its validity on ${date}`;
            yield { ...at('date'), message: `${owner} was approved on ${approval.date}${through(approval)}, after ${start}. Approval must come first.` };
        }
        // The umbrella's approval covers the series even when a provision records who released it: the higher level counts.
        const strongest = [approval, umbrella?.approval].reduce<Approval>((best, candidate) => candidate && approvalRank(candidate.level) > approvalRank(best.level) ? candidate : best, approval);
        const required = requiredLevel(justification, date, context.options);
        if (approvalRank(strongest.level) < approvalRank(required.level)) {
            yield { ...at('level'), message: `${owner} is approved by the ${strongest.level}${through(strongest)}, but ${required.reason} needs at least the ${required.level}.` };
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

