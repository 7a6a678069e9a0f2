// `provisio check --baseline F` and `--baseline-write F`: accepted findings are taken out of
// the documents' diagnostics before anything is reported, so every output format, the totals
// and the exit code see only new findings. A file that could not be read is never accepted.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Translator } from '../i18n/translator.js';
import { languageDiagnostics } from '../language/language-diagnostics.js';
import { messages } from './baseline.messages.js';
import { baselineOf, readBaselineFile, writeBaselineFile, type Baseline } from './baseline-file.js';
import { fingerprintKey, fingerprintParts, workspaceFile, rootContaining, type FingerprintParts } from './fingerprint.js';

export interface BaselineOptions {
    /** Report only findings that are not in this file. */
    baseline?: string;
    /** Record every finding in this file, and report none. */
    baselineWrite?: string;
}

/**
 * Applies the baseline options to the checked documents: removes accepted findings from their
 * diagnostics, writes the baseline when asked, and returns the notes to show (on standard error,
 * so that machine-readable output stays valid).
 */
export async function applyBaseline(checked: readonly LangiumDocument[], workspaceRoots: readonly string[], options: BaselineOptions, translator: Translator): Promise<string[]> {
    const file = options.baselineWrite ?? options.baseline;
    if (file === undefined) {
        return [];
    }
    const findings = checked.flatMap(document => (document.diagnostics ?? [])
        .filter(diagnostic => diagnostic.code !== languageDiagnostics.unreadableFile.code)
        .map(diagnostic => ({ document, diagnostic, parts: fingerprintParts(document, diagnostic, rootContaining(document.uri.fsPath, workspaceRoots)) })));
    // A file that could not be read was not checked: its recorded findings are neither pruned nor reported as gone.
    const read = checked.filter(document => !document.diagnostics?.some(diagnostic => diagnostic.code === languageDiagnostics.unreadableFile.code));
    const checkedFiles = new Set(read.map(document => workspaceFile(document.uri.fsPath, rootContaining(document.uri.fsPath, workspaceRoots))));
    // A file that no longer exists has none of its findings left.
    const gone = (entry: FingerprintParts) => workspaceRoots.length > 0 && !existsSync(join(resolve(workspaceRoots[0]), entry.file));
    const say = (...args: Parameters<typeof messages.message>) => translator.format(messages.message(...args));

    if (options.baselineWrite !== undefined) {
        const recorded = baselineOf(findings.map(finding => finding.parts));
        // Entries of files this run did not check stay as they were, while those files exist.
        const previous = existsSync(options.baselineWrite) ? await readBaselineFile(options.baselineWrite).catch(() => undefined) : undefined;
        for (const [key, entry] of previous ?? []) {
            if (!checkedFiles.has(entry.file) && !gone(entry)) {
                recorded.set(key, entry);
            }
        }
        await writeBaselineFile(options.baselineWrite, recorded);
        removeDiagnostics(findings);
        return [say('written', { count: findings.length, file: options.baselineWrite })];
    }

    const accepted = await readBaselineFile(file);
    const remaining = new Map([...accepted].map(([key, entry]) => [key, entry.count]));
    const matched = findings.filter(finding => {
        const key = fingerprintKey(finding.parts);
        const left = remaining.get(key) ?? 0;
        remaining.set(key, left - 1);
        return left > 0;
    });
    removeDiagnostics(matched);
    const notes = matched.length > 0 ? [say('matched', { count: matched.length, file })] : [];
    const stale = staleEntries(accepted, remaining, entry => checkedFiles.has(entry.file) || gone(entry));
    if (stale.length > 0) {
        notes.push(say('stale', { count: stale.reduce((sum, entry) => sum + entry.count, 0) }),
            ...stale.map(entry => say('staleEntry', { file: entry.file, rule: entry.rule, path: entry.path || entry.declaration, count: entry.count })));
    }
    return notes;
}

/** Entries of the files this run can judge that occurred fewer times than recorded, with how many are gone. */
function staleEntries(accepted: Baseline, remaining: Map<string, number>, judged: (entry: FingerprintParts) => boolean): Array<FingerprintParts & { count: number }> {
    return [...accepted].flatMap(([key, entry]) => {
        const gone = remaining.get(key) ?? 0;
        return gone > 0 && judged(entry) ? [{ ...entry, count: gone }] : [];
    });
}

function removeDiagnostics(findings: ReadonlyArray<{ document: LangiumDocument; diagnostic: Diagnostic }>): void {
    const removed = new Set(findings.map(finding => finding.diagnostic));
    for (const document of new Set(findings.map(finding => finding.document))) {
        document.diagnostics = document.diagnostics?.filter(diagnostic => !removed.has(diagnostic));
    }
}
