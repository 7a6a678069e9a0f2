// ESLint's JSON shape: an array of results, one per file (see lint-results.ts for the fields).
import type { Formatter } from './formatter.js';

export const json: Formatter = {
    name: 'json',
    format: input => JSON.stringify(input.results) + '\n'
};
