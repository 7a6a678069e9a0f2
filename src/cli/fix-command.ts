// `--fix` and `--fix-dry-run` inside `provisio check`: fix, write (or not), and say what was done.
import type { LangiumDocument } from 'langium';
import type { Translator } from '../i18n/translator.js';
import type { ProvisioServices } from '../language/provisio-module.js';
import type { LintResult } from './lint-results.js';
import type { Output } from './output.js';
import { visible } from './visible-text.js';
import { applyFixes, describeFixes, writeFixes } from './fix.js';
import { messages } from './fix.messages.js';

export interface FixRun {
    /** Gives each result of a fixed file its fixed text as `output`, as ESLint's JSON does. */
    annotate(results: LintResult[]): void;
    /** Whether a fixed file could not be written. */
    failed: boolean;
}

export async function runFixes(services: ProvisioServices, documents: readonly LangiumDocument[], asked: ReadonlySet<string>,
    options: { fix?: boolean; fixDryRun?: boolean; describeOnStandardOutput: boolean }, output: Output, translator: Translator): Promise<FixRun> {
    const outcome = await applyFixes(services, documents, asked);
    const dryRun = options.fixDryRun === true;
    const failures = dryRun ? [] : await writeFixes(outcome);
    for (const failure of failures) {
        output.error(visible(translator.format(messages.message('cannotWrite', { file: failure.path, reason: failure.reason }))));
    }
    if (options.describeOnStandardOutput) {
        output.out(describeFixes(outcome, dryRun, translator));
    }
    return {
        annotate(results) {
            for (const result of results) {
                const fixed = outcome.fixed.get(result.filePath);
                if (fixed) {
                    result.output = fixed.after;
                }
            }
        },
        failed: failures.length > 0
    };
}
