import type { Provision, Umbrella } from '../../language/generated/ast.js';
import { isWithin } from '../../model/dates.js';
import { describe, mention } from '../../model/provisions.js';
import { defineRule, type Finding } from '../rule.js';

export const withinUmbrella = defineRule({
    id: 'umbrella/within-umbrella',
    domainRule: 8,
    defaultSeverity: 'error',
    description: 'A provision made under an umbrella falls inside it: its date in the validity period, its recipients among the umbrella\'s, its categories, form, number of subjects and period inside the umbrella\'s scope.',
    rationale: 'An umbrella permission or authorisation note justifies only the provisions its period, recipients and scope describe. A provision outside those bounds has no justification at all.',
    source: 'Policy response of 12 October 2021 (umbrella permissions); CTIVD report 73 (preconditions)',
    dutchTerm: 'overkoepelende toestemming, autorisatienota',
    options: {},
    appliesTo: ['Provision'],
    *check(provision: Provision) {
        const umbrella = provision.umbrella?.ref;
        if (!umbrella) {
            return;
        }
        const owner = describe(provision);
        yield* outsideValidity(provision, umbrella, owner);
        yield* outsideRecipients(provision, umbrella, owner);
        yield* outsideScope(provision, umbrella, owner);
        if (provision.service?.ref && umbrella.service?.ref && provision.service.ref !== umbrella.service.ref) {
            yield { node: provision, property: 'service', message: `${owner} is made by ${provision.service.ref.name}, but umbrella ${umbrella.name} is held by ${umbrella.service.ref.name}.` };
        }
    }
});

function* outsideValidity(provision: Provision, umbrella: Umbrella, owner: string): Iterable<Finding> {
    const validity = umbrella.validity;
    if (!validity) {
        yield { node: provision, property: 'umbrella', message: `Umbrella ${umbrella.name} states no validity period, so ${mention(provision)} cannot be shown to fall inside it. Add \`valid <from> to <to>\` to the umbrella.` };
    } else if (provision.date && !isWithin(provision.date, validity.from, validity.to)) {
        yield { node: provision, property: 'date', message: `${owner} is dated ${provision.date}, outside the validity of umbrella ${umbrella.name} (${validity.from} to ${validity.to}). Make it as an incidental provision or under an umbrella in force.` };
    }
}

function* outsideRecipients(provision: Provision, umbrella: Umbrella, owner: string): Iterable<Finding> {
    const allowed = new Set(umbrella.recipients.map(reference => reference.ref));
    for (const [index, reference] of provision.recipients.entries()) {
        if (reference.ref && !allowed.has(reference.ref)) {
            yield { node: provision, property: 'recipients', index, message: `${owner} gives data to ${reference.ref.name}, which is not a recipient of umbrella ${umbrella.name}.` };
        }
    }
}

function* outsideScope(provision: Provision, umbrella: Umbrella, owner: string): Iterable<Finding> {
    const data = provision.data;
    const scope = umbrella.scope;
    if (!data || !scope) {
        return;
    }
    if (!scope.allCategories) {
        const allowed = new Set(scope.categories.map(reference => reference.ref));
        if (data.allCategories) {
            yield { node: data, property: 'allCategories', message: `${owner} gives all categories of data, but umbrella ${umbrella.name} allows only ${scope.categories.map(reference => reference.$refText).join(', ')}.` };
        }
        for (const [index, reference] of data.categories.entries()) {
            if (reference.ref && !allowed.has(reference.ref)) {
                yield { node: data, property: 'categories', index, message: `${owner} gives ${reference.$refText} data, which is outside the scope of umbrella ${umbrella.name}.` };
            }
        }
    }
    for (const [index, form] of data.forms.entries()) {
        if (!scope.forms.includes(form)) {
            yield { node: data, property: 'forms', index, message: `${owner} gives ${form} data, but umbrella ${umbrella.name} allows only ${scope.forms.join(', ') || 'no declared form'}.` };
        }
    }
    const limit = scope.subjects?.count;
    if (limit !== undefined && data.subjects && (data.subjects.all || (data.subjects.count ?? 0) > limit)) {
        yield { node: data.subjects, message: `${owner} concerns ${data.subjects.all ? 'all' : data.subjects.count} subjects, more than the ${limit} that umbrella ${umbrella.name} allows.` };
    }
    const bounds = scope.period;
    if (bounds && data.period && (data.period.from < bounds.from || data.period.to > bounds.to)) {
        yield { node: data.period, message: `${owner} covers data from ${data.period.from} to ${data.period.to}, outside the period of umbrella ${umbrella.name} (${bounds.from} to ${bounds.to}).` };
    }
}
