// CSV: every table of the report in one file (RFC 4180, CRLF). Each table starts with a
// line naming its section and caption, then its header; a blank line separates tables. The
// marking is the first and the last line. A cell that a spreadsheet would read as a formula
// is neutralised with a leading apostrophe.
import type { Table } from '../report.js';
import type { SummaryRenderer } from './renderer.js';
import { appendAll } from '../../support/arrays.js';

export const csvRenderer: SummaryRenderer = {
    format: 'csv',
    render: ({ report }) => {
        const lines: string[][] = [[report.markingLine], []];
        for (const section of report.sections) {
            let context = '';
            for (const block of section.blocks) {
                if (block.kind === 'heading') {
                    context = block.text;
                }
                if (block.kind === 'table') {
                    appendAll(lines, tableLines(section.heading, context, block));
                    lines.push([]);
                }
            }
        }
        lines.push([report.markingLine]);
        return lines.map(line => line.map(csvCell).join(',')).join('\r\n') + '\r\n';
    }
};

function tableLines(section: string, context: string, table: Table): string[][] {
    const title = [section, ...[context, table.caption].filter(Boolean)];
    const header = table.sourced ? [...table.columns, table.sourceLabel] : table.columns;
    const rows = table.rows.map(row => {
        const cells = row.cells.map(cell => cell.text);
        return table.sourced ? [...cells, row.source ? `${row.source.file}:${row.source.line}` : ''] : cells;
    });
    return header.every(column => column === '') ? [title, ...rows] : [title, header, ...rows];
}

const formulaStart = /^[=+\-@\t\r]/;

/** One cell: formulas neutralised (OWASP's advice), quoted when it holds a comma, quote or line break. */
export function csvCell(text: string): string {
    const safe = formulaStart.test(text) ? `'${text}` : text;
    return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

