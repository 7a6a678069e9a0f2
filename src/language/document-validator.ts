import {
    Cancellation, DefaultDocumentValidator, DocumentValidator, toDiagnosticData, toDiagnosticSeverity,
    type LangiumDocument, type LexingDiagnosticSeverity, type ParseResult, type ValidationOptions
} from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, Range } from 'vscode-languageserver-types';
import { languageDiagnostics } from './language-diagnostics.js';
import type { InlineSuppressions } from '../suppressions/suppressions.js';
import type { ProvisioServices } from './provisio-module.js';

const codeOfBuiltin: Record<string, string> = {
    [DocumentValidator.LexingError]: languageDiagnostics.syntax.code,
    [DocumentValidator.ParsingError]: languageDiagnostics.syntax.code,
    [DocumentValidator.LinkingError]: languageDiagnostics.unresolvedReference.code
};

/**
 * Applies the document's suppression comments (src/suppressions/). Gives Langium's own lexer, parser and linker diagnostics a code, as every other diagnostic
 * has, and places lexer errors by their offset in the text, so that they stay inside their
 * line whatever the line endings and however many characters the lexer skipped.
 */
export class ProvisioDocumentValidator extends DefaultDocumentValidator {
    private readonly suppressions: InlineSuppressions;

    constructor(services: ProvisioServices) {
        super(services);
        this.suppressions = services.suppressions.InlineSuppressions;
    }

    override async validateDocument(document: LangiumDocument, options?: ValidationOptions, cancelToken?: Cancellation.CancellationToken): Promise<Diagnostic[]> {
        const diagnostics = await super.validateDocument(document, options, cancelToken);
        for (const diagnostic of diagnostics) {
            const builtin = (diagnostic.data as { code?: string } | undefined)?.code;
            diagnostic.code ??= builtin ? codeOfBuiltin[builtin] : undefined;
        }
        // A pass that did not run the rules cannot tell whether a suppression is used.
        const ranRules = !options?.categories || options.categories.includes('fast');
        return this.suppressions.apply(document, diagnostics, ranRules);
    }

    protected override processLexingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], _options: ValidationOptions): void {
        const text = parseResult.value.$cstNode?.root.fullText ?? '';
        const positions = TextDocument.create('', '', 0, text);
        for (const error of [...parseResult.lexerErrors, ...parseResult.lexerReport?.diagnostics ?? []]) {
            const severity = ('severity' in error ? error.severity : undefined) as LexingDiagnosticSeverity | undefined ?? 'error';
            diagnostics.push({
                severity: toDiagnosticSeverity(severity),
                range: rangeOnOneLine(positions, error.offset, error.length),
                message: error.message,
                data: toDiagnosticData(severity),
                source: this.getSource()
            });
        }
    }
}

/** The range of `length` characters from `offset`, cut off at the end of the line it starts on. */
function rangeOnOneLine(text: TextDocument, offset: number, length: number): Range {
    const start = text.positionAt(offset);
    const end = text.positionAt(offset + Math.max(length, 0));
    if (end.line === start.line) {
        return { start, end };
    }
    const nextLineStart = text.offsetAt({ line: start.line + 1, character: 0 });
    const lineEnd = text.positionAt(nextLineStart - (text.getText().slice(nextLineStart - 2, nextLineStart) === '\r\n' ? 2 : 1));
    return { start, end: lineEnd };
}
