// JSON: the whole model, whatever the audience, described by schemas/summary.schema.json.
import type { SummaryRenderer } from './renderer.js';

export const jsonRenderer: SummaryRenderer = {
    format: 'json',
    render: ({ model }) => JSON.stringify(model, null, 2) + '\n'
};
