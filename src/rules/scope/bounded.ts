import type { DataScope, Provision, Umbrella } from '../../language/generated/ast.js';
import { spansMoreThanMonths } from '../../model/dates.js';
import { describe, isProvision } from '../../model/provisions.js';
import { defineRule, type Finding, type OptionSpecs, type OptionValues } from '../rule.js';

const optionSpecs = {
    maxCategories: { type: 'integer', default: 5, minimum: 1, description: 'The most data categories one provision or umbrella may name.' },
    maxPeriodMonths: { type: 'integer', default: 24, minimum: 1, description: 'The longest period, in months, the data may cover.' }
} satisfies OptionSpecs;

export const boundedScope = defineRule({
    id: 'scope/bounded',
    domainRule: 3,
    defaultSeverity: 'warning',
    description: 'The data scope says whose data (with a count), which categories, which period, and why bulk data is needed.',
    rationale: 'Scoping (afbakening) was one of the two main defects CTIVD report 73 found. A provision gives only the data the motivation needs: named subjects, a few categories, a bounded period.',
    source: 'Policy response of 12 October 2021; CTIVD report 73',
    dutchTerm: 'afbakening',
    options: optionSpecs,
    appliesTo: ['Provision', 'Umbrella'],
    *check(justification: Provision | Umbrella, context) {
        const scope = isProvision(justification) ? justification.data : justification.scope;
        const owner = describe(justification);
        if (!scope) {
            const block = isProvision(justification) ? 'data' : 'scope';
            yield {
                node: justification,
                property: 'name',
                message: `${owner} has no data scope. Add a \`${block} { … }\` block with the subjects, the categories${isProvision(justification) ? ', the period' : ''} and the form of the data.`
            };
            return;
        }
        yield* checkSubjects(scope, owner);
        yield* checkCategories(scope, owner, context.options);
        if (isProvision(justification)) {
            yield* checkPeriod(scope, owner, context.options);
        }
        yield* checkBulk(scope, owner);
    }
});

function* checkSubjects(scope: DataScope, owner: string): Iterable<Finding> {
    const subjects = scope.subjects;
    if (!subjects) {
        yield { node: scope, message: `${owner} does not say whose data it gives. Add \`subjects <count> "<which persons>"\`.` };
    } else if (subjects.all) {
        yield { node: subjects, message: `${owner} gives data on all subjects. Name which persons and how many: \`subjects <count> "<which persons>"\`.` };
    } else if (subjects.count === undefined) {
        yield { node: subjects, message: `${owner} does not say how many subjects it concerns. Add the number, e.g. \`subjects 3 "…"\`, or \`subjects at-most 40 "…"\` for an umbrella.` };
    } else if (!subjects.description?.trim()) {
        yield { node: subjects, property: 'count', message: `${owner} does not say which persons the data is about. Describe them after the count, e.g. \`subjects ${subjects.count} "persons under investigation in …"\`.` };
    }
}

function* checkCategories(scope: DataScope, owner: string, options: OptionValues<typeof optionSpecs>): Iterable<Finding> {
    if (scope.allCategories) {
        yield { node: scope, property: 'allCategories', message: `${owner} gives all categories of data. Name only the categories the motivation needs.` };
    } else if (scope.categories.length === 0) {
        yield { node: scope, message: `${owner} does not name the categories of data. Add \`categories …\` naming only what the motivation needs.` };
    } else if (scope.categories.length > options.maxCategories) {
        yield { node: scope, property: 'categories', index: options.maxCategories, message: `${owner} names ${scope.categories.length} categories of data; at most ${options.maxCategories} are expected. Keep only the categories the motivation needs.` };
    }
}

function* checkPeriod(scope: DataScope, owner: string, options: OptionValues<typeof optionSpecs>): Iterable<Finding> {
    const period = scope.period;
    if (!period) {
        yield { node: scope, message: `${owner} does not say which period the data covers. Add \`period <from> to <to>\`.` };
    } else if (period.from && period.to && spansMoreThanMonths(period.from, period.to, options.maxPeriodMonths)) {
        yield { node: period, message: `${owner} covers data from ${period.from} to ${period.to}, longer than ${options.maxPeriodMonths} months. Narrow the period to what the motivation needs.` };
    }
}

function* checkBulk(scope: DataScope, owner: string): Iterable<Finding> {
    const bulkIndex = scope.forms.indexOf('bulk');
    if (bulkIndex >= 0 && !scope.bulkJustification?.trim()) {
        yield { node: scope, property: 'forms', index: bulkIndex, message: `${owner} gives bulk data without saying why. Add \`bulk-justification """…"""\` explaining why selected data will not do.` };
    }
}
