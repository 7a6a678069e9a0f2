// Every rule page's file and text, in every language: what `npm run docs` writes and what the
// docs test compares with the files in the repository.
import { join } from 'node:path';
import { locales } from '../i18n/messages.js';
import { rules } from '../rules/registry.js';
import { loadRuleExamples } from './rule-examples.js';
import { rulePageFile } from '../rules/rule-docs.js';
import { rulePage } from './rule-pages.js';

export const rulePagesFolder = 'docs/rules';

/** Page file (relative to the repository root, with `/`) → text, for every rule and language. */
export async function writtenRulePages(repositoryRoot: string): Promise<Map<string, string>> {
    const pages = new Map<string, string>();
    for (const locale of locales) {
        const examples = await loadRuleExamples(join(repositoryRoot), locale);
        for (const rule of rules) {
            pages.set(rulePageFile(rule.id, locale), rulePage(rule, locale, examples.get(rule.id) ?? {}));
        }
    }
    return pages;
}
