import type { LintResult } from '../lint-results.js';

export function formatJson(results: readonly LintResult[]): string {
    return JSON.stringify(results) + '\n';
}
