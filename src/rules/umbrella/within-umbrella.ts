import type { Provision, Umbrella } from '../../language/generated/ast.js';
import { isWithin } from '../../model/dates.js';
import { code } from '../../i18n/common.js';
import { list, type KeyOf, type Message } from '../../i18n/messages.js';
import { describe, mention } from '../../model/provisions.js';
import { removeClause, removeListItem, replaceProperty } from '../support/edits.js';
import { defineRule, type Finding, type Fix } from '../rule.js';
import { messages } from './within-umbrella.messages.js';

type WithinFinding = Finding<KeyOf<typeof messages>>;

export const withinUmbrella = defineRule({
    id: 'umbrella/within-umbrella',
    domainRule: 8,
    defaultSeverity: 'error',
    dutchTerm: 'overkoepelende toestemming, autorisatienota',
    options: {},
    messages,
    hasFix: true,
    appliesTo: ['Provision'],
    *check(provision: Provision) {
        const umbrella = provision.umbrella?.ref;
        if (!umbrella) {
            return;
        }
        const names = { subject: describe(provision), umbrella: mention(umbrella) };
        yield* outsideValidity(provision, umbrella, names);
        yield* outsideRecipients(provision, umbrella, names);
        yield* outsideScope(provision, umbrella, names);
        if (provision.service?.ref && umbrella.service?.ref && provision.service.ref !== umbrella.service.ref) {
            yield { node: provision, property: 'service', messageId: 'otherService', data: { ...names, service: provision.service.ref.name, holder: umbrella.service.ref.name } };
        }
    }
});

/** The provision as the subject of a sentence, and the umbrella inside one. */
interface Names { subject: Message; umbrella: Message }

function* outsideValidity(provision: Provision, umbrella: Umbrella, names: Names): Iterable<WithinFinding> {
    const validity = umbrella.validity;
    if (!validity) {
        yield { node: provision, property: 'umbrella', messageId: 'noValidity', data: { umbrella: describe(umbrella), provision: mention(provision) } };
    } else if (provision.date && validity.from && validity.to && !isWithin(provision.date, validity.from, validity.to)) {
        const nearest = provision.date < validity.from ? validity.from : validity.to;
        yield { node: provision, property: 'date', messageId: 'outsideValidity', data: { ...names, date: provision.date, from: validity.from, to: validity.to }, fixes: validityFixes(provision, nearest) };
    }
}

/**
 * Two ways out, neither obvious, both for the author to choose: the date moved to the nearest
 * day of the validity (when the provision was in fact made then), or the `under` clause taken
 * out, so the provision is justified on its own and the rules ask for what it no longer inherits.
 */
function validityFixes(provision: Provision, nearest: string): Array<Fix<WithinFinding['messageId']>> {
    const fixes: Array<Fix<WithinFinding['messageId']>> = [];
    const move = replaceProperty(provision, 'date', nearest);
    if (move) {
        fixes.push({ messageId: 'moveDate', data: { date: nearest }, edits: [move], preferred: false, suggestion: true });
    }
    const leave = removeClause(provision, 'under', 'umbrella');
    if (leave) {
        fixes.push({ messageId: 'removeUnder', data: { umbrella: provision.umbrella?.$refText ?? '' }, edits: [leave], preferred: false, suggestion: true });
    }
    return fixes;
}

function* outsideRecipients(provision: Provision, umbrella: Umbrella, names: Names): Iterable<WithinFinding> {
    const allowed = new Set(umbrella.recipients.map(reference => reference.ref));
    for (const [index, reference] of provision.recipients.entries()) {
        if (reference.ref && !allowed.has(reference.ref)) {
            const remove = removeListItem(provision, 'recipients', index);
            yield { node: provision, property: 'recipients', index, messageId: 'otherRecipient', data: { ...names, recipient: reference.ref.name },
                fix: remove && { messageId: 'removeRecipient', data: { recipient: reference.$refText }, edits: [remove], suggestion: true } };
        }
    }
}

function* outsideScope(provision: Provision, umbrella: Umbrella, names: Names): Iterable<WithinFinding> {
    const data = provision.data;
    const scope = umbrella.scope;
    if (!data || !scope) {
        return;
    }
    if (!scope.allCategories) {
        const allowed = new Set(scope.categories.map(reference => reference.ref));
        if (data.allCategories) {
            yield { node: data, property: 'allCategories', messageId: 'allCategories', data: { ...names, categories: list(scope.categories.map(reference => reference.$refText), 'comma') } };
        }
        for (const [index, reference] of data.categories.entries()) {
            if (reference.ref && !allowed.has(reference.ref)) {
                const remove = removeListItem(data, 'categories', index);
                yield { node: data, property: 'categories', index, messageId: 'otherCategory', data: { ...names, category: reference.$refText },
                    fix: remove && { messageId: 'removeCategory', data: { category: reference.$refText }, edits: [remove], suggestion: true } };
            }
        }
    }
    for (const [index, form] of data.forms.entries()) {
        if (!scope.forms.includes(form)) {
            yield scope.forms.length > 0
                ? { node: data, property: 'forms', index, messageId: 'otherForm', data: { ...names, form, forms: list(scope.forms.map(code), 'or') } }
                : { node: data, property: 'forms', index, messageId: 'noForms', data: { ...names, form } };
        }
    }
    const limit = scope.subjects?.count;
    if (limit !== undefined && data.subjects && (data.subjects.all || (data.subjects.count ?? 0) > limit)) {
        yield data.subjects.all
            ? { node: data.subjects, messageId: 'allSubjects', data: { ...names, limit } }
            : { node: data.subjects, messageId: 'tooManySubjects', data: { ...names, count: data.subjects.count ?? 0, limit } };
    }
    const bounds = scope.period;
    if (bounds && data.period && (data.period.from < bounds.from || data.period.to > bounds.to)) {
        yield { node: data.period, messageId: 'otherPeriod', data: { ...names, from: data.period.from, to: data.period.to, scopeFrom: bounds.from, scopeTo: bounds.to } };
    }
}
