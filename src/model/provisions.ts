// Facts about a provision that take its umbrella into account. A provision made under an
// umbrella inherits the umbrella's conditions, mitigations, approval and notification.
import type {
    Approval, Condition, DataForm, DataScope, Mitigation, OversightNotification, Provision, Recipient, Umbrella
} from '../language/generated/ast.js';
import { common } from '../i18n/common.js';
import { wordCount } from './text.js';
import type { Message } from '../i18n/messages.js';

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

/**
 * The mitigations that apply to one recipient: those naming no recipient apply to all of them.
 * A mitigation without a word of description says nothing, so it covers nobody.
 */
export function mitigationsCovering(mitigations: readonly Mitigation[], recipient: Recipient): Mitigation[] {
    return mitigations.filter(mitigation => wordCount(mitigation.description) > 0
        && (mitigation.recipients.length === 0 || mitigation.recipients.some(reference => reference.ref === recipient)));
}

/** The date that decides which weighing notes apply: a provision's date, or the start of an umbrella's validity. */
export function effectiveDate(justification: Justification): string | undefined {
    return isProvision(justification) ? justification.date : justification.validity?.from;
}

/** A provision's own mitigations and its umbrella's; an umbrella's own. */
export function mitigationsOf(justification: Justification): Mitigation[] {
    return isProvision(justification) ? effectiveMitigations(justification) : justification.mitigations;
}

export function dataScope(justification: Justification): DataScope | undefined {
    return isProvision(justification) ? justification.data : justification.scope;
}

export function dataForms(justification: Justification): DataForm[] {
    return dataScope(justification)?.forms ?? [];
}

export function hasDestructionClause(conditions: readonly Condition[]): boolean {
    return conditions.some(condition => condition.kind === 'destruction-request' || condition.kind === 'destroy-after');
}

/** The select key an umbrella's kind is named by in messages (ICU keys take no hyphens). */
function kindSelector(umbrella: Umbrella): string {
    return umbrella.kind === 'authorisation-note' ? 'authorisationNote' : umbrella.kind === 'multilateral' ? 'multilateral' : 'other';
}

function named(form: 'subject' | 'mention', justification: Justification): Message {
    const kind = isProvision(justification) ? justification.kind ?? 'provision' : 'umbrella';
    const key = `${form}.${kind}${justification.name ? '' : '.unnamed'}` as Parameters<typeof common.message>[0];
    return common.message(key, { name: justification.name ?? '', kind: isProvision(justification) ? 'other' : kindSelector(justification) });
}

/** How a message that starts with it names a provision or umbrella, e.g. "Provision P-2021-0117". */
export function describe(justification: Justification): Message {
    return named('subject', justification);
}

/** The same, inside a sentence: "provision P-2021-0117", "group provision G-1". */
export function mention(justification: Justification): Message {
    return named('mention', justification);
}
