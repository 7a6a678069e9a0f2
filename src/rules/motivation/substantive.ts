import type { Necessity } from '../../language/generated/ast.js';
import { list, type KeyOf } from '../../i18n/messages.js';
import { mention, type Justification } from '../../model/provisions.js';
import { wordCount } from '../../model/text.js';
import { defineRule, type Finding } from '../rule.js';
import { messages } from './substantive.messages.js';

export const substantiveMotivation = defineRule({
    id: 'motivation/substantive',
    domainRule: 2,
    defaultSeverity: 'warning',
    dutchTerm: 'motivering',
    options: {
        minWords: { type: 'integer', default: 25, minimum: 1 },
        detectReuse: { type: 'boolean', default: true }
    },
    messages,
    appliesTo: ['Necessity'],
    *check(necessity: Necessity, { options, workspace }): Iterable<Finding<KeyOf<typeof messages>>> {
        const owner = mention(necessity.$container as Justification);
        const words = wordCount(necessity.text);
        if (words === 0) {
            return;
        }
        if (words < options.minWords) {
            yield {
                node: necessity,
                messageId: 'short',
                data: { owner, words, minWords: options.minWords }
            };
        }
        const copies = options.detectReuse ? workspace.sameMotivation(necessity) : { total: 0, shown: [] };
        if (copies.total > 0) {
            const others = copies.shown.map(copy => mention(copy.$container as Justification));
            const more = copies.total - copies.shown.length;
            yield {
                node: necessity,
                messageId: 'reused',
                // "a and b", but "a, b, c and 4 more"
                data: { owner, others: list(others, more > 0 ? 'comma' : 'and'), more },
                related: copies.shown.map((copy, index) => ({ node: copy, messageId: 'sameIn', data: { other: others[index] } }))
            };
        }
    }
});
