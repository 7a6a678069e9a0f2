// `provisio rules`: the registry, as a table or as JSON.
import { rules } from '../rules/registry.js';
import type { Rule } from '../rules/rule.js';
import { ruleText } from '../rules/rule-text.js';
import { ruleDocsUrl } from '../rules/rule-docs.js';
import { Translator } from '../i18n/translator.js';
import { messages } from './cli.messages.js';

export function formatRules(format: 'text' | 'json', translator = new Translator()): string {
    return format === 'json' ? JSON.stringify(rules.map(rule => describeRule(rule, translator)), null, 2) + '\n' : rulesTable(translator);
}

export function describeRule(rule: Rule, translator: Translator) {
    return {
        id: rule.id,
        defaultSeverity: rule.defaultSeverity,
        description: ruleText(rule, 'description', translator),
        rationale: ruleText(rule, 'rationale', translator),
        source: ruleText(rule, 'source', translator),
        dutchTerm: rule.dutchTerm,
        domainRule: rule.domainRule,
        options: Object.fromEntries(Object.entries(rule.options).map(([name, spec]) => [name, { ...spec, description: ruleText(rule, `option.${name}`, translator) }])),
        fix: ruleText(rule, 'fix', translator) ?? null,
        docs: ruleDocsUrl(rule.id)
    };
}

function rulesTable(translator: Translator): string {
    const idWidth = Math.max(...rules.map(rule => rule.id.length));
    const say = (key: 'rules.rule' | 'rules.default' | 'rules.checks') => translator.format(messages.message(key));
    const severityWidth = Math.max(7, say('rules.default').length);
    const lines = rules.map(rule => `${rule.id.padEnd(idWidth)}  ${rule.defaultSeverity.padEnd(severityWidth)}  ${ruleText(rule, 'description', translator)}`);
    return [`${say('rules.rule').padEnd(idWidth)}  ${say('rules.default').padEnd(severityWidth)}  ${say('rules.checks')}`, ...lines].join('\n') + '\n';
}
