// A rule's own sentences, for the docs, `provisio rules` and the editor: what it checks, why,
// what its quick fix does, and what each option means.
import type { Translator } from '../i18n/translator.js';
import type { Rule } from './rule.js';

export type RuleTextKey = 'description' | 'rationale' | 'fix' | `option.${string}`;

export function ruleText(rule: Rule, key: RuleTextKey, translator: Translator): string | undefined {
    if (!rule.messages) {
        // TRANSITION: rules not yet moved to message catalogues keep their English texts on the definition.
        const legacy = rule as unknown as Record<string, string | undefined> & { options: Record<string, { description?: string }> };
        return key.startsWith('option.') ? legacy.options[key.slice('option.'.length)]?.description : legacy[key];
    }
    return key in rule.messages.texts.en ? translator.format(rule.messages.message(key)) : undefined;
}
