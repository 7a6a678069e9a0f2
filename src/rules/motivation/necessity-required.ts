import type { Provision, Umbrella } from '../../language/generated/ast.js';
import { describe, isProvision } from '../../model/provisions.js';
import { wordCount } from '../../model/text.js';
import { defineRule } from '../rule.js';

export const necessityRequired = defineRule({
    id: 'motivation/necessity-required',
    domainRule: 1,
    defaultSeverity: 'error',
    description: 'Every provision, background check and umbrella states a necessity motivation.',
    rationale: 'A provision is lawful only when it is necessary for the service\'s task. Without a written motivation a reviewer cannot see why this data must go to this recipient.',
    source: 'Policy response of 12 October 2021; CTIVD report 73',
    dutchTerm: 'noodzaak, motivering',
    options: {},
    appliesTo: ['Provision', 'Umbrella'],
    *check(justification: Provision | Umbrella) {
        // Words, not just characters: a placeholder such as `"…"` or `"-"` is no motivation, and
        // motivation/substantive leaves texts without words to this rule.
        if (justification.necessity && wordCount(justification.necessity.text) > 0) {
            return;
        }
        yield {
            node: justification.necessity ?? justification,
            property: justification.necessity ? undefined : 'name',
            message: `${describe(justification)} has no necessity motivation. Add \`necessity """…"""\` saying ${isProvision(justification) ? 'why this provision is needed for the service\'s task and why this recipient' : 'why this series of provisions is needed for the service\'s task and why these recipients'}.`
        };
    }
});
