// A text can be legal and still more than the parser's recursion can take (130,000 comment
// lines in a row overflow Langium's tree builder). Such a file must cost its author one
// located error, not the whole run: it is read as empty and says why.
import { DefaultLangiumDocumentFactory, isOperationCancelled, type AstNode, type Cancellation, type ParseResult, type ParserOptions, type URI } from 'langium';
import type { Document } from './generated/ast.js';
import { messages } from './language.messages.js';
import type { ProvisioServices } from './provisio-module.js';

export class ProvisioDocumentFactory extends DefaultLangiumDocumentFactory {
    protected override parse<T extends AstNode>(uri: URI, text: string, options?: ParserOptions): ParseResult<T> {
        try {
            return super.parse<T>(uri, text, options);
        } catch (error) {
            return this.unparsable<T>(uri, error);
        }
    }

    protected override async parseAsync<T extends AstNode>(uri: URI, text: string, cancellationToken: Cancellation.CancellationToken): Promise<ParseResult<T>> {
        try {
            return await super.parseAsync<T>(uri, text, cancellationToken);
        } catch (error) {
            if (isOperationCancelled(error)) {
                throw error;
            }
            return this.unparsable<T>(uri, error);
        }
    }

    private unparsable<T>(uri: URI, error: unknown): ParseResult<T> {
        if (!(error instanceof RangeError)) {
            throw error;
        }
        const services = this.serviceRegistry.getServices(uri) as ProvisioServices;
        const empty = services.parser.LangiumParser.parse<Document>('');
        const message = services.i18n.Translator.format(messages.message('tooComplex', { reason: error.message }));
        return {
            ...empty,
            lexerReport: { diagnostics: [{ severity: 'error', message, offset: 0, length: 0, line: 1, column: 1 }] }
        } as unknown as ParseResult<T>;
    }
}
