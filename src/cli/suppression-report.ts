// `--report-suppressions`: the findings that suppression comments set aside, each with its
// audit record (reason, until, approved-by), for a reviewer. A section of its own, so that
// any text formatter can append it under its findings.
import { relative } from 'node:path';
import type { Translator } from '../i18n/translator.js';
import { flagMessages } from './check-flags.messages.js';
import type { LintResult } from './lint-results.js';
import { visible } from './visible-text.js';

export function formatSuppressionReport(results: readonly LintResult[], translator: Translator, cwd = process.cwd()): string {
    const say = (key: Parameters<typeof flagMessages.message>[0], data?: Parameters<typeof flagMessages.message>[1]) => translator.format(flagMessages.message(key, data));
    const suppressed = results.flatMap(result => result.suppressedMessages.map(message => ({ result, message })));
    if (suppressed.length === 0) {
        return say('section.noneSuppressed') + '\n';
    }
    const lines = [say('section.suppressed', { count: suppressed.length })];
    for (const { result, message } of suppressed) {
        const path = visible(relative(cwd, result.filePath) || result.filePath);
        lines.push(`${path}:${message.line}:${message.column}  ${message.severityName}  ${visible(message.message)}  ${visible(message.ruleId ?? '')}`.trimEnd());
        for (const suppression of message.suppressions) {
            const record = [say('suppressed.reason', { reason: visible(suppression.justification) })];
            if (suppression.until) {
                record.push(say('suppressed.until', { date: suppression.until }));
            }
            if (suppression.approvedBy) {
                record.push(say('suppressed.approvedBy', { name: visible(suppression.approvedBy) }));
            }
            record.push(say('suppressed.directive', { line: suppression.line }));
            lines.push(`    ${record.join('; ')}`);
        }
    }
    return lines.join('\n') + '\n';
}
