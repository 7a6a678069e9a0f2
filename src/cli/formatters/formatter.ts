// The contract every output format meets. A formatter is a pure function of the lint results
// and what it needs to describe them: the rule registry, a translator, the terminal's
// capabilities, the working folder (paths are shown relative to it) and the rules' pages.
import { createHash } from 'node:crypto';
import { relative, sep } from 'node:path';
import type { Translator } from '../../i18n/translator.js';
import { findRule } from '../../rules/registry.js';
import type { Rule } from '../../rules/rule.js';
import { ruleDocsUrl } from '../../rules/rule-docs.js';
import type { LintMessage, LintResult, Totals } from '../lint-results.js';

export interface FormatterInput {
    results: readonly LintResult[];
    /** The counts of the findings by severity, and of the files checked. */
    totals: Totals;
    /** The rule registry, for descriptions, docs links and whether a rule can fix what it finds. */
    rules: readonly Rule[];
    translator: Translator;
    /** Whether to color the text (only stylish colors). */
    color: boolean;
    /** Whether the terminal shows OSC 8 hyperlinks. */
    hyperlinks: boolean;
    /** Paths are shown relative to this folder. */
    cwd: string;
    /** The base of the rules' pages (default: the installed package's own `docs/rules`). */
    docsBase?: string;
    /** The variables of the environment, for formats that write to files CI names there (GITHUB_STEP_SUMMARY). */
    environment: Readonly<Record<string, string | undefined>>;
    /** Each finding's fingerprint, independent of lines: the one a baseline records it by (src/baseline/fingerprint.ts). */
    fingerprint(message: LintMessage, result: LintResult): string;
}

/** Text to add to the end of a file that CI reads after the run, such as GitHub's step summary. */
export interface Appendix {
    path: string;
    text: string;
}

export interface Formatter {
    /** The name given to `-f`. */
    name: string;
    format(input: FormatterInput): string;
    /** Files to append to besides the output itself. */
    appendices?(input: FormatterInput): Appendix[];
}

/** The finding's rule in the registry; undefined for the language's own diagnostics and suppression problems. */
export function ruleOf(message: LintMessage): Rule | undefined {
    return message.ruleId === null ? undefined : findRule(message.ruleId);
}

/** The address of a rule's page, for rules of the registry only: the language's own diagnostics have none. */
export function docsUrlOf(ruleId: string | null, input: FormatterInput): string | undefined {
    return ruleId !== null && findRule(ruleId) ? ruleDocsUrl(ruleId, input.docsBase) : undefined;
}

/** A path relative to the working folder, with forward slashes, as CI tools expect. */
export function relativePath(filePath: string, input: FormatterInput): string {
    const path = relative(input.cwd, filePath) || filePath;
    return sep === '/' ? path : path.split(sep).join('/');
}

/** Every finding of every file, in file order and then line order. */
export function* findings(results: readonly LintResult[]): Generator<{ result: LintResult; message: LintMessage }> {
    for (const result of results) {
        for (const message of result.messages) {
            yield { result, message };
        }
    }
}

/**
 * A fingerprint for every finding that stays the same when lines move or the file is
 * reformatted: the finding's baseline fingerprint (src/baseline/fingerprint.ts). Equal findings
 * in one place are told apart by their order: the second and later get a hash of it and their number.
 */
export function fingerprints(input: FormatterInput): Map<LintMessage, string> {
    const result = new Map<LintMessage, string>();
    const seen = new Map<string, number>();
    for (const lintResult of input.results) {
        for (const message of [...lintResult.messages, ...lintResult.suppressedMessages]) {
            const key = input.fingerprint(message, lintResult);
            const occurrence = seen.get(key) ?? 0;
            seen.set(key, occurrence + 1);
            result.set(message, occurrence === 0 ? key : createHash('sha256').update(`${key}\u0000${occurrence}`).digest('hex').slice(0, 32));
        }
    }
    return result;
}
