// ESLint's `json-with-metadata`: the results, and `metadata.rulesMeta` describing every rule
// that appears in them, so a reader needs no other source to explain a finding.
import { ruleText } from '../../rules/rule-text.js';
import { findRule } from '../../rules/registry.js';
import { docsUrlOf, type Formatter, type FormatterInput } from './formatter.js';

interface RuleMeta {
    type: 'problem';
    docs: { description: string; url?: string };
    fixable?: 'code';
    defaultSeverity?: string;
}

export const jsonWithMetadata: Formatter = {
    name: 'json-with-metadata',
    format: input => JSON.stringify({ results: input.results, metadata: { rulesMeta: rulesMeta(input) } }) + '\n'
};

function rulesMeta(input: FormatterInput): Record<string, RuleMeta> {
    const ids = new Set(input.results.flatMap(result => [...result.messages, ...result.suppressedMessages].map(message => message.ruleId)));
    const meta: Record<string, RuleMeta> = {};
    for (const id of [...ids].filter((id): id is string => id !== null).sort()) {
        const rule = findRule(id);
        if (!rule) {
            continue;
        }
        meta[id] = {
            type: 'problem',
            docs: { description: ruleText(rule, 'description', input.translator) ?? id, url: docsUrlOf(id, input) },
            ...(rule.hasFix ? { fixable: 'code' as const } : {}),
            defaultSeverity: rule.defaultSeverity
        };
    }
    return meta;
}
