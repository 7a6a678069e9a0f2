// `provisio rules`: the registry, as a table or as JSON.
import { rules } from '../rules/registry.js';
import type { Rule } from '../rules/rule.js';

export function formatRules(format: 'text' | 'json'): string {
    return format === 'json' ? JSON.stringify(rules.map(describeRule), null, 2) + '\n' : rulesTable();
}

export function describeRule(rule: Rule) {
    return {
        id: rule.id,
        defaultSeverity: rule.defaultSeverity,
        description: rule.description,
        rationale: rule.rationale,
        source: rule.source,
        dutchTerm: rule.dutchTerm,
        domainRule: rule.domainRule,
        options: Object.fromEntries(Object.entries(rule.options).map(([name, spec]) => [name, { ...spec }])),
        fix: rule.fix ?? null
    };
}

function rulesTable(): string {
    const idWidth = Math.max(...rules.map(rule => rule.id.length));
    const lines = rules.map(rule => `${rule.id.padEnd(idWidth)}  ${rule.defaultSeverity.padEnd(7)}  ${rule.description}`);
    return [`${'rule'.padEnd(idWidth)}  ${'default'.padEnd(7)}  checks`, ...lines].join('\n') + '\n';
}
