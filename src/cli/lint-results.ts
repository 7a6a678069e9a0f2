// Diagnostics as lint results, in the shape of ESLint's JSON formatter so CI tooling that
// reads ESLint output reads Provisio's too.
import type { LangiumDocument } from 'langium';
import type { Diagnostic, TextEdit } from 'vscode-languageserver-types';
import { languageDiagnostics } from '../language/language-diagnostics.js';
import type { FindingData } from '../rules/run-rules.js';
import type { Severity } from '../rules/rule.js';
import type { Suppression } from '../suppressions/apply.js';
import { suppressedDiagnostics } from '../suppressions/suppressions.js';

export interface LintMessage {
    ruleId: string | null;
    /** Which sentence of the rule's catalogue this is, the same in every language; null for the language's own diagnostics. */
    messageId: string | null;
    /** ESLint's numbers: 2 for errors, 1 for warnings, infos and hints (ESLint readers take 0 for "off"); `severityName` tells them apart. */
    severity: 0 | 1 | 2;
    severityName: Severity;
    message: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    fatal?: true;
    fix?: { range: [number, number]; text: string };
    /** Fixes the editor offers but `--fix` does not apply, as ESLint's suggestions. */
    suggestions?: Array<{ desc: string; fix: { range: [number, number]; text: string } }>;
}

/** A finding a suppression comment set aside, as ESLint reports suppressed messages, with the comment's audit record. */
export interface SuppressedLintMessage extends LintMessage {
    suppressions: Array<{ kind: 'directive'; justification: string; directive: Suppression['kind']; until?: string; approvedBy?: string; line: number }>;
}

export interface LintResult {
    filePath: string;
    messages: LintMessage[];
    suppressedMessages: SuppressedLintMessage[];
    errorCount: number;
    fatalErrorCount: number;
    warningCount: number;
    fixableErrorCount: number;
    fixableWarningCount: number;
    /** The file's text after `--fix` or `--fix-dry-run` changed it, as in ESLint's results. */
    output?: string;
}

const severityNames: Record<number, Severity> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };
const eslintSeverity: Record<Severity, 0 | 1 | 2> = { error: 2, warning: 1, info: 1, hint: 1 };

export function toLintResult(document: LangiumDocument): LintResult {
    const messages = (document.diagnostics ?? [])
        .map(diagnostic => toLintMessage(diagnostic, document))
        .sort((a, b) => a.line - b.line || a.column - b.column);
    const count = (predicate: (message: LintMessage) => boolean) => messages.filter(predicate).length;
    const suppressedMessages = suppressedDiagnostics(document).map(({ diagnostic, suppression }) => ({
        ...toLintMessage(diagnostic, document),
        suppressions: [{ kind: 'directive' as const, justification: suppression.reason, directive: suppression.kind, until: suppression.until, approvedBy: suppression.approvedBy, line: suppression.line }]
    }));
    return {
        filePath: document.uri.fsPath,
        messages,
        suppressedMessages,
        errorCount: count(message => message.severity === 2),
        fatalErrorCount: count(message => message.fatal === true),
        warningCount: count(message => message.severityName === 'warning'),
        fixableErrorCount: count(message => message.severity === 2 && message.fix !== undefined),
        fixableWarningCount: count(message => message.severityName === 'warning' && message.fix !== undefined)
    };
}

function toLintMessage(diagnostic: Diagnostic, document: LangiumDocument): LintMessage {
    const severityName = severityNames[diagnostic.severity ?? 1];
    const ruleId = typeof diagnostic.code === 'string' ? diagnostic.code : null;
    const message: LintMessage = {
        ruleId,
        messageId: (diagnostic.data as FindingData | undefined)?.messageId ?? null,
        severity: eslintSeverity[severityName],
        severityName,
        message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
        line: diagnostic.range.start.line + 1,
        column: diagnostic.range.start.character + 1,
        endLine: diagnostic.range.end.line + 1,
        endColumn: diagnostic.range.end.character + 1
    };
    if (ruleId === languageDiagnostics.syntax.code) {
        message.fatal = true;
    }
    const data = diagnostic.data as FindingData | undefined;
    if (data?.fix) {
        message.fix = eslintFix(document, data.fix.edits);
    }
    if (data?.suggestions) {
        message.suggestions = data.suggestions.map(suggestion => ({ desc: suggestion.title, fix: eslintFix(document, suggestion.edits) }));
    }
    return message;
}

/** Edits as ESLint's one replacement: the span from the first edit to the last, with the text between them kept. */
function eslintFix(document: LangiumDocument, edits: readonly TextEdit[]): { range: [number, number]; text: string } {
    const spans = edits.map(edit => ({ start: document.textDocument.offsetAt(edit.range.start), end: document.textDocument.offsetAt(edit.range.end), text: edit.newText }))
        .sort((a, b) => a.start - b.start);
    const text = document.textDocument.getText();
    const parts: string[] = [];
    for (const [index, span] of spans.entries()) {
        parts.push(span.text, index + 1 < spans.length ? text.slice(span.end, spans[index + 1].start) : '');
    }
    return { range: [spans[0].start, spans.at(-1)!.end], text: parts.join('') };
}

export interface Totals {
    files: number;
    errors: number;
    warnings: number;
    infos: number;
    hints: number;
}

export function totals(results: readonly LintResult[]): Totals {
    const all = results.flatMap(result => result.messages);
    return {
        files: results.length,
        errors: all.filter(message => message.severityName === 'error').length,
        warnings: all.filter(message => message.severityName === 'warning').length,
        infos: all.filter(message => message.severityName === 'info').length,
        hints: all.filter(message => message.severityName === 'hint').length
    };
}
