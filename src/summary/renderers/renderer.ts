// The contract every summary format meets: it lays out the model and its report, and
// returns the bytes or text to write.
import type { SummaryModel } from '../model.js';
import type { Report } from '../report.js';

export interface RenderInput {
    model: SummaryModel;
    /** The model in words for the chosen audience and language. */
    report: Report;
}

export interface SummaryRenderer {
    format: string;
    render(input: RenderInput): string | Uint8Array | Promise<string | Uint8Array>;
}

/** A source as a link target, relative to where the summary is written: `dir/file.provisio#L12`. */
export function sourceHref(file: string, line: number): string {
    return `${file.split('/').map(encodeURIComponent).join('/')}#L${line}`;
}
