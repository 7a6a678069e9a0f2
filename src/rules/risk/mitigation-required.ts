import type { Provision, Umbrella } from '../../language/generated/ast.js';
import { describe, effectiveDate, mitigationsCovering, mitigationsOf } from '../../model/provisions.js';
import { criterionLabel, risksOf, weighingNoteInForce } from '../../model/recipients.js';
import { defineRule } from '../rule.js';

export const mitigationRequired = defineRule({
    id: 'risk/mitigation-required',
    domainRule: 4,
    defaultSeverity: 'error',
    description: 'A recipient with an elevated risk profile gets no provision, and no umbrella, without a mitigation that covers it. In a group provision this holds for every member.',
    rationale: 'Before giving data to a service with an elevated risk profile, the service weighs the risks, how far they can be mitigated, and the national-security interest. A provision without any mitigation shows no such weighing.',
    source: 'Policy response of 12 October 2021 (weighing notes); CTIVD report 73',
    dutchTerm: 'mitigerende maatregel, verhoogd risicoprofiel',
    options: {},
    appliesTo: ['Provision', 'Umbrella'],
    *check(justification: Provision | Umbrella) {
        const mitigations = mitigationsOf(justification);
        const date = effectiveDate(justification);
        for (const [index, reference] of justification.recipients.entries()) {
            const recipient = reference.ref;
            const note = recipient && weighingNoteInForce(recipient, date);
            const risks = risksOf(note);
            if (!recipient || risks.length === 0 || mitigationsCovering(mitigations, recipient).length > 0) {
                continue;
            }
            const atRisk = risks.map(risk => criterionLabel(risk.criterion)).join(', ');
            yield {
                node: justification,
                property: 'recipients',
                index,
                message: `${describe(justification)} gives data to ${recipient.name}, which has an elevated risk profile (${atRisk} assessed as a risk in weighing note ${note!.name}), but no mitigation covers it. Add \`mitigation for ${risks[0].criterion} "…"\` saying how the risk is reduced.`
            };
        }
    }
});
