// Documentation generated from the rule registry and the language diagnostics, so the
// README and docs/rules.md cannot drift from what the checker does. A test compares them.
import { builtinVocabulary } from '../language/builtin-vocabulary.js';
import { languageDiagnostics } from '../language/language-diagnostics.js';
import { posix } from 'node:path';
import { rules } from '../rules/registry.js';
import { rulePageFile, rulePagePath } from '../rules/rule-docs.js';
import type { OptionSpec } from '../rules/rule.js';
import { ruleText } from '../rules/rule-text.js';
import { Translator } from '../i18n/translator.js';
import type { Locale, MessageData } from '../i18n/messages.js';
import { messages } from './docs.messages.js';
import { messages as languageMessages } from '../language/language.messages.js';
import type { KeyOf } from '../i18n/messages.js';
import { suppressionDiagnostics } from '../suppressions/suppressions.js';
import { messages as suppressionMessages } from '../suppressions/suppressions.messages.js';

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

function ruleTable(): string {
    const rows = rules.map(rule => `| [\`${rule.id}\`](${rulePagePath(rule.id)}) | ${rule.defaultSeverity} | ${ruleText(rule, 'description', english)}${ruleText(rule, 'fix', english) ? ' *(quick fix)*' : ''} | ${rule.domainRule} |`);
    return ['| rule | default | what it checks | reviewer\'s rule |', '|---|---|---|---|', ...rows].join('\n');
}

function languageDiagnosticsTable(): string {
    const rows = [
        ...Object.entries(languageDiagnostics).map(([key, diagnostic]) =>
            `| \`${diagnostic.code}\` | ${english.format(languageMessages.message(`code.${key}` as KeyOf<typeof languageMessages>))} |`),
        ...Object.entries(suppressionDiagnostics).map(([key, diagnostic]) =>
            `| \`${diagnostic.code}\` | ${english.format(suppressionMessages.message(`code.${key}` as KeyOf<typeof suppressionMessages>))} |`)
    ];
    return ['| code | what it reports |', '|---|---|', ...rows].join('\n');
}

function vocabularyTable(): string {
    const rows = [...builtinVocabulary.matchAll(/^category (\S+) "([^"]*)"$/gm)].map(([, name, title]) => `| \`${name}\` | ${title} |`);
    return ['| category | covers |', '|---|---|', ...rows].join('\n');
}

function optionsTable(): string {
    const rows = rules.flatMap(rule => Object.entries(rule.options).map(([name, spec]) =>
        `| \`${rule.id}\` | \`${name}\` | ${optionType(spec, english)} | \`${JSON.stringify(spec.default)}\` | ${ruleText(rule, `option.${name}`, english)} |`));
    return ['| rule | option | type | default | meaning |', '|---|---|---|---|---|', ...rows].join('\n');
}

export function optionType(spec: OptionSpec, translator: Translator): string {
    switch (spec.type) {
        case 'integer': return translator.format(messages.message('type.integer', { minimum: spec.minimum }));
        case 'boolean': return translator.format(messages.message('type.boolean'));
        case 'date': return translator.format(messages.message('type.date'));
        case 'choice': return spec.values.join(' \\| ');
        case 'list': return translator.format(messages.message('type.list'));
    }
}

/** The file the rule reference is written to in each language. */
export const ruleReferenceFiles: Record<Locale, string> = { en: 'docs/rules.md', nl: 'docs/rules.nl.md' };

/** docs/rules.md and docs/rules.nl.md: every rule with its rationale, source, Dutch term, options and fix. */
export function ruleReference(locale: Locale = 'en'): string {
    const translator = new Translator(locale);
    const say = (key: Parameters<typeof messages.message>[0], data?: MessageData) => translator.format(messages.message(key, data));
    const sections = rules.map(rule => {
        const options = Object.entries(rule.options);
        return [
            `## ${rule.id}`,
            '',
            ruleText(rule, 'description', translator),
            '',
            `- ${say('defaultSeverity', { severity: say(`severity.${rule.defaultSeverity}`) })}`,
            `- ${say('dutchTerm', { term: rule.dutchTerm })}`,
            `- ${say('source', { source: ruleText(rule, 'source', translator) ?? '', number: rule.domainRule })}`,
            `- ${say('fix', { fix: ruleText(rule, 'fix', translator) ?? say('noFix') })}`,
            `- ${say('page', { id: rule.id, link: posix.relative('docs', rulePageFile(rule.id, locale)) })}`,
            '',
            say('why', { rationale: ruleText(rule, 'rationale', translator) ?? '' }),
            '',
            options.length === 0
                ? say('noOptions')
                : [say('optionHeader'), '|---|---|---|---|',
                    ...options.map(([name, spec]) => `| \`${name}\` | ${optionType(spec, translator)} | \`${JSON.stringify(spec.default)}\` | ${ruleText(rule, `option.${name}`, translator)} |`)].join('\n'),
            ''
        ].join('\n');
    });
    return [
        `# ${say('title')}`,
        '',
        `<!-- ${say('generated')} -->`,
        '',
        say('intro'),
        '',
        say('otherLanguage'),
        '',
        ...sections
    ].join('\n');
}
