// How a provision or umbrella weighs the criteria at risk of one recipient: by a mitigation, or
// by stating that the risk does not apply to this cooperation. A provision inherits both from
// its umbrella, except the mitigations it states do not fit (`inherited-mitigation-unfit`).
import type { Criterion, Mitigation, Provision, Recipient, RiskStatement } from '../language/generated/ast.js';
import { isProvision, mitigationsCovering, umbrellaOf, type Justification } from './provisions.js';
import { wordCount } from './text.js';

/** One clause that addresses risks of a recipient, and the criteria it addresses for it. */
export interface Weighing {
    clause: Mitigation | RiskStatement;
    /** May be empty: a mitigation that names no criterion still covers its recipient. */
    criteria: readonly Criterion[];
    /** Whether the clause is the umbrella's, not the provision's own. */
    inherited: boolean;
}

/** Whether a mitigation or risk statement is about this recipient: one naming no recipient is about all of them. */
export function concerns(clause: Mitigation | RiskStatement, recipient: Recipient): boolean {
    return clause.recipients.length === 0 || clause.recipients.some(reference => reference.ref === recipient);
}

/** A statement that a risk does not apply counts only with a reason of at least one word. */
export function isReasonedNotApplicable(statement: RiskStatement): boolean {
    return statement.verdict === 'not-applicable' && wordCount(statement.reason) > 0;
}

/** The criteria for which a provision states, with a reason, that its umbrella's mitigation does not fit this recipient. */
export function unfitInheritedCriteria(provision: Provision, recipient: Recipient): Set<Criterion> {
    return new Set(provision.riskStatements
        .filter(statement => statement.verdict === 'inherited-mitigation-unfit' && wordCount(statement.reason) > 0 && concerns(statement, recipient))
        .flatMap(statement => statement.criteria));
}

/** Everything that addresses risks of `recipient` in a justification: its own clauses, then the umbrella's that still apply. */
export function weighingsFor(justification: Justification, recipient: Recipient): Weighing[] {
    const weighings = ownWeighings(justification, recipient, false);
    const umbrella = isProvision(justification) ? umbrellaOf(justification) : undefined;
    if (!umbrella) {
        return weighings;
    }
    const unfit = unfitInheritedCriteria(justification as Provision, recipient);
    for (const weighing of ownWeighings(umbrella, recipient, true)) {
        if (weighing.clause.$type === 'Mitigation' && weighing.criteria.length > 0) {
            const criteria = weighing.criteria.filter(criterion => !unfit.has(criterion));
            if (criteria.length > 0) {
                weighings.push({ ...weighing, criteria });
            }
        } else {
            weighings.push(weighing);
        }
    }
    return weighings;
}

/** The criteria that the weighings address. */
export function addressedCriteria(weighings: readonly Weighing[]): Set<Criterion> {
    return new Set(weighings.flatMap(weighing => weighing.criteria));
}

function ownWeighings(justification: Justification, recipient: Recipient, inherited: boolean): Weighing[] {
    const mitigations = mitigationsCovering(justification.mitigations, recipient)
        .map(mitigation => ({ clause: mitigation, criteria: mitigation.criteria, inherited }));
    const statements = (justification.riskStatements ?? [])
        .filter(statement => isReasonedNotApplicable(statement) && concerns(statement, recipient))
        .map(statement => ({ clause: statement, criteria: statement.criteria, inherited }));
    return [...mitigations, ...statements];
}

/** Background checks weigh their risks on their own terms (background-check/risk-weighed). */
export function isBackgroundCheck(justification: Justification): boolean {
    return isProvision(justification) && justification.kind === 'background-check';
}
