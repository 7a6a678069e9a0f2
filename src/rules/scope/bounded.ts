import type { DataScope, Provision, Umbrella } from '../../language/generated/ast.js';
import type { KeyOf, Message } from '../../i18n/messages.js';
import { spansMoreThanMonths } from '../../model/dates.js';
import { wordCount } from '../../model/text.js';
import { dataScope, describe, isProvision } from '../../model/provisions.js';
import { defineRule, type Finding, type OptionSpecs, type OptionValues } from '../rule.js';
import { messages } from './bounded.messages.js';

const optionSpecs = {
    maxCategories: { type: 'integer', default: 5, minimum: 1 },
    maxPeriodMonths: { type: 'integer', default: 24, minimum: 1 },
    maxBackgroundCheckPeriodMonths: { type: 'integer', default: 120, minimum: 1 }
} satisfies OptionSpecs;

type Findings = Iterable<Finding<KeyOf<typeof messages>>>;

export const boundedScope = defineRule({
    id: 'scope/bounded',
    domainRule: 3,
    defaultSeverity: 'warning',
    dutchTerm: 'afbakening',
    options: optionSpecs,
    messages,
    appliesTo: ['Provision', 'Umbrella'],
    *check(justification: Provision | Umbrella, context): Findings {
        const scope = dataScope(justification);
        const subject = describe(justification);
        if (!scope) {
            yield {
                node: justification,
                property: 'name',
                messageId: 'noScope',
                data: { subject, kind: isProvision(justification) ? 'provision' : 'umbrella' }
            };
            return;
        }
        yield* checkSubjects(scope, subject);
        yield* checkCategories(scope, subject, context.options);
        if (isProvision(justification)) {
            const maxMonths = justification.kind === 'background-check' ? context.options.maxBackgroundCheckPeriodMonths : context.options.maxPeriodMonths;
            yield* checkPeriod(scope, subject, maxMonths);
        }
        yield* checkBulk(scope, subject);
    }
});

function* checkSubjects(scope: DataScope, subject: Message): Findings {
    const subjects = scope.subjects;
    if (!subjects) {
        yield { node: scope, messageId: 'noSubjects', data: { subject } };
    } else if (subjects.all) {
        yield { node: subjects, messageId: 'allSubjects', data: { subject } };
    } else if (subjects.count === undefined) {
        yield { node: subjects, messageId: 'uncountedSubjects', data: { subject } };
    } else if (wordCount(subjects.description ?? '') === 0) {
        yield { node: subjects, property: 'count', messageId: 'undescribedSubjects', data: { subject, count: subjects.count } };
    }
}

function* checkCategories(scope: DataScope, subject: Message, options: OptionValues<typeof optionSpecs>): Findings {
    if (scope.allCategories) {
        yield { node: scope, property: 'allCategories', messageId: 'allCategories', data: { subject } };
    } else if (scope.categories.length === 0) {
        yield { node: scope, messageId: 'noCategories', data: { subject } };
    } else if (scope.categories.length > options.maxCategories) {
        yield { node: scope, property: 'categories', index: options.maxCategories, messageId: 'tooManyCategories', data: { subject, count: scope.categories.length, maximum: options.maxCategories } };
    }
}

function* checkPeriod(scope: DataScope, subject: Message, maxMonths: number): Findings {
    const period = scope.period;
    if (!period) {
        yield { node: scope, messageId: 'noPeriod', data: { subject } };
    } else if (period.from && period.to && spansMoreThanMonths(period.from, period.to, maxMonths)) {
        yield { node: period, messageId: 'longPeriod', data: { subject, from: period.from, to: period.to, maximum: maxMonths } };
    }
}

function* checkBulk(scope: DataScope, subject: Message): Findings {
    const bulkIndex = scope.forms.indexOf('bulk');
    if (bulkIndex >= 0 && wordCount(scope.bulkJustification ?? '') === 0) {
        yield { node: scope, property: 'forms', index: bulkIndex, messageId: 'unjustifiedBulk', data: { subject } };
    }
}
