// Documentation generated from the rule registry and the language diagnostics, so the
// README and docs/rules.md cannot drift from what the checker does. A test compares them.
import { builtinVocabulary } from '../language/builtin-vocabulary.js';
import { languageDiagnostics } from '../language/language-diagnostics.js';
import { rules } from '../rules/registry.js';
import type { OptionSpec, Rule } from '../rules/rule.js';
import { ruleText } from '../rules/rule-text.js';
import { Translator } from '../i18n/translator.js';

const english = new Translator('en');

export const generatedSections = {
    rules: ruleTable,
    vocabulary: vocabularyTable,
    'language-diagnostics': languageDiagnosticsTable,
    'rule-options': optionsTable
} as const;

/** Replaces the text between `<!-- NAME:start -->` and `<!-- NAME:end -->` for every generated section. */
export function fillGeneratedSections(markdown: string): string {
    let result = markdown;
    for (const [name, render] of Object.entries(generatedSections)) {
        const pattern = new RegExp(`(<!-- ${name}:start -->\\n)[\\s\\S]*?(<!-- ${name}:end -->)`);
        if (!pattern.test(result)) {
            continue;
        }
        result = result.replace(pattern, (_match, start: string, end: string) => `${start}${render()}\n${end}`);
    }
    return result;
}

function anchor(rule: Rule): string {
    return rule.id.replace('/', '');
}

function ruleTable(): string {
    const rows = rules.map(rule => `| [\`${rule.id}\`](docs/rules.md#${anchor(rule)}) | ${rule.defaultSeverity} | ${ruleText(rule, 'description', english)}${ruleText(rule, 'fix', english) ? ' *(quick fix)*' : ''} | ${rule.domainRule} |`);
    return ['| rule | default | what it checks | reviewer\'s rule |', '|---|---|---|---|', ...rows].join('\n');
}

function languageDiagnosticsTable(): string {
    const rows = Object.values(languageDiagnostics).map(diagnostic => `| \`${diagnostic.code}\` | ${diagnostic.description} |`);
    return ['| code | what it reports |', '|---|---|', ...rows].join('\n');
}

function vocabularyTable(): string {
    const rows = [...builtinVocabulary.matchAll(/^category (\S+) "([^"]*)"$/gm)].map(([, name, title]) => `| \`${name}\` | ${title} |`);
    return ['| category | covers |', '|---|---|', ...rows].join('\n');
}

function optionsTable(): string {
    const rows = rules.flatMap(rule => Object.entries(rule.options).map(([name, spec]) =>
        `| \`${rule.id}\` | \`${name}\` | ${optionType(spec)} | \`${JSON.stringify(spec.default)}\` | ${ruleText(rule, `option.${name}`, english)} |`));
    return ['| rule | option | type | default | meaning |', '|---|---|---|---|---|', ...rows].join('\n');
}

function optionType(spec: OptionSpec): string {
    switch (spec.type) {
        case 'integer': return `whole number ≥ ${spec.minimum}`;
        case 'boolean': return 'true or false';
        case 'date': return 'date (YYYY-MM-DD)';
        case 'choice': return spec.values.join(' \\| ');
        case 'list': return 'list of texts';
    }
}

/** docs/rules.md: every rule with its rationale, source, Dutch term, options and fix. */
export function ruleReference(): string {
    const sections = rules.map(rule => {
        const options = Object.entries(rule.options);
        return [
            `## ${rule.id}`,
            '',
            ruleText(rule, 'description', english),
            '',
            `- **Default severity:** ${rule.defaultSeverity}`,
            `- **Dutch term:** ${rule.dutchTerm}`,
            `- **Source:** ${rule.source} (reviewer's rule ${rule.domainRule} in the domain description)`,
            `- **Quick fix:** ${ruleText(rule, 'fix', english) ?? 'none'}`,
            '',
            `**Why.** ${ruleText(rule, 'rationale', english)}`,
            '',
            options.length === 0
                ? 'No options; only the severity can be configured.'
                : ['| option | type | default | meaning |', '|---|---|---|---|',
                    ...options.map(([name, spec]) => `| \`${name}\` | ${optionType(spec)} | \`${JSON.stringify(spec.default)}\` | ${ruleText(rule, `option.${name}`, english)} |`)].join('\n'),
            ''
        ].join('\n');
    });
    return [
        '# Rules',
        '',
        '<!-- Generated from src/rules by `npm run docs`; do not edit by hand. -->',
        '',
        'Each rule has a stable id, used as the diagnostic code in the editor, in the CLI output and in `provisio.config.yaml`.',
        'Severities and options are set in the configuration; see the README.',
        '',
        ...sections
    ].join('\n');
}
