import type { Necessity } from '../../language/generated/ast.js';
import type { KeyOf } from '../../i18n/messages.js';
import { list } from '../../i18n/messages.js';
import { mention, type Justification } from '../../model/provisions.js';
import type { NearCopy } from '../near-copy-index.js';
import { defineRule, type Finding } from '../rule.js';
import { messages } from './near-copy.messages.js';

/** How many near-copies a finding names; the rest are counted (as motivation/substantive does for exact copies). */
const shownCopies = 3;

export const nearCopy = defineRule({
    id: 'motivation/near-copy',
    domainRule: 2,
    defaultSeverity: 'warning',
    dutchTerm: 'overgenomen motivering',
    options: {
        measure: { type: 'choice', values: ['jaccard', 'containment'], default: 'jaccard' },
        thresholdPercent: { type: 'integer', default: 40, minimum: 1 }
    },
    messages,
    appliesTo: ['Necessity'],
    *check(necessity: Necessity, { options, workspace }): Iterable<Finding<KeyOf<typeof messages>>> {
        const similarity = (copy: NearCopy) => Math.floor(100 * (options.measure === 'containment' ? copy.containment : copy.jaccard));
        const copies = workspace.similarMotivations(necessity)
            .filter(copy => similarity(copy) >= Math.min(options.thresholdPercent, 100))
            .sort((a, b) => similarity(b) - similarity(a));
        if (copies.length === 0) {
            return;
        }
        const shown = copies.slice(0, shownCopies);
        const others = shown.map(copy => mention(copy.necessity.$container as Justification));
        const more = copies.length - shown.length;
        yield {
            node: necessity,
            messageId: 'nearCopy',
            data: {
                owner: mention(necessity.$container as Justification),
                others: list(others, more > 0 ? 'comma' : 'and'),
                more,
                similarity: similarity(copies[0]),
                measure: options.measure
            },
            related: shown.map((copy, index) => ({ node: copy.necessity, messageId: 'nearlySameIn', data: { other: others[index], similarity: similarity(copy) } }))
        };
    }
});
