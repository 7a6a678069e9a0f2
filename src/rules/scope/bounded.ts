import type { DataScope, Provision, Umbrella } from '../../language/generated/ast.js';
import { spansMoreThanMonths } from '../../model/dates.js';
import { wordCount } from '../../model/text.js';
import { dataScope, describe, isProvision } from '../../model/provisions.js';
import { defineRule, type Finding, type OptionSpecs, type OptionValues } from '../rule.js';

const optionSpecs = {
    maxCategories: { type: 'integer', default: 5, minimum: 1, description: 'The most data categories one provision or umbrella may name.' },
    maxPeriodMonths: { type: 'integer', default: 24, minimum: 1, description: 'The longest period, in months, the data of a provision may cover.' },
    maxBackgroundCheckPeriodMonths: { type: 'integer', default: 120, minimum: 1, description: 'The longest period, in months, a background check may cover; a screening looks back over years of residence abroad.' }
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
        const scope = dataScope(justification);
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
            const maxMonths = justification.kind === 'background-check' ? context.options.maxBackgroundCheckPeriodMonths : context.options.maxPeriodMonths;
            yield* checkPeriod(scope, owner, maxMonths);
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
    } else if (wordCount(subjects.description ?? '') === 0) {
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

function* checkPeriod(scope: DataScope, owner: string, maxMonths: number): Iterable<Finding> {
    const period = scope.period;
    if (!period) {
        yield { node: scope, message: `${owner} does not say which period the data covers. Add \`period <from> to <to>\`.` };
    } else if (period.from && period.to && spansMoreThanMonths(period.from, period.to, maxMonths)) {
        yield { node: period, message: `${owner} covers data from ${period.from} to ${period.to}, longer than ${maxMonths} months. Narrow the period to what the motivation needs.` };
    }
}

function* checkBulk(scope: DataScope, owner: string): Iterable<Finding> {
    const bulkIndex = scope.forms.indexOf('bulk');
    if (bulkIndex >= 0 && wordCount(scope.bulkJustification ?? '') === 0) {
        yield { node: scope, property: 'forms', index: bulkIndex, message: `${owner} gives bulk data without saying why. Add \`bulk-justification """…"""\` explaining why selected data will not do.` };
    }
}
