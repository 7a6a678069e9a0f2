import {
    Cancellation, DefaultDocumentValidator, DocumentValidator, interruptAndCheck, toDiagnosticData, toDiagnosticSeverity,
    type AstNode, type LangiumDocument, type LexingDiagnosticSeverity, type ParseResult, type ValidationAcceptor, type ValidationCheck, type ValidationOptions
} from 'langium';
import { childrenOf, forEachNode } from './ast-walk.js';
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
    /** Per set of categories, per node type, the checks to run. */
    private readonly checksByCategories = new Map<string, Map<string, readonly ValidationCheck[]>>();

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

    /**
     * Runs the checks of every node as Langium does, walking plainly and checking for
     * cancellation per declaration rather than per node and check (see ast-walk.ts). A check
     * that returns a promise is still awaited. Every node is validated, as Langium's default
     * `validateSingleNodeOptions` asks.
     */
    protected override async validateAstNodes(root: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        if (this.profiler?.isActive('validating')) {
            return super.validateAstNodes(root, options, acceptor, cancelToken);
        }
        const checksOf = this.checksFor(options.categories);
        await this.validateNodes([root], checksOf, acceptor, cancelToken);
        for (const declaration of childrenOf(root)) {
            await interruptAndCheck(cancelToken);
            const nodes: AstNode[] = [];
            forEachNode(declaration, node => nodes.push(node));
            await this.validateNodes(nodes, checksOf, acceptor, cancelToken);
        }
    }

    private async validateNodes(nodes: readonly AstNode[], checksOf: (type: string) => readonly ValidationCheck[], acceptor: ValidationAcceptor, cancelToken: Cancellation.CancellationToken): Promise<void> {
        for (const node of nodes) {
            for (const check of checksOf(node.$type)) {
                const result = check(node, acceptor, cancelToken);
                if (result instanceof Promise) {
                    await result;
                }
            }
        }
    }

    /**
     * The registry's checks per node type for these categories, each asked once: every check is
     * registered before the first document is validated.
     */
    private checksFor(categories: ValidationOptions['categories']): (type: string) => readonly ValidationCheck[] {
        const categoriesKey = categories?.join(',') ?? '*';
        let byType = this.checksByCategories.get(categoriesKey);
        if (!byType) {
            byType = new Map();
            this.checksByCategories.set(categoriesKey, byType);
        }
        const checks = byType;
        return type => {
            let found = checks.get(type);
            if (!found) {
                found = this.validationRegistry.getChecks(type, categories).toArray();
                checks.set(type, found);
            }
            return found;
        };
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
