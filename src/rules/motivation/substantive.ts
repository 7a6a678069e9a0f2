import type { Necessity } from '../../language/generated/ast.js';
import { mention, type Justification } from '../../model/provisions.js';
import { wordCount } from '../../model/text.js';
import { defineRule } from '../rule.js';

export const substantiveMotivation = defineRule({
    id: 'motivation/substantive',
    domainRule: 2,
    defaultSeverity: 'warning',
    description: 'A necessity motivation is long enough to argue the case, and is not the same text as another one.',
    rationale: 'CTIVD report 73 found that thin motivations were the main defect. A one-line or copied motivation does not show that this provision, to this recipient, was weighed on its own.',
    source: 'CTIVD report 73; inferred',
    dutchTerm: 'motivering',
    options: {
        minWords: { type: 'integer', default: 25, minimum: 1, description: 'The fewest words a motivation may have.' },
        detectReuse: { type: 'boolean', default: true, description: 'Whether to warn when two motivations in the workspace have the same words.' }
    },
    appliesTo: ['Necessity'],
    *check(necessity: Necessity, { options, workspace }) {
        const owner = mention(necessity.$container as Justification);
        const words = wordCount(necessity.text);
        if (words === 0) {
            return;
        }
        if (words < options.minWords) {
            yield {
                node: necessity,
                message: `The necessity motivation of ${owner} has ${words} word${words === 1 ? '' : 's'}; at least ${options.minWords} are expected. Explain why this data is needed for the task and why this recipient must have it.`
            };
        }
        const copies = options.detectReuse ? workspace.sameMotivation(necessity) : { total: 0, shown: [] };
        if (copies.total > 0) {
            const others = copies.shown.map(copy => mention(copy.$container as Justification));
            const more = copies.total - copies.shown.length;
            const named = more > 0 ? `${others.join(', ')} and ${more} more` : others.join(', ');
            yield {
                node: necessity,
                message: `The necessity motivation of ${owner} is the same text as that of ${named}. Motivate this provision on its own.`,
                related: copies.shown.map((copy, index) => ({ node: copy, message: `Same motivation in ${others[index]}` }))
            };
        }
    }
});
