import { Cancellation, DefaultDocumentValidator, DocumentValidator, type LangiumDocument, type ValidationOptions } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { languageDiagnostics } from './language-diagnostics.js';

const codeOfBuiltin: Record<string, string> = {
    [DocumentValidator.LexingError]: languageDiagnostics.syntax.code,
    [DocumentValidator.ParsingError]: languageDiagnostics.syntax.code,
    [DocumentValidator.LinkingError]: languageDiagnostics.unresolvedReference.code
};

/** Gives Langium's own lexer, parser and linker diagnostics a code, as every other diagnostic has. */
export class ProvisioDocumentValidator extends DefaultDocumentValidator {
    override async validateDocument(document: LangiumDocument, options?: ValidationOptions, cancelToken?: Cancellation.CancellationToken): Promise<Diagnostic[]> {
        const diagnostics = await super.validateDocument(document, options, cancelToken);
        for (const diagnostic of diagnostics) {
            const builtin = (diagnostic.data as { code?: string } | undefined)?.code;
            diagnostic.code ??= builtin ? codeOfBuiltin[builtin] : undefined;
        }
        return diagnostics;
    }
}
