// What must hold for every document after any edit: no check failed, every diagnostic
// carries a code, and every range (and related location) lies inside the text, counting
// lines as editors do (`\r\n`, `\n` and a lone `\r` each end a line).
import type { LangiumDocument } from 'langium';
import type { Diagnostic, Range } from 'vscode-languageserver-types';
import { expect } from 'vitest';

export function linesOf(text: string): string[] {
    return text.split(/\r\n|\r|\n/);
}

export function expectRangeInside(range: Range, text: string, what: string): void {
    const lines = linesOf(text);
    const { start, end } = range;
    expect(start.line, what).toBeLessThan(lines.length);
    expect(end.line, what).toBeLessThan(lines.length);
    expect(start.character, what).toBeLessThanOrEqual(lines[start.line].length);
    expect(end.character, what).toBeLessThanOrEqual(lines[end.line].length);
    expect(start.line < end.line || (start.line === end.line && start.character <= end.character), what).toBe(true);
}

export function expectSoundDiagnostics(diagnostics: readonly Diagnostic[], text: string): void {
    for (const diagnostic of diagnostics) {
        const what = `${String(diagnostic.code)}: ${diagnostic.message as string}`;
        expect(diagnostic.code, what).toEqual(expect.any(String));
        expect(diagnostic.code, what).not.toBe('internal/check-failed');
        expectRangeInside(diagnostic.range, text, what);
    }
}

export function expectSound(document: LangiumDocument, texts?: ReadonlyMap<string, string>): void {
    const text = document.textDocument.getText();
    expectSoundDiagnostics(document.diagnostics ?? [], text);
    for (const diagnostic of document.diagnostics ?? []) {
        for (const related of diagnostic.relatedInformation ?? []) {
            const relatedText = related.location.uri === document.uri.toString() ? text : texts?.get(related.location.uri);
            if (relatedText !== undefined) {
                expectRangeInside(related.location.range, relatedText, `related information of ${diagnostic.message as string}`);
            }
        }
    }
}
