// Outputs with more findings or rows than a JavaScript call takes arguments (about 125,000):
// spreading them into one call throws a RangeError, which ended a check with "unexpected failure".
import { describe, expect, test } from 'vitest';
import { stylish } from '../../src/cli/formatters/stylish.js';
import { totals, type LintMessage, type LintResult } from '../../src/cli/lint-results.js';
import { Translator } from '../../src/i18n/translator.js';
import { rules } from '../../src/rules/registry.js';
import { csvRenderer } from '../../src/summary/renderers/csv.js';
import { markdownRenderer } from '../../src/summary/renderers/markdown.js';
import type { Report } from '../../src/summary/report.js';
import type { SummaryModel } from '../../src/summary/model.js';

const many = 200_000;

function finding(line: number): LintMessage {
    return { ruleId: 'scope/bounded', messageId: 'unbounded', severity: 1, severityName: 'warning', message: 'Scope is not bounded.', line, column: 1, endLine: line, endColumn: 2 };
}

describe('more findings than a call takes arguments', () => {
    test('stylish lists every finding of a file with 200,000 of them', () => {
        const result: LintResult = {
            filePath: '/w/huge.provisio', messages: Array.from({ length: many }, (_, index) => finding(index + 1)), suppressedMessages: [],
            errorCount: 0, fatalErrorCount: 0, warningCount: many, fixableErrorCount: 0, fixableWarningCount: 0
        };
        const text = stylish.format({
            results: [result], totals: totals([result]), rules, translator: new Translator('en'), color: false, hyperlinks: false,
            cwd: '/w', environment: {}, fingerprint: () => ''
        }) as string;
        const lines = text.split('\n');
        expect(lines.filter(line => line.includes('scope/bounded'))).toHaveLength(many);
        // The widest location sets the column: `200000:1` is 8 wide.
        expect(lines[1]).toBe('  1:1       warning  Scope is not bounded.  scope/bounded');
    });

    test('the Markdown and CSV summaries write every row of a table with 200,000 rows', async () => {
        const report: Report = {
            lang: 'en', title: 'Summary', markingLine: 'Classification: none', marking: 'none', missingLabel: 'MISSING', footer: 'footer',
            sections: [{
                id: 'overview', heading: 'Overview', blocks: [{
                    kind: 'table', id: 'provisions', caption: '', columns: ['Provision'], numeric: [false], sourced: false, sourceLabel: 'Source',
                    rows: Array.from({ length: many }, (_, index) => ({ cells: [{ text: `P-${index}` }] }))
                }]
            }]
        };
        const input = { model: {} as SummaryModel, report };
        const markdown = String(await markdownRenderer.render(input));
        const csv = String(await csvRenderer.render(input));
        expect(markdown.split('\n').filter(line => line.startsWith('| P-'))).toHaveLength(many);
        expect(csv.split('\r\n').filter(line => line.includes('P-'))).toHaveLength(many);
    });
});
