// `provisio check --fix` and `--fix-dry-run`: the fixes the editor offers as preferred quick
// fixes, applied to files. The edits are the ones the rules put into each diagnostic's data
// (FindingData.fix), so the command line and the editor apply the same text.
//
// Only a finding's `fix` is applied, never its `suggestions`: a fix that inserts a placeholder
// or records a decision (a date, an approval, a form of data) waits for the author in the editor.
// Each pass applies the fixes whose edits do not overlap (as ESLint does), checks the whole
// workspace again and repeats, at most `maxPasses` times. A file with a syntax error is never
// touched, and a pass that would break a file's syntax or lose any of its comments or quoted
// text is undone for that file. Files are written whole: a temporary file, then a rename.
import { randomBytes } from 'node:crypto';
import { chmod, realpath, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import { createTwoFilesPatch, formatPatch } from 'diff';
import type { LangiumDocument } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-types';
import type { Translator } from '../i18n/translator.js';
import { languageDiagnostics } from '../language/language-diagnostics.js';
import type { ProvisioServices } from '../language/provisio-module.js';
import type { FindingData } from '../rules/run-rules.js';
import { messages } from './fix.messages.js';

/** ESLint's bound on fix passes. */
export const maxPasses = 10;

/** Diagnostics that mean the file's text could not be read as Provisio: such a file is left as it is. */
const untouchable = new Set<string>([
    languageDiagnostics.syntax.code, languageDiagnostics.unreadableFile.code, languageDiagnostics.encoding.code
]);

export interface FixedFile {
    path: string;
    before: string;
    after: string;
    /** How many fixes were applied, over all passes. */
    fixes: number;
}

export interface FixOutcome {
    /** Files whose text the fixes changed, by path. */
    fixed: Map<string, FixedFile>;
    /** Files asked for that were not touched because they have a syntax error or could not be read. */
    skipped: string[];
    passes: number;
}

/**
 * Applies the fixes to the files asked for, in the loaded workspace: the documents are rebuilt
 * with the fixed text, so their diagnostics are what remains. Writes nothing.
 */
export async function applyFixes(services: ProvisioServices, documents: readonly LangiumDocument[], asked: ReadonlySet<string>): Promise<FixOutcome> {
    const { TextDocuments, DocumentBuilder } = services.shared.workspace;
    const textDocuments = TextDocuments!;
    const outcome: FixOutcome = { fixed: new Map(), skipped: [], passes: 0 };
    const candidates = documents.filter(document => asked.has(document.uri.fsPath));
    const fixable = new Set<LangiumDocument>();
    for (const document of candidates) {
        (hasUntouchable(document) ? outcome.skipped.push(document.uri.fsPath) : fixable.add(document));
    }
    // Every document's text is given, so rebuilding reads no file again.
    const versions = new Map<string, number>();
    for (const document of documents) {
        textDocuments.set(TextDocument.create(document.uri.toString(), 'provisio', 0, document.textDocument.getText()));
        versions.set(document.uri.toString(), 0);
    }
    const setText = (document: LangiumDocument, text: string) => {
        const uri = document.uri.toString();
        const version = (versions.get(uri) ?? 0) + 1;
        versions.set(uri, version);
        textDocuments.set(TextDocument.create(uri, 'provisio', version, text));
    };
    const rebuild = () => DocumentBuilder.update(documents.map(document => document.uri), []);

    for (let pass = 1; pass <= maxPasses; pass++) {
        const changed = new Map<LangiumDocument, { before: string; after: string; fixes: number }>();
        for (const document of fixable) {
            const before = document.textDocument.getText();
            const { text, applied } = applyNonOverlapping(document.textDocument, fixesOf(document));
            if (applied > 0 && text !== before) {
                changed.set(document, { before, after: text, fixes: applied });
                setText(document, text);
            }
        }
        if (changed.size === 0) {
            break;
        }
        outcome.passes = pass;
        await rebuild();
        let undone = false;
        for (const [document, change] of changed) {
            if (hasUntouchable(document) || !keepsProse(services, change.before, change.after)) {
                // A fix must never break a file or lose its words: undo this pass for it, and fix it no further.
                setText(document, change.before);
                fixable.delete(document);
                undone = true;
                continue;
            }
            const path = document.uri.fsPath;
            const earlier = outcome.fixed.get(path);
            outcome.fixed.set(path, { path, before: earlier?.before ?? change.before, after: change.after, fixes: (earlier?.fixes ?? 0) + change.fixes });
        }
        if (undone) {
            await rebuild();
        }
    }
    return outcome;
}

function hasUntouchable(document: LangiumDocument): boolean {
    return (document.diagnostics ?? []).some(diagnostic => untouchable.has(String(diagnostic.code)));
}

/** The edits of every finding's fix in a document, one list per fix. */
function fixesOf(document: LangiumDocument): TextEdit[][] {
    return (document.diagnostics ?? []).flatMap(diagnostic => {
        const fix = (diagnostic.data as FindingData | undefined)?.fix;
        return fix && fix.edits.length > 0 ? [fix.edits] : [];
    });
}

/**
 * Applies whole fixes in order of position, skipping any fix that touches or overlaps the text
 * an earlier one changed (ESLint's rule); the skipped ones get their turn in the next pass.
 */
export function applyNonOverlapping(document: TextDocument, fixes: readonly TextEdit[][]): { text: string; applied: number } {
    const spans = fixes.map(edits => {
        const offsets = edits.map(edit => ({ edit, start: document.offsetAt(edit.range.start), end: document.offsetAt(edit.range.end) }));
        return { edits, start: offsets.reduce((least, offset) => Math.min(least, offset.start), Infinity), end: offsets.reduce((most, offset) => Math.max(most, offset.end), -Infinity) };
    }).sort((a, b) => a.start - b.start || a.end - b.end);
    const chosen: TextEdit[] = [];
    let applied = 0;
    let lastEnd = Number.NEGATIVE_INFINITY;
    for (const span of spans) {
        if (span.start <= lastEnd) {
            continue;
        }
        chosen.push(...span.edits);
        lastEnd = span.end;
        applied++;
    }
    return { text: TextDocument.applyEdits(document, chosen), applied };
}

/** Whether every comment and every quoted text of `before` is still in `after`, in the same order. */
export function keepsProse(services: ProvisioServices, before: string, after: string): boolean {
    const was = prose(services, before);
    const now = prose(services, after);
    let at = 0;
    for (const piece of now) {
        if (at < was.length && piece === was[at]) {
            at++;
        }
    }
    return at === was.length;
}

/** The comments and quoted texts of a text, in order. */
export function prose(services: ProvisioServices, text: string): string[] {
    const { tokens, hidden } = services.parser.Lexer.tokenize(text);
    return [...tokens.filter(token => token.tokenType.name === 'STRING' || token.tokenType.name === 'TEXT_BLOCK'), ...hidden]
        .sort((a, b) => a.startOffset - b.startOffset)
        .map(token => token.image);
}

/**
 * Writes each fixed file whole: to a temporary file beside it, which then replaces it, so a
 * reader never sees half a file. A link is followed, and the file keeps its permissions.
 * Returns the files that could not be written, with the reason.
 */
export async function writeFixes(outcome: FixOutcome): Promise<Array<{ path: string; reason: string }>> {
    const failures: Array<{ path: string; reason: string }> = [];
    for (const file of outcome.fixed.values()) {
        let temporary: string | undefined;
        try {
            const target = await realpath(file.path);
            const { mode } = await stat(target);
            temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
            await writeFile(temporary, file.after, { encoding: 'utf8', flag: 'wx', mode });
            await chmod(temporary, mode);
            await rename(temporary, target);
            temporary = undefined;
        } catch (error) {
            failures.push({ path: file.path, reason: (error as Error).message });
        } finally {
            if (temporary) {
                await unlink(temporary).catch(() => undefined);
            }
        }
    }
    return failures;
}

/**
 * The most lines a dry run's diff adds and removes in one file before it stops looking for the
 * shortest diff: finding it costs the file's length times the lines changed, so thousands of
 * fixes in one file would cost the square of them.
 */
export const diffEditLimit = 2_000;

/** A unified diff of the file: the shortest one, or, past `diffEditLimit`, one hunk that replaces every line. */
function fileDiff(file: string, before: string, after: string): string {
    return createTwoFilesPatch(file, file, before, after, undefined, undefined, { context: 3, maxEditLength: diffEditLimit })
        ?? formatPatch({ oldFileName: file, newFileName: file, oldHeader: undefined, newHeader: undefined, hunks: [wholeFileHunk(before, after)] });
}

function wholeFileHunk(before: string, after: string) {
    const linesOf = (text: string, mark: string) => {
        const lines = text === '' ? [] : text.replace(/\n$/, '').split('\n').map(line => mark + line);
        return text === '' || text.endsWith('\n') ? lines : [...lines, '\\ No newline at end of file'];
    };
    const removed = linesOf(before, '-');
    const added = linesOf(after, '+');
    const count = (lines: string[]) => lines.filter(line => !line.startsWith('\\')).length;
    return { oldStart: 1, oldLines: count(removed), newStart: 1, newLines: count(added), lines: [...removed, ...added] };
}

/** What a text run says about the fixes: the diff of each file for a dry run, the files left alone, and a count. */
export function describeFixes(outcome: FixOutcome, dryRun: boolean, translator: Translator, cwd = process.cwd()): string {
    const say = (key: Parameters<typeof messages.message>[0], data?: Parameters<typeof messages.message>[1]) => translator.format(messages.message(key, data));
    const name = (path: string) => relative(cwd, path) || path;
    const lines: string[] = [];
    for (const path of outcome.skipped) {
        lines.push(say('skippedSyntax', { file: name(path) }));
    }
    if (dryRun) {
        for (const file of outcome.fixed.values()) {
            lines.push(fileDiff(name(file.path), file.before, file.after).replace(/^=+\n/, '').trimEnd());
        }
    }
    const files = outcome.fixed.size;
    const fixes = [...outcome.fixed.values()].reduce((total, file) => total + file.fixes, 0);
    lines.push(files === 0 ? say('nothing') : say('summary', { dryRun: dryRun ? 'yes' : 'no', fixes, files }));
    return lines.join('\n') + '\n\n';
}
