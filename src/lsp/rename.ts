// Renaming a declaration: refused, with a message the editor shows, when the new name is not
// a name the parser would read as one, or when the name belongs to the built-in vocabulary.
import { AstUtils, CstUtils, GrammarAST, GrammarUtils, URI, type AstNode, type LangiumDocument } from 'langium';
import { DefaultRenameProvider } from 'langium/lsp';
import { ErrorCodes, ResponseError, type PrepareRenameParams, type Range, type RenameParams, type WorkspaceEdit } from 'vscode-languageserver';
import type { Translator } from '../i18n/translator.js';
import { builtinVocabularyUri } from '../language/builtin-vocabulary.js';
import type { ProvisioServices } from '../language/provisio-module.js';
import { messages } from './editing.messages.js';

const builtinUri = URI.parse(builtinVocabularyUri).toString();

export class ProvisioRenameProvider extends DefaultRenameProvider {
    private readonly translator: Translator;
    private readonly namePattern: RegExp;
    private readonly keywords: ReadonlySet<string>;

    constructor(services: ProvisioServices) {
        super(services);
        this.translator = services.i18n.Translator;
        const idRule = services.Grammar.rules.find(rule => GrammarAST.isTerminalRule(rule) && rule.name === 'ID') as GrammarAST.TerminalRule;
        this.namePattern = new RegExp(`^(?:${GrammarUtils.terminalRegex(idRule).source})$`);
        this.keywords = new Set(AstUtils.streamAllContents(services.Grammar).filter(GrammarAST.isKeyword).map(keyword => keyword.value));
    }

    override prepareRename(document: LangiumDocument, params: PrepareRenameParams): Range | undefined {
        const range = super.prepareRename(document, params) as Range | undefined;
        if (range) {
            this.refuseBuiltin(this.targetAt(document, params.position));
        }
        return range;
    }

    override async rename(document: LangiumDocument, params: RenameParams): Promise<WorkspaceEdit | undefined> {
        this.refuseBuiltin(this.targetAt(document, params.position));
        const name = params.newName;
        if (this.keywords.has(name)) {
            throw this.refusal(messages.message('rename.keyword', { name }));
        }
        if (!this.namePattern.test(name)) {
            throw this.refusal(messages.message('rename.invalidName', { name }));
        }
        return super.rename(document, params);
    }

    private targetAt(document: LangiumDocument, position: RenameParams['position']): AstNode | undefined {
        const root = document.parseResult.value.$cstNode;
        const leaf = root && CstUtils.findDeclarationNodeAtOffset(root, document.textDocument.offsetAt(position), this.grammarConfig.nameRegexp);
        return leaf ? this.references.findDeclarations(leaf)[0] : undefined;
    }

    private refuseBuiltin(target: AstNode | undefined): void {
        if (target && AstUtils.getDocument(target).uri.toString() === builtinUri) {
            throw this.refusal(messages.message('rename.builtinCategory', { name: (target as AstNode & { name?: string }).name ?? '' }));
        }
    }

    private refusal(message: ReturnType<typeof messages.message>): ResponseError<void> {
        return new ResponseError(ErrorCodes.InvalidRequest, this.translator.format(message));
    }
}
