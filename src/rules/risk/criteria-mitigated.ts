import type { Mitigation, Provision, Recipient } from '../../language/generated/ast.js';
import { describe, effectiveMitigations, mitigationsCovering, resolvedRecipients } from '../../model/provisions.js';
import { criterionLabel, risksOf, weighingNoteInForce } from '../../model/recipients.js';
import { defineRule, type Finding } from '../rule.js';

export const criteriaMitigated = defineRule({
    id: 'risk/criteria-mitigated',
    domainRule: 4,
    defaultSeverity: 'warning',
    description: 'Every criterion assessed as a risk for a recipient is addressed by a mitigation, and every mitigation addresses such a criterion.',
    rationale: 'A mitigation reduces a specific identified risk. One that names no risk criterion, or leaves a risk criterion unaddressed, does not show that the risks of this recipient were weighed.',
    source: 'Policy response of 12 October 2021 (weighing notes); inferred',
    dutchTerm: 'mitigerende maatregel',
    options: {},
    appliesTo: ['Provision'],
    *check(provision: Provision) {
        const mitigations = effectiveMitigations(provision);
        for (const [index, reference] of provision.recipients.entries()) {
            if (reference.ref) {
                yield* unaddressedRisks(provision, reference.ref, index, mitigations);
            }
        }
        for (const mitigation of provision.mitigations) {
            yield* aimlessMitigation(provision, mitigation);
        }
    }
});

function* unaddressedRisks(provision: Provision, recipient: Recipient, index: number, mitigations: Mitigation[]): Iterable<Finding> {
    const covering = mitigationsCovering(mitigations, recipient);
    if (covering.length === 0) {
        return; // risk/mitigation-required reports this case
    }
    const addressed = new Set(covering.flatMap(mitigation => mitigation.criteria));
    for (const risk of risksOf(weighingNoteInForce(recipient, provision.date))) {
        if (!addressed.has(risk.criterion)) {
            const reason = risk.reason ? ` ("${risk.reason}")` : '';
            yield {
                node: provision,
                property: 'recipients',
                index,
                message: `${describe(provision)}: no mitigation addresses ${criterionLabel(risk.criterion)}${reason}, assessed as a risk for ${recipient.name}. Add \`mitigation for ${risk.criterion} "…"\`.`
            };
        }
    }
}

function* aimlessMitigation(provision: Provision, mitigation: Mitigation): Iterable<Finding> {
    if (mitigation.criteria.length === 0) {
        yield { node: mitigation, message: `This mitigation in ${describe(provision)} names no criterion. Say which risk it reduces, e.g. \`mitigation for human-rights "…"\`.` };
        return;
    }
    const covered = mitigation.recipients.length > 0
        ? mitigation.recipients.flatMap(reference => reference.ref ? [reference.ref] : [])
        : resolvedRecipients(provision);
    if (covered.length === 0 || !covered.every(recipient => weighingNoteInForce(recipient, provision.date))) {
        return; // nothing to compare against; recipient/weighing-note-required reports a missing note
    }
    const atRisk = new Set(covered.flatMap(recipient => risksOf(weighingNoteInForce(recipient, provision.date)).map(risk => risk.criterion)));
    if (!mitigation.criteria.some(criterion => atRisk.has(criterion))) {
        yield {
            node: mitigation,
            property: 'criteria',
            message: `This mitigation in ${describe(provision)} addresses ${mitigation.criteria.map(criterionLabel).join(', ')}, which no weighing note of ${covered.map(recipient => recipient.name).join(', ')} assesses as a risk. Point it at a criterion assessed as a risk.`
        };
    }
}
