// The outline of a file: declarations with the clauses a reviewer looks for (a provision's
// data, necessity and mitigations; a recipient's weighing notes), each with a symbol kind of
// its own; and what folds: blocks, text blocks and runs of `//` comments.
import { CstUtils, GrammarUtils, isLeafCstNode, type AstNode, type AstNodeDescription, type CstNode, type LangiumDocument } from 'langium';
import { DefaultFoldingRangeProvider, type DocumentSymbolProvider, type FoldingRangeAcceptor, type NodeKindProvider } from 'langium/lsp';
import { CompletionItemKind, FoldingRangeKind, SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import {
    isCategory, isDataScope, isMitigation, isProvision, isRecipient, isService, isUmbrella, isWeighingNote,
    type DataScope, type Mitigation, type Necessity, type Provision, type RiskStatement, type Umbrella, type WeighingNote
} from '../language/generated/ast.js';
import type { Translator } from '../i18n/translator.js';
import type { ProvisioServices } from '../language/provisio-module.js';
import { risksOf } from '../model/recipients.js';
import { messages } from './editing.messages.js';

const symbolKinds: Readonly<Record<string, SymbolKind>> = {
    Service: SymbolKind.Module,
    Category: SymbolKind.EnumMember,
    Recipient: SymbolKind.Class,
    WeighingNote: SymbolKind.Object,
    Umbrella: SymbolKind.Namespace,
    Provision: SymbolKind.Event,
    DataScope: SymbolKind.Struct,
    Necessity: SymbolKind.String,
    Mitigation: SymbolKind.Property,
    RiskStatement: SymbolKind.Property
};

const completionKinds: Readonly<Record<string, CompletionItemKind>> = {
    Service: CompletionItemKind.Module,
    Category: CompletionItemKind.EnumMember,
    Recipient: CompletionItemKind.Class,
    WeighingNote: CompletionItemKind.Struct,
    Umbrella: CompletionItemKind.Folder,
    Provision: CompletionItemKind.Event
};

export class ProvisioNodeKindProvider implements NodeKindProvider {
    getSymbolKind(node: AstNode | AstNodeDescription): SymbolKind {
        return symbolKinds[typeOf(node)] ?? SymbolKind.Field;
    }

    getCompletionItemKind(node: AstNode | AstNodeDescription): CompletionItemKind {
        return completionKinds[typeOf(node)] ?? CompletionItemKind.Reference;
    }
}

function typeOf(node: AstNode | AstNodeDescription): string {
    return '$type' in node ? node.$type : node.type;
}

export class ProvisioDocumentSymbolProvider implements DocumentSymbolProvider {
    private readonly kinds = new ProvisioNodeKindProvider();
    private readonly translator: Translator;

    constructor(services: ProvisioServices) {
        this.translator = services.i18n.Translator;
    }

    getSymbols(document: LangiumDocument): DocumentSymbol[] {
        const declarations = (document.parseResult.value as { declarations?: AstNode[] }).declarations ?? [];
        return declarations.map(declaration => this.symbolOf(declaration)).filter(isSymbol);
    }

    private symbolOf(node: AstNode): DocumentSymbol | undefined {
        const cst = node.$cstNode;
        if (!cst) {
            return undefined;
        }
        if (isService(node) || isCategory(node)) {
            return this.named(node, node.name, node.title);
        }
        if (isRecipient(node)) {
            return this.named(node, node.name, node.title, node.weighingNotes.map(note => this.named(note, note.name, this.noteDetail(note))).filter(isSymbol));
        }
        if (isUmbrella(node)) {
            const detail = node.validity?.to ? this.translator.format(messages.message('symbol.umbrella', { date: node.validity.to })) : node.title;
            return this.named(node, node.name, detail, this.clauses(node, node.scope, 'scope'));
        }
        if (isProvision(node)) {
            return this.named(node, node.name, node.title, this.clauses(node, node.data, 'data'));
        }
        return undefined;
    }

    /** The data block, necessity and mitigations of a provision or umbrella. */
    private clauses(owner: Provision | Umbrella, data: DataScope | undefined, keyword: string): DocumentSymbol[] {
        const children: Array<DocumentSymbol | undefined> = [
            data && this.keywordSymbol(data, keyword, data.forms.join(', ')),
            owner.necessity && this.keywordSymbol(owner.necessity, 'necessity'),
            // Mitigations and risk statements weigh the same risks: in the order they are written.
            ...[...owner.mitigations, ...(owner.riskStatements ?? [])]
                .sort((a, b) => (a.$cstNode?.offset ?? 0) - (b.$cstNode?.offset ?? 0))
                .map(clause => this.keywordSymbol(clause, isMitigation(clause) ? mitigationLabel(clause) : riskStatementLabel(clause)))
        ];
        return children.filter(isSymbol);
    }

    private noteDetail(note: WeighingNote): string {
        return note.assessed
            ? this.translator.format(messages.message('symbol.weighingNote', { assessed: note.assessed, risks: risksOf(note).length }))
            : this.translator.format(messages.message('symbol.weighingNote.undated'));
    }

    private named(node: AstNode, name: string | undefined, detail?: string, children?: DocumentSymbol[]): DocumentSymbol | undefined {
        const cst = node.$cstNode;
        if (!cst) {
            return undefined;
        }
        const nameNode = GrammarUtils.findNodeForProperty(cst, 'name');
        return {
            name: name || '…',
            detail: detail || undefined,
            kind: this.kinds.getSymbolKind(node),
            range: cst.range,
            selectionRange: (nameNode ?? cst).range,
            children: children && children.length > 0 ? children : undefined
        };
    }

    private keywordSymbol(node: DataScope | Necessity | Mitigation | RiskStatement, name: string, detail?: string): DocumentSymbol | undefined {
        const cst = node.$cstNode;
        if (!cst) {
            return undefined;
        }
        const first = CstUtils.streamCst(cst).find(child => isLeafCstNode(child) && !child.hidden);
        // A data block's keyword (`data`, `scope`) belongs to its owner; the outline starts at the block.
        const start = isDataScope(node) ? previousToken(cst) ?? cst : cst;
        return {
            name,
            detail: detail || undefined,
            kind: this.kinds.getSymbolKind(node),
            range: { start: start.range.start, end: cst.range.end },
            selectionRange: (isDataScope(node) ? start : first ?? cst).range
        };
    }
}

function isSymbol(symbol: DocumentSymbol | undefined): symbol is DocumentSymbol {
    return symbol !== undefined;
}

function mitigationLabel(mitigation: Mitigation): string {
    const parts = ['mitigation'];
    if (mitigation.criteria.length > 0) {
        parts.push('for', mitigation.criteria.join(', '));
    }
    if (mitigation.recipients.length > 0) {
        parts.push('regarding', mitigation.recipients.map(reference => reference.$refText).join(', '));
    }
    return parts.join(' ');
}

function riskStatementLabel(statement: RiskStatement): string {
    const parts = ['risk', statement.criteria.join(', ')];
    if (statement.recipients.length > 0) {
        parts.push('regarding', statement.recipients.map(reference => reference.$refText).join(', '));
    }
    parts.push(statement.verdict ?? '');
    return parts.filter(part => part !== '').join(' ');
}

function previousToken(cst: CstNode): CstNode | undefined {
    let previous = CstUtils.getPreviousNode(cst, true);
    while (previous && previous.hidden) {
        previous = CstUtils.getPreviousNode(previous, true);
    }
    return previous;
}

/** Blocks and multi-line comments fold as Langium does; text blocks and runs of `//` comments fold too. */
export class ProvisioFoldingRangeProvider extends DefaultFoldingRangeProvider {
    protected override shouldProcess(node: AstNode): boolean {
        // Blocks of their own; a clause that merely wraps its text block folds through the text block.
        return isRecipient(node) || isWeighingNote(node) || isUmbrella(node) || isProvision(node) || isDataScope(node);
    }

    protected override collectFolding(document: LangiumDocument, acceptor: FoldingRangeAcceptor): void {
        super.collectFolding(document, acceptor);
        const root = document.parseResult.value.$cstNode;
        if (!root) {
            return;
        }
        let run: CstNode[] = [];
        const closeRun = () => {
            if (run.length >= 2) {
                const start = run[0].range.start;
                const end = run[run.length - 1].range.end;
                acceptor({ startLine: start.line, startCharacter: start.character, endLine: end.line, endCharacter: end.character, kind: FoldingRangeKind.Comment });
            }
            run = [];
        };
        for (const leaf of CstUtils.flattenCst(root)) {
            if (leaf.hidden && leaf.text.startsWith('//')) {
                const previous = run.at(-1);
                if (previous && leaf.range.start.line !== previous.range.end.line + 1) {
                    closeRun();
                }
                run.push(leaf);
            } else if (!leaf.hidden || leaf.text.startsWith('/*')) {
                if (leaf.text.startsWith('"""') && leaf.range.end.line > leaf.range.start.line) {
                    acceptor({ startLine: leaf.range.start.line, endLine: leaf.range.end.line - 1, kind: FoldingRangeKind.Region });
                }
                closeRun();
            }
        }
        closeRun();
    }
}
