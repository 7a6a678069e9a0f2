// JUnit XML as Jenkins and GitLab read it: one testsuite per file, one failing testcase per
// finding, and one passing testcase for a file without findings, so clean files count too.
import type { LintMessage } from '../lint-results.js';
import { formatMessages } from './formats.messages.js';
import { relativePath, type Formatter, type FormatterInput } from './formatter.js';

export const junit: Formatter = {
    name: 'junit',
    format(input) {
        const suites = input.results.map(result => {
            const path = relativePath(result.filePath, input);
            const cases = result.messages.length === 0
                ? [`    <testcase classname="${xml(path)}" name="${xml(input.translator.format(formatMessages.message('junit.clean')))}" time="0"/>`]
                : result.messages.map(message => testcase(path, message, input));
            return [
                `  <testsuite name="${xml(path)}" tests="${cases.length}" failures="${result.messages.length}" errors="0" skipped="0" time="0">`,
                ...cases,
                '  </testsuite>'
            ].join('\n');
        });
        const failures = input.results.reduce((sum, result) => sum + result.messages.length, 0);
        const tests = input.results.reduce((sum, result) => sum + Math.max(1, result.messages.length), 0);
        return [
            '<?xml version="1.0" encoding="UTF-8"?>',
            `<testsuites name="provisio" tests="${tests}" failures="${failures}" errors="0" time="0">`,
            ...suites,
            '</testsuites>',
            ''
        ].join('\n');
    }
};

function testcase(path: string, message: LintMessage, input: FormatterInput): string {
    const severity = input.translator.format(formatMessages.message(`severity.${message.severityName}`));
    const where = `${path}:${message.line}:${message.column}`;
    return [
        `    <testcase classname="${xml(path)}" name="${xml(`${message.ruleId ?? ''} ${where}`.trim())}" time="0">`,
        `      <failure type="${xml(message.severityName)}" message="${xml(message.message)}">${xml(`${where}  ${severity}  ${message.message}  ${message.ruleId ?? ''}`.trimEnd())}</failure>`,
        '    </testcase>'
    ].join('\n');
}

/** Text as XML character data or an attribute value; characters XML 1.0 cannot hold at all become U+FFFD. */
export function xml(text: string): string {
    return text
        .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '\ufffd')
        .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
        .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
        .replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}
