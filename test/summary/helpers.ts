// Runs `provisio summary` in this process (fast, for goldens and the model) and reads what it wrote.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import type { Output } from '../../src/cli/output.js';
import { runSummary, type SummaryCommandOptions } from '../../src/summary/summary-command.js';

export interface InProcessRun {
    status: number;
    stdout: string;
    stderr: string;
}

export async function summarize(paths: string[], options: Partial<SummaryCommandOptions>): Promise<InProcessRun> {
    let stdout = '';
    let stderr = '';
    const output: Output = { out: text => { stdout += text; }, error: text => { stderr += text + '\n'; } };
    const status = await runSummary(paths, { format: 'md', today: '2022-10-31', ...options }, output);
    return { status, stdout, stderr };
}

export function temporaryFolder(): string {
    return mkdtempSync(join(tmpdir(), 'provisio-summary-'));
}

/** Every entry of a DOCX (a zip), as text. */
export function docxParts(file: string): Record<string, string> {
    const entries = unzipSync(new Uint8Array(readFileSync(file)));
    return Object.fromEntries(Object.entries(entries).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

/** A small CSV reader (RFC 4180): rows of cells, quotes undone. */
export function parseCsv(text: string): string[][] {
    const rows: string[][] = [];
    let row: string[] = [];
    let cell = '';
    let quoted = false;
    for (let index = 0; index < text.length; index++) {
        const character = text[index];
        if (quoted) {
            if (character === '"' && text[index + 1] === '"') {
                cell += '"';
                index++;
            } else if (character === '"') {
                quoted = false;
            } else {
                cell += character;
            }
        } else if (character === '"') {
            quoted = true;
        } else if (character === ',') {
            row.push(cell);
            cell = '';
        } else if (character === '\r' && text[index + 1] === '\n') {
            row.push(cell);
            rows.push(row);
            row = [];
            cell = '';
            index++;
        } else {
            cell += character;
        }
    }
    return rows;
}
