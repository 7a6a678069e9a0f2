// Facts about a provision that take its umbrella into account. A provision made under an
// umbrella inherits the umbrella's conditions, mitigations, approval and notification.
import type {
    Approval, Condition, DataForm, Mitigation, OversightNotification, Provision, Recipient, Umbrella
} from '../language/generated/ast.js';

export type Justification = Provision | Umbrella;

export function isProvision(node: Justification): node is Provision {
    return node.$type === 'Provision';
}

export function umbrellaOf(provision: Provision): Umbrella | undefined {
    return provision.umbrella?.ref;
}

export function resolvedRecipients(justification: Justification): Recipient[] {
    return justification.recipients.flatMap(reference => reference.ref ? [reference.ref] : []);
}

export function effectiveConditions(provision: Provision): Condition[] {
    return [...provision.conditions, ...(umbrellaOf(provision)?.conditions ?? [])];
}

export function effectiveMitigations(provision: Provision): Mitigation[] {
    return [...provision.mitigations, ...(umbrellaOf(provision)?.mitigations ?? [])];
}

export function effectiveApproval(provision: Provision): Approval | undefined {
    return provision.approval ?? umbrellaOf(provision)?.approval;
}

export function effectiveOversightNotification(provision: Provision): OversightNotification | undefined {
    return provision.oversight ?? umbrellaOf(provision)?.oversight;
}

/** The mitigations that apply to one recipient: those naming no recipient apply to all of them. */
export function mitigationsCovering(mitigations: readonly Mitigation[], recipient: Recipient): Mitigation[] {
    return mitigations.filter(mitigation =>
        mitigation.recipients.length === 0 || mitigation.recipients.some(reference => reference.ref === recipient));
}

export function dataForms(justification: Justification): DataForm[] {
    return (isProvision(justification) ? justification.data : justification.scope)?.forms ?? [];
}

export function hasDestructionClause(conditions: readonly Condition[]): boolean {
    return conditions.some(condition => condition.kind === 'destruction-request' || condition.kind === 'destroy-after');
}

const kindLabels: Record<Provision['kind'], string> = {
    'provision': 'Provision',
    'group-provision': 'Group provision',
    'background-check': 'Background check'
};

/** How messages name a provision or umbrella, e.g. "Provision P-2021-0117". */
export function describe(justification: Justification): string {
    const label = isProvision(justification) ? kindLabels[justification.kind] : 'Umbrella';
    return justification.name ? `${label} ${justification.name}` : label;
}
