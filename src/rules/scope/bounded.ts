import type { DataScope, Provision, Umbrella } from '../../language/generated/ast.js';
import type { KeyOf, Message } from '../../i18n/messages.js';
import { spansMoreThanMonths } from '../../model/dates.js';
import { wordCount } from '../../model/text.js';
import { dataScope, describe, isProvision, umbrellaOf } from '../../model/provisions.js';
import { removeClause, replaceProperty } from '../support/edits.js';
import { defineRule, type Finding, type Fix, type OptionSpecs, type OptionValues } from '../rule.js';
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
    hasFix: true,
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
        yield* checkCategories(scope, subject, context.options, isProvision(justification) ? umbrellaOf(justification)?.scope : undefined);
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
        // `all` goes and the count is left to the author: the rule then asks for it.
        const edit = removeClause(subjects, 'all', 'all');
        yield { node: subjects, messageId: 'allSubjects', data: { subject }, fix: edit && { messageId: 'countSubjects', edits: [edit], preferred: true, suggestion: true } };
    } else if (subjects.count === undefined) {
        yield { node: subjects, messageId: 'uncountedSubjects', data: { subject } };
    } else if (wordCount(subjects.description ?? '') === 0) {
        yield { node: subjects, property: 'count', messageId: 'undescribedSubjects', data: { subject, count: subjects.count } };
    }
}

function* checkCategories(scope: DataScope, subject: Message, options: OptionValues<typeof optionSpecs>, umbrellaScope: DataScope | undefined): Findings {
    if (scope.allCategories) {
        yield { node: scope, property: 'allCategories', messageId: 'allCategories', data: { subject }, fixes: narrowCategories(scope, umbrellaScope) };
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

/**
 * `categories all` narrowed: to the umbrella's categories, when the provision is under an
 * umbrella that names them, or taken out, so that the rule asks for the categories instead.
 */
function narrowCategories(scope: DataScope, umbrellaScope: DataScope | undefined): Array<Fix<KeyOf<typeof messages>>> {
    const fixes: Array<Fix<KeyOf<typeof messages>>> = [];
    const names = umbrellaScope && !umbrellaScope.allCategories ? umbrellaScope.categories.map(reference => reference.$refText).filter(name => name.length > 0) : [];
    const toUmbrella = names.length > 0 ? replaceProperty(scope, 'allCategories', names.join(', ')) : undefined;
    if (toUmbrella) {
        fixes.push({ messageId: 'umbrellaCategories', data: { categories: names.join(', ') }, edits: [toUmbrella], preferred: true, suggestion: true });
    }
    const remove = removeClause(scope, 'categories', 'allCategories');
    if (remove) {
        fixes.push({ messageId: 'removeAllCategories', edits: [remove], preferred: !toUmbrella, suggestion: true });
    }
    return fixes;
}
