// A merge-request comment: the totals, then a table for each file with findings, each rule
// linked to its page. GitHub's step summary uses the same tables.
import type { LintMessage, LintResult } from '../lint-results.js';
import { formatMessages } from './formats.messages.js';
import { docsUrlOf, relativePath, type Formatter, type FormatterInput } from './formatter.js';
import { summary } from './stylish.js';

export const markdown: Formatter = {
    name: 'markdown',
    format: input => markdownReport(input, 2)
};

/** The report, its title at the given heading level and each file's one level below. */
export function markdownReport(input: FormatterInput, level: number): string {
    const say = (key: Parameters<typeof formatMessages.message>[0], data?: Parameters<typeof formatMessages.message>[1]) => input.translator.format(formatMessages.message(key, data));
    const parts = [`${'#'.repeat(level)} ${say('markdown.title')}`, inline(summary(input.totals, input.translator))];
    for (const result of input.results.filter(result => result.messages.length > 0)) {
        parts.push(`${'#'.repeat(level + 1)} ${code(relativePath(result.filePath, input))}`, findingsTable(result, input));
    }
    const suppressed = input.results.reduce((sum, result) => sum + result.suppressedMessages.length, 0);
    if (suppressed > 0) {
        parts.push(say('markdown.suppressed', { count: suppressed }));
    }
    return parts.join('\n\n') + '\n';
}

function findingsTable(result: LintResult, input: FormatterInput): string {
    const say = (key: Parameters<typeof formatMessages.message>[0]) => input.translator.format(formatMessages.message(key));
    const header = `| ${say('column.line')} | ${say('column.severity')} | ${say('column.rule')} | ${say('column.message')} |`;
    const rows = result.messages.map(message => `| ${message.line}:${message.column} | ${say(`severity.${message.severityName}`)} | ${rule(message, input)} | ${inline(message.message)} |`);
    return [header, '|---:|---|---|---|', ...rows].join('\n');
}

function rule(message: LintMessage, input: FormatterInput): string {
    if (message.ruleId === null) {
        return '';
    }
    const url = docsUrlOf(message.ruleId, input);
    return url === undefined ? code(message.ruleId) : `[${code(message.ruleId)}](${url.replace(/[()\s]/g, encodeURIComponent)})`;
}

/** Text as one table cell: Markdown and HTML outside code spans made literal, table pipes and line breaks escaped everywhere. */
export function inline(text: string): string {
    return text.split('`').map((part, index) => index % 2 === 1
        ? part.replace(/\|/g, '\\|')
        : part.replace(/[\\*_[\]<>|#~]/g, character => `\\${character}`)
    ).join('`').replace(/\r\n|\r|\n/g, ' ');
}

/** A name as a code span that holds any backticks it contains. */
export function code(text: string): string {
    const fence = '`'.repeat((text.match(/`+/g) ?? []).reduce((longest, run) => Math.max(longest, run.length + 1), 1));
    const padded = fence.length > 1 || text.startsWith('`') || text.endsWith('`') ? ` ${text} ` : text;
    return `${fence}${padded.replace(/\|/g, '\\|').replace(/\r\n|\r|\n/g, ' ')}${fence}`;
}
