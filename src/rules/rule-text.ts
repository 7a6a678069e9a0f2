// A rule's own sentences, for the docs, `provisio rules` and the editor: what it checks, why,
// where it comes from, what its quick fix does, and what each option means.
import type { Translator } from '../i18n/translator.js';
import type { Rule } from './rule.js';

export type RuleTextKey = 'description' | 'rationale' | 'source' | 'fix' | `option.${string}`;

export function ruleText(rule: Rule, key: RuleTextKey, translator: Translator): string | undefined {
    return key in rule.messages.texts.en ? translator.format(rule.messages.message(key)) : undefined;
}
