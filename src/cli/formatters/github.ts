// GitHub Actions workflow commands: one annotation per finding, shown on the changed lines of a
// pull request, and a Markdown report appended to the job's step summary when GitHub names it.
import type { Severity } from '../../rules/rule.js';
import { markdownReport } from './markdown.js';
import { relativePath, type Formatter } from './formatter.js';

const command: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

export const github: Formatter = {
    name: 'github',
    format(input) {
        const lines: string[] = [];
        for (const result of input.results) {
            const file = relativePath(result.filePath, input);
            for (const message of result.messages) {
                const properties = [
                    `file=${escapeProperty(file)}`,
                    `line=${message.line}`,
                    `col=${message.column}`,
                    `endLine=${message.endLine}`,
                    `endColumn=${message.endColumn}`,
                    ...(message.ruleId === null ? [] : [`title=${escapeProperty(message.ruleId)}`])
                ];
                lines.push(`::${command[message.severityName]} ${properties.join(',')}::${escapeData(message.message)}`);
            }
        }
        return lines.map(line => line + '\n').join('');
    },
    appendices(input) {
        const path = input.environment.GITHUB_STEP_SUMMARY;
        return path ? [{ path, text: markdownReport(input, 2) }] : [];
    }
};

/** A workflow command's message: `%`, CR and LF escaped, as the Actions toolkit does. */
export function escapeData(text: string): string {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A workflow command's property value: also `:` and `,`, which would end it. */
export function escapeProperty(text: string): string {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
