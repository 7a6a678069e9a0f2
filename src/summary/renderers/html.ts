// HTML: one self-contained file. No external resource, a Content-Security-Policy that allows
// only its own stylesheet (by hash), charts as inline SVG, and A4 print styles that repeat
// the marking at the top and bottom of every printed page. All text is escaped.
import { createHash } from 'node:crypto';
import type { Block, Cell, Chart, Report, Row, Section, Table } from '../report.js';
import { sourceHref, type SummaryRenderer } from './renderer.js';

export const htmlRenderer: SummaryRenderer = {
    format: 'html',
    render: ({ report }) => renderHtml(report)
};

const stylesheet = `
:root { --ink: #1b1b1b; --muted: #5a5a5a; --rule: #c9d3df; --band: #154273; --band-soft: #e8eef5; --risk: #a0361a; --risk-soft: #fbeee8; --missing: #b00020; }
* { box-sizing: border-box; }
html { font-family: "Noto Sans", "Liberation Sans", Arial, sans-serif; color: var(--ink); font-size: 10.5pt; line-height: 1.45; background: #f4f6f8; }
body { margin: 0; }
.page { max-width: 210mm; margin: 0 auto; background: #fff; padding: 0 16mm 12mm; box-shadow: 0 0 0 1px var(--rule); }
.marking { text-align: center; font-weight: 700; letter-spacing: .08em; font-size: 9.5pt; padding: 2mm 0; border-bottom: 2px solid var(--missing); color: var(--missing); text-transform: uppercase; }
.marking.bottom { border-bottom: 0; border-top: 2px solid var(--missing); margin-top: 10mm; }
header.title { display: grid; grid-template-columns: 9mm 1fr; gap: 6mm; margin: 9mm 0 6mm; }
header.title .lint { background: var(--band); min-height: 30mm; }
header.title p.kicker { margin: 0 0 1mm; color: var(--band); font-weight: 700; font-size: 9pt; text-transform: uppercase; letter-spacing: .06em; }
h1 { font-size: 20pt; line-height: 1.2; margin: 0 0 3mm; color: var(--band); font-weight: 700; }
header.title p.meta { margin: 0; color: var(--muted); }
nav.contents { border-top: 1px solid var(--rule); border-bottom: 1px solid var(--rule); padding: 3mm 0; margin-bottom: 4mm; }
nav.contents ol { margin: 0; padding-left: 6mm; columns: 2; }
nav.contents a { color: var(--band); text-decoration: none; }
h2 { font-size: 14pt; color: var(--band); margin: 9mm 0 3mm; padding-bottom: 1mm; border-bottom: 2px solid var(--band); break-after: avoid; }
h3 { font-size: 11.5pt; margin: 6mm 0 2mm; break-after: avoid; }
h3 .source { font-weight: 400; }
p { margin: 0 0 3mm; }
span.date { white-space: nowrap; }
table { border-collapse: collapse; width: 100%; margin: 0 0 4mm; font-size: 9pt; }
caption { text-align: left; font-weight: 700; color: var(--muted); padding-bottom: 1mm; font-size: 8.5pt; text-transform: uppercase; letter-spacing: .04em; }
th { background: var(--band); color: #fff; text-align: left; font-weight: 600; padding: 1.6mm 1.8mm; vertical-align: bottom; font-size: 8.5pt; }
td { padding: 1.4mm 1.8mm; border-bottom: 1px solid var(--rule); vertical-align: top; overflow-wrap: break-word; hyphens: auto; }
tbody tr:nth-child(even) td { background: #f7f9fb; }
tr { break-inside: avoid; }
th.num, td.num { text-align: right; font-variant-numeric: tabular-nums; }
table.keyvalue td:first-child { width: 38%; font-weight: 600; color: var(--band); background: var(--band-soft); }
td.risk { color: var(--risk); font-weight: 600; }
span.missing, p.missing { color: var(--missing); font-weight: 700; }
span.missing { display: inline-block; border: 1px solid var(--missing); border-radius: 1mm; padding: 0 1.2mm; background: #fdecee; }
p.missing::before { content: "\\26A0\\FE0E  "; }
span.source { display: block; font-family: "Noto Sans Mono", "Liberation Mono", monospace; font-size: 7pt; font-weight: 400; color: var(--muted); word-break: break-all; margin-top: .6mm; }
a { color: var(--band); }
span.source a { color: var(--muted); }
figure { margin: 2mm 0 5mm; break-inside: avoid; }
figcaption { font-weight: 700; color: var(--muted); font-size: 8.5pt; text-transform: uppercase; letter-spacing: .04em; margin-bottom: 1mm; }
svg { max-width: 100%; height: auto; }
footer.generated { color: var(--muted); font-size: 8.5pt; border-top: 1px solid var(--rule); padding-top: 2mm; margin-top: 8mm; }
@media print {
  html { background: #fff; font-size: 9.5pt; }
  .page { max-width: none; padding: 0; box-shadow: none; }
  .marking { display: none; }
  nav.contents a { color: var(--ink); }
  a { text-decoration: none; }
  th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  td { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  header.title .lint { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  thead { display: table-header-group; }
}
`;

/** The printed page: A4, with the marking in the top and bottom margin of every page. */
function pageRules(report: Report): string {
    const marking = cssString(report.marking);
    const box = `font-family: "Noto Sans", "Liberation Sans", Arial, sans-serif; font-size: 8.5pt; font-weight: 700; letter-spacing: .08em; color: #b00020;`;
    return `@page { size: A4; margin: 18mm 14mm 18mm;
  @top-center { content: ${marking}; ${box} }
  @bottom-center { content: ${marking}; ${box} }
  @bottom-right { content: counter(page) " / " counter(pages); font-family: "Noto Sans", "Liberation Sans", Arial, sans-serif; font-size: 8pt; color: #5a5a5a; }
}
`;
}

/** A CSS string literal: everything but plain letters, digits, spaces and dots is escaped. */
function cssString(text: string): string {
    return `"${text.replace(/[^A-Za-z0-9 .]/g, character => `\\${character.codePointAt(0)!.toString(16)} `)}"`;
}

export function renderHtml(report: Report): string {
    const css = stylesheet + pageRules(report);
    const styleHash = createHash('sha256').update(css).digest('base64');
    const policy = `default-src 'none'; style-src 'sha256-${styleHash}'; img-src 'none'; base-uri 'none'; form-action 'none'`;
    const [overview, ...sections] = report.sections;
    return [
        '<!DOCTYPE html>',
        `<html lang="${report.lang}">`,
        '<head>',
        '<meta charset="utf-8">',
        `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(policy)}">`,
        '<meta name="referrer" content="no-referrer">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        `<title>${escapeHtml(`${report.title} (${report.marking})`)}</title>`,
        `<style>${css}</style>`,
        '</head>',
        '<body>',
        '<div class="page">',
        `<div class="marking top">${escapeHtml(report.markingLine)}</div>`,
        '<header class="title"><div class="lint"></div><div>',
        `<p class="kicker">${escapeHtml(report.marking)}</p>`,
        `<h1>${escapeHtml(report.title)}</h1>`,
        `<p class="meta">${escapeHtml(report.footer)}</p>`,
        '</div></header>',
        renderContents(report.sections),
        renderSection(overview, 0),
        ...sections.map((section, index) => renderSection(section, index + 1)),
        `<footer class="generated">${escapeHtml(report.footer)}</footer>`,
        `<div class="marking bottom">${escapeHtml(report.markingLine)}</div>`,
        '</div>',
        '</body>',
        '</html>',
        ''
    ].join('\n');
}

function renderContents(sections: readonly Section[]): string {
    return `<nav class="contents"><ol>${sections.map(section => `<li><a href="#${section.id}">${escapeHtml(section.heading)}</a></li>`).join('')}</ol></nav>`;
}

function renderSection(section: Section, index: number): string {
    return [`<section id="${section.id}">`, `<h2>${index + 1}. ${escapeHtml(section.heading)}</h2>`, ...section.blocks.map(renderBlock), '</section>'].join('\n');
}

function renderBlock(block: Block): string {
    switch (block.kind) {
        case 'heading':
            return `<h3>${escapeHtml(block.text)}${block.source ? ` <span class="source">${sourceLink(block.source.file, block.source.line)}</span>` : ''}</h3>`;
        case 'paragraph':
            return `<p${block.missing ? ' class="missing"' : ''}>${escapeHtml(block.text)}</p>`;
        case 'table':
            return renderTable(block);
        case 'chart':
            return renderChart(block);
    }
}

function renderTable(table: Table): string {
    const keyValue = table.columns.every(column => column === '');
    // The source goes under the first cell of its row: a column of its own would not fit on A4.
    const columns = table.columns;
    const head = keyValue ? '' : `<thead><tr>${columns.map((column, index) => `<th${table.numeric[index] ? ' class="num"' : ''} scope="col">${escapeHtml(column)}</th>`).join('')}</tr></thead>`;
    return [
        `<table class="${keyValue ? 'keyvalue' : 'data'}">`,
        table.caption === '' ? '' : `<caption>${escapeHtml(table.caption)}</caption>`,
        head,
        `<tbody>${table.rows.map(row => renderRow(row, table)).join('')}</tbody>`,
        '</table>'
    ].join('');
}

function renderRow(row: Row, table: Table): string {
    const source = row.source ? `<span class="source">${sourceLink(row.source.file, row.source.line)}</span>` : '';
    const cells = row.cells.map((cell, index) => renderCell(cell, table.numeric[index], index === 0 ? source : ''));
    return `<tr>${cells.join('')}</tr>`;
}

function renderCell(cell: Cell, numeric: boolean | undefined, source: string): string {
    const classes = [numeric ? 'num' : '', cell.missing ? 'missing' : '', cell.risk ? 'risk' : ''].filter(Boolean);
    const escaped = keepDatesWhole(escapeHtml(cell.text));
    const text = cell.missing ? `<span class="missing">${escaped}</span>` : escaped;
    return `<td${classes.length ? ` class="${classes.join(' ')}"` : ''}>${text}${source}</td>`;
}

/** The file's name and line as the link text; the whole path is in the link and its tooltip. */
function sourceLink(file: string, line: number): string {
    const name = file.slice(file.lastIndexOf('/') + 1);
    return `<a href="${escapeHtml(sourceHref(file, line))}" title="${escapeHtml(`${file}:${line}`)}">${escapeHtml(`${name}:${line}`)}</a>`;
}

const colours = { band: '#154273', risk: '#a0361a', grid: '#c9d3df', text: '#1b1b1b', muted: '#5a5a5a' };

function renderChart(chart: Chart): string {
    const svg = chart.id === 'perRecipient' ? horizontalBars(chart) : verticalBars(chart);
    return `<figure><figcaption>${escapeHtml(chart.title)}</figcaption>${svg}</figure>`;
}

/** One bar per recipient, coloured by risk profile, with a legend. */
function horizontalBars(chart: Chart): string {
    const labelWidth = 190;
    const barArea = 440;
    const rowHeight = 24;
    const top = chart.legend ? 28 : 6;
    const max = Math.max(1, ...chart.bars.map(bar => bar.value));
    const height = top + chart.bars.length * rowHeight + 22;
    const width = labelWidth + barArea + 40;
    const parts: string[] = [];
    if (chart.legend) {
        parts.push(
            `<rect x="${labelWidth}" y="6" width="12" height="12" fill="${colours.risk}"/>`,
            `<text x="${labelWidth + 18}" y="16" font-size="11" fill="${colours.text}">${escapeHtml(chart.legend.elevated)}</text>`,
            `<rect x="${labelWidth + 230}" y="6" width="12" height="12" fill="${colours.band}"/>`,
            `<text x="${labelWidth + 248}" y="16" font-size="11" fill="${colours.text}">${escapeHtml(chart.legend.normal)}</text>`
        );
    }
    for (const tick of ticks(max)) {
        const x = labelWidth + (tick / max) * barArea;
        parts.push(`<line x1="${x}" y1="${top - 2}" x2="${x}" y2="${top + chart.bars.length * rowHeight}" stroke="${colours.grid}" stroke-width="1"/>`,
            `<text x="${x}" y="${top + chart.bars.length * rowHeight + 14}" font-size="10" text-anchor="middle" fill="${colours.muted}">${tick}</text>`);
    }
    chart.bars.forEach((bar, index) => {
        const y = top + index * rowHeight;
        const barWidth = Math.max(2, (bar.value / max) * barArea);
        parts.push(
            `<text x="${labelWidth - 8}" y="${y + 16}" font-size="11" text-anchor="end" fill="${colours.text}">${escapeHtml(truncate(bar.label, 30))}</text>`,
            `<rect x="${labelWidth}" y="${y + 4}" width="${barWidth.toFixed(1)}" height="${rowHeight - 8}" fill="${bar.risk ? colours.risk : colours.band}"><title>${escapeHtml(`${bar.label}: ${bar.value}`)}</title></rect>`,
            `<text x="${(labelWidth + barWidth + 6).toFixed(1)}" y="${y + 16}" font-size="11" fill="${colours.text}">${bar.value}</text>`
        );
    });
    return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeHtml(chart.title)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="Noto Sans, Liberation Sans, Arial, sans-serif">${parts.join('')}</svg>`;
}

/** One column per month. */
function verticalBars(chart: Chart): string {
    const left = 36;
    const plotHeight = 150;
    const column = Math.max(28, Math.min(64, 620 / Math.max(1, chart.bars.length)));
    const width = left + chart.bars.length * column + 12;
    const height = plotHeight + 44;
    const max = Math.max(1, ...chart.bars.map(bar => bar.value));
    const parts: string[] = [];
    for (const tick of ticks(max)) {
        const y = 10 + plotHeight - (tick / max) * plotHeight;
        parts.push(`<line x1="${left}" y1="${y}" x2="${width - 6}" y2="${y}" stroke="${colours.grid}" stroke-width="1"/>`,
            `<text x="${left - 6}" y="${y + 4}" font-size="10" text-anchor="end" fill="${colours.muted}">${tick}</text>`);
    }
    chart.bars.forEach((bar, index) => {
        const barHeight = (bar.value / max) * plotHeight;
        const x = left + index * column + column * 0.18;
        parts.push(
            `<rect x="${x.toFixed(1)}" y="${(10 + plotHeight - barHeight).toFixed(1)}" width="${(column * 0.64).toFixed(1)}" height="${barHeight.toFixed(1)}" fill="${colours.band}"><title>${escapeHtml(`${bar.label}: ${bar.value}`)}</title></rect>`,
            `<text x="${(left + index * column + column / 2).toFixed(1)}" y="${plotHeight + 26}" font-size="10" text-anchor="middle" fill="${colours.text}">${escapeHtml(truncate(bar.label, 10))}</text>`
        );
    });
    return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeHtml(chart.title)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="Noto Sans, Liberation Sans, Arial, sans-serif">${parts.join('')}</svg>`;
}

/** Whole-number axis ticks: 0, max and at most three between. */
function ticks(max: number): number[] {
    const step = Math.max(1, Math.ceil(max / 4));
    const values: number[] = [];
    for (let value = 0; value < max; value += step) {
        values.push(value);
    }
    values.push(max);
    return values;
}

function truncate(text: string, length: number): string {
    const characters = [...text];
    return characters.length > length ? `${characters.slice(0, length - 1).join('')}…` : text;
}

/** A date never breaks at its hyphens. Runs on escaped text, which holds no markup of its own. */
function keepDatesWhole(escaped: string): string {
    return escaped.replace(/\b\d{4}-\d{2}(?:-\d{2})?\b/g, date => `<span class="date">${date}</span>`);
}

export function escapeHtml(text: string): string {
    return text.replace(/[&<>"']/g, character => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character]!);
}
