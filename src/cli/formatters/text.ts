// `file:line:col  severity  message  rule-id`, one finding a line, then the totals.
import { relative } from 'node:path';
import { styleText } from 'node:util';
import type { LintResult, Totals } from '../lint-results.js';
import type { Translator } from '../../i18n/translator.js';
import { messages } from '../cli.messages.js';
import { visible } from '../visible-text.js';

const severityColor = { error: 'red', warning: 'yellow', info: 'cyan', hint: 'gray' } as const;

export function formatText(results: readonly LintResult[], totals: Totals, color: boolean, translator: Translator): string {
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
    lines.push(summary(totals, translator));
    return lines.join('\n') + '\n';
}

function summary(totals: Totals, translator: Translator): string {
    const problems = totals.errors + totals.warnings + totals.infos + totals.hints;
    return translator.format(problems === 0
        ? messages.message('totals.clean', { files: totals.files })
        : messages.message('totals.problems', { problems, errors: totals.errors, warnings: totals.warnings, infos: totals.infos, hints: totals.hints, files: totals.files }));
}
