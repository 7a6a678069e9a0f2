// DOCX through the `docx` library: real headings (Word's Heading 1–3 styles, so the
// navigation pane and a table of contents work), real tables with a repeating header row,
// and the marking in the header and footer of every page. A4 portrait.
import {
    AlignmentType, BorderStyle, Document, Footer, Header, HeadingLevel, Packer, PageNumber, Paragraph, ShadingType,
    Table as DocxTable, TableCell, TableRow, TextRun, WidthType
} from 'docx';
import type { Block, Cell, Report, Table } from '../report.js';
import type { SummaryRenderer } from './renderer.js';
import { appendAll } from '../../support/arrays.js';

export const docxRenderer: SummaryRenderer = {
    format: 'docx',
    render: async ({ report }) => new Uint8Array(await Packer.toBuffer(buildDocument(report)))
};

const band = '154273';
const risk = 'A0361A';
const missing = 'B00020';
const font = 'Arial';

function buildDocument(report: Report): Document {
    const children: Array<Paragraph | DocxTable> = [
        new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ text: report.title, color: band, font })] }),
        new Paragraph({ children: [new TextRun({ text: report.footer, italics: true, color: '5A5A5A', size: 18, font })], spacing: { after: 240 } })
    ];
    report.sections.forEach((section, index) => {
        children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun({ text: `${index + 1}. ${section.heading}`, color: band, font })], spacing: { before: 360, after: 120 } }));
        for (const block of section.blocks) {
            appendAll(children, renderBlock(block));
        }
    });
    const marking = () => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: report.markingLine, bold: true, color: missing, font, size: 18 })] });
    return new Document({
        creator: 'Provisio',
        title: report.title,
        description: report.markingLine,
        styles: { default: { document: { run: { font, size: 19 } } } },
        sections: [{
            properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1300, bottom: 1300, left: 1000, right: 1000, header: 500, footer: 500 } } },
            headers: { default: new Header({ children: [marking()] }) },
            footers: {
                default: new Footer({
                    children: [
                        new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES], size: 16, color: '5A5A5A', font })] }),
                        marking()
                    ]
                })
            },
            children
        }]
    });
}

function renderBlock(block: Block): Array<Paragraph | DocxTable> {
    switch (block.kind) {
        case 'heading':
            return [new Paragraph({
                heading: HeadingLevel.HEADING_3,
                children: [
                    new TextRun({ text: block.text, font }),
                    ...(block.source ? [new TextRun({ text: `  ${block.source.file}:${block.source.line}`, size: 15, color: '5A5A5A', font: 'Courier New' })] : [])
                ],
                spacing: { before: 240, after: 80 }
            })];
        case 'paragraph':
            return [new Paragraph({ children: [new TextRun({ text: block.text, bold: block.missing, color: block.missing ? missing : undefined, font })], spacing: { after: 120 } })];
        case 'table':
            return [
                ...(block.caption === '' ? [] : [new Paragraph({ children: [new TextRun({ text: block.caption.toUpperCase(), bold: true, size: 15, color: '5A5A5A', font })], spacing: { before: 120, after: 40 } })]),
                renderTable(block),
                new Paragraph({ children: [], spacing: { after: 120 } })
            ];
        case 'chart':
            return []; // The numbers of every chart are in the table beside it.
    }
}

const thin = { style: BorderStyle.SINGLE, size: 4, color: 'C9D3DF' };

function renderTable(table: Table): DocxTable {
    const keyValue = table.columns.every(column => column === '');
    // The source goes under the first cell of its row: a column of its own would not fit on A4.
    const columns = table.columns;
    const rows: TableRow[] = [];
    if (!keyValue) {
        rows.push(new TableRow({
            tableHeader: true,
            cantSplit: true,
            children: columns.map((column, index) => new TableCell({
                shading: { type: ShadingType.CLEAR, color: 'auto', fill: band },
                children: [new Paragraph({ alignment: table.numeric[index] ? AlignmentType.RIGHT : AlignmentType.LEFT, children: [new TextRun({ text: column, bold: true, color: 'FFFFFF', size: 17, font })] })]
            }))
        }));
    }
    for (const row of table.rows) {
        const source = row.source ? `${row.source.file}:${row.source.line}` : undefined;
        const cells = row.cells.map((cell, index) => dataCell(cell, table.numeric[index] === true, keyValue && index === 0, index === 0 ? source : undefined));
        rows.push(new TableRow({ cantSplit: true, children: cells }));
    }
    return new DocxTable({
        width: { size: 100, type: WidthType.PERCENTAGE },
        borders: { top: thin, bottom: thin, left: thin, right: thin, insideHorizontal: thin, insideVertical: thin },
        rows
    });
}

function dataCell(cell: Cell, numeric: boolean, label: boolean, source: string | undefined): TableCell {
    return new TableCell({
        shading: label ? { type: ShadingType.CLEAR, color: 'auto', fill: 'E8EEF5' } : undefined,
        children: [
            new Paragraph({
                alignment: numeric ? AlignmentType.RIGHT : AlignmentType.LEFT,
                children: [new TextRun({
                    text: cell.text,
                    bold: cell.missing || cell.risk || label,
                    color: cell.missing ? missing : cell.risk ? risk : label ? band : undefined,
                    size: 17,
                    font
                })]
            }),
            ...(source ? [new Paragraph({ children: [new TextRun({ text: source, size: 13, color: '5A5A5A', font: 'Courier New' })] })] : [])
        ]
    });
}
