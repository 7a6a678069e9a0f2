// The summary formats. Each renderer is loaded only when asked for, so the DOCX library
// is not read for a Markdown summary.
import type { SummaryRenderer } from './renderer.js';

export const summaryFormats = ['md', 'html', 'json', 'csv', 'docx'] as const;
export type SummaryFormat = typeof summaryFormats[number];

const renderers: Record<SummaryFormat, () => Promise<SummaryRenderer>> = {
    md: async () => (await import('./markdown.js')).markdownRenderer,
    html: async () => (await import('./html.js')).htmlRenderer,
    json: async () => (await import('./json.js')).jsonRenderer,
    csv: async () => (await import('./csv.js')).csvRenderer,
    docx: async () => (await import('./docx.js')).docxRenderer
};

export function loadRenderer(format: SummaryFormat): Promise<SummaryRenderer> {
    return renderers[format]();
}
