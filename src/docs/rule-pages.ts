// A page per rule, in English (docs/rules/<category>/<name>.md) and Dutch (….nl.md): what it
// checks, why, the Dutch term, its severity, options and quick fix, its place in the domain
// description, and a failing and a passing example as the checker sees them.
import { posix } from 'node:path';
import type { Locale, MessageData } from '../i18n/messages.js';
import { Translator } from '../i18n/translator.js';
import { rulePageFile } from '../rules/rule-docs.js';
import type { Rule } from '../rules/rule.js';
import { ruleText } from '../rules/rule-text.js';
import { messages as docsMessages } from './docs.messages.js';
import { optionType } from './reference.js';
import { exampleFile, type ExampleKind, type RuleExample } from './rule-examples.js';
import { messages } from './rule-pages.messages.js';

export function rulePage(rule: Rule, locale: Locale, examples: Partial<Record<ExampleKind, RuleExample>>): string {
    const translator = new Translator(locale);
    const say = (key: Parameters<typeof messages.message>[0], data?: MessageData) => translator.format(messages.message(key, data));
    const sayDocs = (key: Parameters<typeof docsMessages.message>[0], data?: MessageData) => translator.format(docsMessages.message(key, data));
    const page = rulePageFile(rule.id, locale);
    const otherLanguage = posix.basename(rulePageFile(rule.id, locale === 'en' ? 'nl' : 'en'));
    const options = Object.entries(rule.options);
    const source = ruleText(rule, 'source', translator);
    return [
        `# \`${rule.id}\``,
        '',
        `<!-- ${say('generated')} -->`,
        '',
        ruleText(rule, 'description', translator),
        '',
        `- ${sayDocs('defaultSeverity', { severity: sayDocs(`severity.${rule.defaultSeverity}`) })}`,
        `- ${sayDocs('dutchTerm', { term: rule.dutchTerm })}`,
        `- ${sayDocs('fix', { fix: ruleText(rule, 'fix', translator) ?? sayDocs('noFix') })}`,
        `- ${say('reviewerRule', { number: rule.domainRule })}`,
        '',
        say('otherLanguage', { file: otherLanguage }),
        '',
        `## ${say('why')}`,
        '',
        ruleText(rule, 'rationale', translator) ?? '',
        ...(source ? ['', say('source', { source })] : []),
        '',
        `## ${say('options')}`,
        '',
        ...(options.length === 0
            ? [sayDocs('noOptions')]
            : [sayDocs('optionHeader'), '|---|---|---|---|',
                ...options.map(([name, spec]) => `| \`${name}\` | ${optionType(spec, translator)} | \`${JSON.stringify(spec.default)}\` | ${ruleText(rule, `option.${name}`, translator)} |`)]),
        '',
        say('configure'),
        '',
        '```yaml',
        'rules:',
        ...(options.length === 0
            ? [`  ${rule.id}: ${rule.defaultSeverity}`]
            : [`  ${rule.id}:`, `    severity: ${rule.defaultSeverity}`, ...options.map(([name, spec]) => `    ${name}: ${JSON.stringify(spec.default)}`)]),
        '```',
        '',
        ...exampleSection('failing', rule, page, examples.failing, say, sayDocs),
        ...exampleSection('passing', rule, page, examples.passing, say, sayDocs)
    ].join('\n');
}

type Say = (key: Parameters<typeof messages.message>[0], data?: MessageData) => string;
type SayDocs = (key: Parameters<typeof docsMessages.message>[0], data?: MessageData) => string;

function exampleSection(kind: ExampleKind, rule: Rule, page: string, example: RuleExample | undefined, say: Say, sayDocs: SayDocs): string[] {
    const heading = [`## ${say(kind)}`, ''];
    if (!example) {
        return [...heading, say('missing', { file: exampleFile(rule.id, kind) }), ''];
    }
    // A failing example lists the rule's own findings; a passing one, every finding (there should be none).
    const findings = example.findings.filter(finding => kind === 'passing' || finding.ruleId === rule.id);
    return [
        ...heading,
        say('from', { file: example.file, link: posix.relative(posix.dirname(page), example.file) }),
        '',
        '```provisio',
        example.excerpt,
        '```',
        '',
        ...(findings.length === 0
            ? [say('clean')]
            : [say('reports'), '', ...findings.map(finding =>
                `- ${say('finding', { line: finding.line, severity: sayDocs(`severity.${finding.severity}`), message: finding.message })} (\`${finding.ruleId}\`)`)]),
        ''
    ];
}
