import type { Mitigation, Provision, Recipient, Umbrella } from '../../language/generated/ast.js';
import { describe, effectiveDate, mention, resolvedRecipients, type Justification } from '../../model/provisions.js';
import { addressedCriteria, isBackgroundCheck, weighingsFor } from '../../model/risks.js';
import { openRisks } from '../support/risk-edits.js';
import { criterionLabel } from '../../i18n/common.js';
import { list, type KeyOf } from '../../i18n/messages.js';
import { risksOf, weighingNoteInForce } from '../../model/recipients.js';
import { defineRule, type Finding } from '../rule.js';
import { messages } from './criteria-mitigated.messages.js';

type Findings = Iterable<Finding<KeyOf<typeof messages>>>;

export const criteriaMitigated = defineRule({
    id: 'risk/criteria-mitigated',
    domainRule: 4,
    defaultSeverity: 'warning',
    dutchTerm: 'mitigerende maatregel',
    options: {},
    messages,
    hasFix: true,
    appliesTo: ['Provision', 'Umbrella'],
    *check(justification: Provision | Umbrella): Findings {
        const date = effectiveDate(justification);
        for (const [index, reference] of justification.recipients.entries()) {
            // background-check/risk-weighed asks more of a background check.
            if (reference.ref && !isBackgroundCheck(justification)) {
                yield* unaddressedRisks(justification, reference.ref, index, date);
            }
        }
        for (const mitigation of justification.mitigations) {
            yield* aimlessMitigation(justification, mitigation, date);
        }
    }
});

function* unaddressedRisks(justification: Justification, recipient: Recipient, index: number, date: string | undefined): Findings {
    const weighings = weighingsFor(justification, recipient);
    if (weighings.length === 0) {
        return; // risk/mitigation-required reports this case
    }
    const addressed = addressedCriteria(weighings);
    const unaddressed = risksOf(weighingNoteInForce(recipient, date)).filter(risk => !addressed.has(risk.criterion));
    if (unaddressed.length === 0) {
        return;
    }
    // One finding per recipient that names every criterion still open, so one fix closes them all.
    const open = openRisks(justification, recipient, unaddressed);
    yield {
        node: justification,
        property: 'recipients',
        index,
        messageId: 'unaddressed',
        data: {
            subject: describe(justification),
            labels: list(unaddressed.map(risk => messages.message('labelWithReason', {
                label: criterionLabel(risk.criterion),
                reasoned: risk.reason ? 'yes' : 'no',
                reason: risk.reason ?? ''
            }))),
            count: unaddressed.length,
            recipient: recipient.name,
            ...open.messageData
        },
        fix: open.fix
    };
}

function* aimlessMitigation(justification: Justification, mitigation: Mitigation, date: string | undefined): Findings {
    const owner = mention(justification);
    const recipients = resolvedRecipients(justification);
    for (const [index, reference] of mitigation.recipients.entries()) {
        if (reference.ref && !recipients.includes(reference.ref)) {
            yield {
                node: mitigation,
                property: 'recipients',
                index,
                messageId: 'foreignRecipient',
                data: { owner, recipient: reference.ref.name, recipients: list(recipients.map(recipient => recipient.name), 'or'), count: recipients.length }
            };
        }
    }
    if (mitigation.criteria.length === 0) {
        yield { node: mitigation, messageId: 'noCriterion', data: { owner } };
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
            messageId: 'noRiskAddressed',
            data: {
                owner,
                criteria: list(mitigation.criteria.map(criterionLabel)),
                count: mitigation.criteria.length,
                recipients: list(covered.map(recipient => recipient.name), 'or')
            }
        };
    }
}
