// When `provisio check` exits with 1: a finding at or above `--fail-level`, or more warnings
// than `--max-warnings` allows. `--quiet` keeps errors only, as ESLint's does, before either is counted.
import type { Severity } from '../rules/rule.js';
import type { LintResult, Totals } from './lint-results.js';

export const failLevels = ['error', 'warning', 'info'] as const;
export type FailLevel = typeof failLevels[number];

const rank: Record<Severity, number> = { error: 3, warning: 2, info: 1, hint: 0 };

/** The results with every finding below error left out, for `--quiet`. */
export function errorsOnly(results: readonly LintResult[]): LintResult[] {
    return results.map(result => {
        const messages = result.messages.filter(message => message.severityName === 'error');
        return { ...result, messages, warningCount: 0, fixableWarningCount: 0 };
    });
}

/** Whether any finding is at or above the level; hints never fail a run. */
export function failsAt(totals: Totals, level: FailLevel = 'error'): boolean {
    const counted: Array<[Severity, number]> = [['error', totals.errors], ['warning', totals.warnings], ['info', totals.infos]];
    return counted.some(([severity, count]) => count > 0 && rank[severity] >= rank[level]);
}

/** Whether there are more warnings than the limit; no limit when it is undefined. */
export function tooManyWarnings(totals: Totals, maxWarnings: number | undefined): boolean {
    return maxWarnings !== undefined && totals.warnings > maxWarnings;
}
