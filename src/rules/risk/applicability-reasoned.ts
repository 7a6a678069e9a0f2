import type { Criterion, Recipient, RiskStatement } from '../../language/generated/ast.js';
import { criterionLabel } from '../../i18n/common.js';
import { list, type KeyOf, type MessageData } from '../../i18n/messages.js';
import { describe, effectiveDate, isProvision, mention, mitigationsCovering, resolvedRecipients, umbrellaOf, type Justification } from '../../model/provisions.js';
import { risksOf, weighingNoteInForce } from '../../model/recipients.js';
import { wordCount } from '../../model/text.js';
import { defineRule, type Finding } from '../rule.js';
import { messages } from './applicability-reasoned.messages.js';

type Findings = Iterable<Finding<KeyOf<typeof messages>>>;

export const applicabilityReasoned = defineRule({
    id: 'risk/applicability-reasoned',
    domainRule: 4,
    defaultSeverity: 'warning',
    dutchTerm: 'afweging, concrete samenwerking',
    options: {},
    messages,
    appliesTo: ['RiskStatement'],
    *check(statement: RiskStatement): Findings {
        const owner = statement.$container as Justification;
        const data = {
            owner: mention(owner),
            kind: statement.verdict === 'inherited-mitigation-unfit' ? 'unfit' : 'notApplicable',
            criteria: list(statement.criteria.map(criterionLabel)),
            count: statement.criteria.length
        };
        if (statement.criteria.length === 0 || !statement.verdict) {
            return; // still being written: the parser says what is missing
        }
        if (wordCount(statement.reason) === 0) {
            yield { node: statement, property: 'verdict', messageId: 'noReason', data };
        }
        const recipients = resolvedRecipients(owner);
        yield* foreignRecipients(statement, owner, recipients);
        const about = statement.recipients.length > 0
            ? statement.recipients.flatMap(reference => reference.ref && recipients.includes(reference.ref) ? [reference.ref] : [])
            : recipients;
        if (statement.verdict === 'inherited-mitigation-unfit') {
            const umbrella = isProvision(owner) ? umbrellaOf(owner) : undefined;
            if (!umbrella) {
                yield { node: statement, property: 'verdict', messageId: 'nothingInherited', data: { ...data, subject: describe(owner), umbrella: isProvision(owner) ? 'none' : 'self' } };
                return;
            }
            const unmatched = statement.criteria.filter(criterion => !about.some(recipient => inheritsMitigation(umbrella, recipient, criterion)));
            if (unmatched.length > 0 && about.length > 0) {
                yield {
                    node: statement,
                    property: 'criteria',
                    messageId: 'noInheritedMitigation',
                    data: { ...data, umbrella: describe(umbrella), unmatched: list(unmatched.map(criterionLabel)), unmatchedCount: unmatched.length }
                };
            }
        }
        yield* criteriaNotAtRisk(statement, owner, about, data);
    }
});

function* foreignRecipients(statement: RiskStatement, owner: Justification, recipients: Recipient[]): Findings {
    for (const [index, reference] of statement.recipients.entries()) {
        if (reference.ref && !recipients.includes(reference.ref)) {
            yield {
                node: statement,
                property: 'recipients',
                index,
                messageId: 'foreignRecipient',
                data: { owner: mention(owner), recipient: reference.ref.name, recipients: list(recipients.map(recipient => recipient.name), 'or'), count: recipients.length }
            };
        }
    }
}

function inheritsMitigation(umbrella: Justification, recipient: Recipient, criterion: Criterion): boolean {
    return mitigationsCovering(umbrella.mitigations, recipient).some(mitigation => mitigation.criteria.includes(criterion));
}

/** A statement about a criterion that no weighing note in force assesses as a risk weighs nothing. */
function* criteriaNotAtRisk(statement: RiskStatement, owner: Justification, about: Recipient[], data: MessageData): Findings {
    const date = effectiveDate(owner);
    if (about.length === 0 || !about.every(recipient => weighingNoteInForce(recipient, date))) {
        return; // nothing to compare against; recipient/weighing-note-required reports a missing note
    }
    const atRisk = new Set(about.flatMap(recipient => risksOf(weighingNoteInForce(recipient, date)).map(risk => risk.criterion)));
    const notAtRisk = statement.criteria.filter(criterion => !atRisk.has(criterion));
    if (notAtRisk.length > 0) {
        yield {
            node: statement,
            property: 'criteria',
            messageId: 'notAtRisk',
            data: {
                ...data,
                notAtRisk: list(notAtRisk.map(criterionLabel)),
                notAtRiskCount: notAtRisk.length,
                recipients: list(about.map(recipient => recipient.name), 'or')
            }
        };
    }
}
