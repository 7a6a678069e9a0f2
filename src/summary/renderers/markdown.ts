// Markdown: headings, pipe tables and links to the source lines. The marking opens and
// closes the document.
import type { Block, Cell, Chart, Row, Table } from '../report.js';
import { sourceHref, type SummaryRenderer } from './renderer.js';
import { appendAll } from '../../support/arrays.js';

export const markdownRenderer: SummaryRenderer = {
    format: 'md',
    render: ({ report }) => {
        const lines = [`**${escape(report.markingLine)}**`, '', `# ${escape(report.title)}`, ''];
        for (const section of report.sections) {
            lines.push(`## ${escape(section.heading)}`, '');
            for (const block of section.blocks) {
                const rendered = renderBlock(block);
                if (rendered.length > 0) {
                    appendAll(lines, rendered);
                    lines.push('');
                }
            }
        }
        lines.push('---', '', escape(report.footer), '', `**${escape(report.markingLine)}**`, '');
        return lines.join('\n');
    }
};

function renderBlock(block: Block): string[] {
    switch (block.kind) {
        case 'heading':
            return [`### ${escape(block.text)}${block.source ? ` (${link(block.source.file, block.source.line)})` : ''}`];
        case 'paragraph':
            return [block.missing ? `**${escape(block.text)}**` : escape(block.text)];
        case 'table':
            return renderTable(block);
        case 'chart':
            return renderChart(block);
    }
}

function renderTable(table: Table): string[] {
    const columns = table.sourced ? [...table.columns, table.sourceLabel] : table.columns;
    const align = columns.map((_, index) => table.numeric[index] ? '---:' : '---');
    const header = columns.every(column => column === '') ? columns.map(() => ' ') : columns.map(escape);
    const caption = table.caption === '' ? [] : [`*${escape(table.caption)}*`, ''];
    return [
        ...caption,
        `| ${header.join(' | ')} |`,
        `| ${align.join(' | ')} |`,
        ...table.rows.map(row => `| ${cells(row, table.sourced).join(' | ')} |`)
    ];
}

function cells(row: Row, sourced: boolean): string[] {
    const rendered = row.cells.map(renderCell);
    if (sourced) {
        rendered.push(row.source ? link(row.source.file, row.source.line) : '');
    }
    return rendered;
}

function renderCell(cell: Cell): string {
    return cell.missing ? `**${escape(cell.text)}**` : escape(cell.text);
}

/** A chart in Markdown is its table; the HTML and DOCX formats draw it. */
function renderChart(_chart: Chart): string[] {
    return [];
}

function link(file: string, line: number): string {
    return `[${escape(`${file}:${line}`)}](${sourceHref(file, line).replace(/[()]/g, character => encodeURIComponent(character))})`;
}

/** Author text is literal: no Markdown or HTML in it takes effect. */
export function escape(text: string): string {
    return text
        .replace(/[\\`*_[\]<>|&~]/g, character => `\\${character}`)
        .replace(/\s+/g, ' ');
}
