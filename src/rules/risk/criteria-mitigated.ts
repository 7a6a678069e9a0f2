import type { Mitigation, Provision, Recipient, Umbrella } from '../../language/generated/ast.js';
import { describe, effectiveDate, mention, mitigationsCovering, mitigationsOf, resolvedRecipients, type Justification } from '../../model/provisions.js';
import { criterionLabel, risksOf, weighingNoteInForce } from '../../model/recipients.js';
import { defineRule, type Finding } from '../rule.js';

export const criteriaMitigated = defineRule({
    id: 'risk/criteria-mitigated',
    domainRule: 4,
    defaultSeverity: 'warning',
    description: 'Every criterion assessed as a risk for a recipient is addressed by a mitigation, and every mitigation addresses such a criterion of a recipient it is given to.',
    rationale: 'A mitigation reduces a specific identified risk. One that names no risk criterion, or leaves a risk criterion unaddressed, does not show that the risks of this recipient were weighed.',
    source: 'Policy response of 12 October 2021 (weighing notes); inferred',
    dutchTerm: 'mitigerende maatregel',
    options: {},
    appliesTo: ['Provision', 'Umbrella'],
    *check(justification: Provision | Umbrella) {
        const mitigations = mitigationsOf(justification);
        const date = effectiveDate(justification);
        for (const [index, reference] of justification.recipients.entries()) {
            if (reference.ref) {
                yield* unaddressedRisks(justification, reference.ref, index, mitigations, date);
            }
        }
        for (const mitigation of justification.mitigations) {
            yield* aimlessMitigation(justification, mitigation, date);
        }
    }
});

function* unaddressedRisks(justification: Justification, recipient: Recipient, index: number, mitigations: Mitigation[], date: string | undefined): Iterable<Finding> {
    const covering = mitigationsCovering(mitigations, recipient);
    if (covering.length === 0) {
        return; // risk/mitigation-required reports this case
    }
    const addressed = new Set(covering.flatMap(mitigation => mitigation.criteria));
    for (const risk of risksOf(weighingNoteInForce(recipient, date))) {
        if (!addressed.has(risk.criterion)) {
            const reason = risk.reason ? ` ("${risk.reason}")` : '';
            yield {
                node: justification,
                property: 'recipients',
                index,
                message: `${describe(justification)}: no mitigation addresses ${criterionLabel(risk.criterion)}${reason}, assessed as a risk for ${recipient.name}. Add \`mitigation for ${risk.criterion} "…"\`.`
            };
        }
    }
}

function* aimlessMitigation(justification: Justification, mitigation: Mitigation, date: string | undefined): Iterable<Finding> {
    const owner = mention(justification);
    const recipients = resolvedRecipients(justification);
    for (const [index, reference] of mitigation.recipients.entries()) {
        if (reference.ref && !recipients.includes(reference.ref)) {
            yield { node: mitigation, property: 'recipients', index, message: `This mitigation in ${owner} is for ${reference.ref.name}, which is not a recipient of ${owner}. Name one of its recipients: ${recipients.map(recipient => recipient.name).join(', ') || 'none is named yet'}.` };
        }
    }
    if (mitigation.criteria.length === 0) {
        yield { node: mitigation, message: `This mitigation in ${owner} names no criterion. Say which risk it reduces, e.g. \`mitigation for human-rights "…"\`.` };
        return;
    }
    const covered = mitigation.recipients.length > 0
        ? mitigation.recipients.flatMap(reference => reference.ref && recipients.includes(reference.ref) ? [reference.ref] : [])
        : recipients;
    if (covered.length === 0 || !covered.every(recipient => weighingNoteInForce(recipient, date))) {
        return; // nothing to compare against; recipient/weighing-note-required reports a missing note
    }
    const atRisk = new Set(covered.flatMap(recipient => risksOf(weighingNoteInForce(recipient, date)).map(risk => risk.criterion)));
    if (!mitigation.criteria.some(criterion => atRisk.has(criterion))) {
        yield {
            node: mitigation,
            property: 'criteria',
            message: `This mitigation in ${owner} addresses ${mitigation.criteria.map(criterionLabel).join(', ')}, which no weighing note of ${covered.map(recipient => recipient.name).join(', ')} assesses as a risk. Point it at a criterion assessed as a risk.`
        };
    }
}
