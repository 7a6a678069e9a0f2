// `file:line:col  severity  message  rule-id`, one finding a line, then the totals.
import { relative } from 'node:path';
import { styleText } from 'node:util';
import type { LintResult, Totals } from '../lint-results.js';
import { visible } from '../visible-text.js';

const severityColor = { error: 'red', warning: 'yellow', info: 'cyan', hint: 'gray' } as const;

export function formatText(results: readonly LintResult[], totals: Totals, color: boolean): string {
    const paint = (style: Parameters<typeof styleText>[0], text: string) => color ? styleText(style, text) : text;
    const lines: string[] = [];
    for (const result of results) {
        const path = visible(relative(process.cwd(), result.filePath) || result.filePath);
        for (const message of result.messages) {
            const location = `${path}:${message.line}:${message.column}`;
            lines.push(`${location}  ${paint(severityColor[message.severityName], message.severityName)}  ${visible(message.message)}  ${paint('dim', visible(message.ruleId ?? ''))}`.trimEnd());
        }
    }
    if (lines.length > 0) {
        lines.push('');
    }
    lines.push(summary(totals));
    return lines.join('\n') + '\n';
}

function summary(totals: Totals): string {
    const problems = totals.errors + totals.warnings + totals.infos + totals.hints;
    const files = `${totals.files} file${totals.files === 1 ? '' : 's'} checked`;
    if (problems === 0) {
        return `No problems found (${files}).`;
    }
    const parts = [plural(totals.errors, 'error'), plural(totals.warnings, 'warning'), plural(totals.infos, 'info', 'infos')];
    if (totals.hints > 0) {
        parts.push(plural(totals.hints, 'hint'));
    }
    return `${plural(problems, 'problem')} (${parts.join(', ')}) in ${files}.`;
}

function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
    return `${count} ${count === 1 ? singular : pluralForm}`;
}
