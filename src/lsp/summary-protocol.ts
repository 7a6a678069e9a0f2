// The `provisio/summary` request as both sides see it. Only types and plain values: the
// VS Code client imports this without pulling the summary or Langium into its bundle.
import type { Audience } from '../summary/report.js';
import type { SummaryFormat } from '../summary/renderers/registry.js';

export const summaryRequest = 'provisio/summary';

export interface SummaryParams {
    format: SummaryFormat;
    audience?: Audience;
    /** Only this umbrella and the provisions made under it. */
    umbrella?: string;
    /** The folder (a file URI) that source links are relative to; without it they are absolute paths. */
    linkBase?: string;
}

export interface SummaryResult {
    format: SummaryFormat;
    /** DOCX is binary: it travels as base64. */
    encoding: 'utf8' | 'base64';
    content: string;
}
