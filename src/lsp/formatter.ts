// The canonical layout of a Provisio file: four spaces per block level, one clause per line,
// `{` on the declaration's line and `}` on its own, single spaces inside a clause, one blank
// line between declarations. Only the whitespace between tokens changes: comments, strings
// and text blocks are copied as they are. The author's blank lines between clauses survive
// (at most one).
//
// Langium's AbstractFormatter re-indents comments but cannot keep a blank line the author put
// above one, nor move a token off the line of a `//` comment; so the layout here is computed
// gap by gap over the token stream, and the formatter's entry points choose which gaps to edit.
import { AstUtils, CstUtils, GrammarAST, GrammarUtils, isLeafCstNode, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import { AbstractFormatter } from 'langium/lsp';
import type {
    DocumentFormattingParams, DocumentOnTypeFormattingOptions, DocumentOnTypeFormattingParams, DocumentRangeFormattingParams, TextEdit
} from 'vscode-languageserver-protocol';
import { isDeclaration } from '../language/generated/ast.js';

const indentUnit = '    ';

/** Keywords that open a clause, by the node whose block holds the clause. */
const clauseKeywords: Readonly<Record<string, ReadonlySet<string>>> = {
    Document: new Set(['classification']),
    Provision: new Set(['by', 'to', 'date', 'under', 'data', 'conditions']),
    Umbrella: new Set(['by', 'kind', 'recipients', 'valid', 'scope', 'conditions']),
    Recipient: new Set(['country']),
    WeighingNote: new Set(['assessed', 'method', 'review-due', 'permits']),
    DataScope: new Set(['form', 'categories', 'period', 'bulk-justification'])
};

/** Clauses that are nodes of their own; they start a line wherever they stand in a block. */
const clauseNodes = new Set(['Necessity', 'Mitigation', 'RiskStatement', 'Approval', 'OversightNotification', 'WeighingNote', 'CriterionAssessment', 'Subjects']);

/** How a token stands to the one before it. */
type Role = 'start' | 'space' | 'none' | 'clause' | 'declaration' | 'open' | 'close';

/** The whitespace between two tokens (or before the first, or after the last), and what it should be. */
export interface Gap {
    start: number;
    end: number;
    text: string;
}

export class ProvisioFormatter extends AbstractFormatter {
    protected format(_node: AstNode): void {
        // The layout is computed over the token stream by `layoutGaps`.
    }

    override formatDocument(document: LangiumDocument, _params: DocumentFormattingParams): TextEdit[] {
        return editsFor(document, () => true);
    }

    override formatDocumentRange(document: LangiumDocument, params: DocumentRangeFormattingParams): TextEdit[] {
        const { start, end } = params.range;
        const text = document.textDocument;
        return editsFor(document, gap => {
            const line = text.positionAt(gap.end).line;
            return line >= start.line && line <= end.line;
        });
    }

    override formatDocumentOnType(document: LangiumDocument, params: DocumentOnTypeFormattingParams): TextEdit[] {
        const text = document.textDocument;
        const offset = text.offsetAt(params.position);
        if (params.ch === '}') {
            // The block just closed: from its declaration's or clause's first token to the brace.
            const root = document.parseResult.value.$cstNode;
            const brace = root && CstUtils.findLeafNodeAtOffset(root, offset - 1);
            const block = brace?.text === '}' ? brace.astNode.$cstNode : undefined;
            if (!block) {
                return [];
            }
            return editsFor(document, gap => gap.end > block.offset && gap.end < block.end);
        }
        // After a new line: tidy the line just finished; the editor indents the new one.
        const finished = params.position.line - 1;
        return editsFor(document, gap => gap.end < offset && text.positionAt(gap.end).line === finished);
    }

    override get formatOnTypeOptions(): DocumentOnTypeFormattingOptions {
        return { firstTriggerCharacter: '}', moreTriggerCharacter: ['\n'] };
    }
}

function editsFor(document: LangiumDocument, wanted: (gap: Gap) => boolean): TextEdit[] {
    const gaps = layoutGaps(document);
    if (!gaps) {
        return [];
    }
    const text = document.textDocument;
    const source = text.getText();
    return gaps.filter(gap => wanted(gap) && source.slice(gap.start, gap.end) !== gap.text).map(gap => ({
        range: { start: text.positionAt(gap.start), end: text.positionAt(gap.end) },
        newText: gap.text
    }));
}

/**
 * Every gap of the document with its canonical text, or undefined when the document does not
 * parse cleanly (then a token may be missing from the tree, and formatting could lose text).
 */
export function layoutGaps(document: LangiumDocument): Gap[] | undefined {
    const { parseResult } = document;
    const root = parseResult.value.$cstNode;
    if (parseResult.lexerErrors.length > 0 || parseResult.parserErrors.length > 0 || !root) {
        return undefined;
    }
    const source = document.textDocument.getText();
    const eol = source.includes('\r\n') ? '\r\n' : '\n';
    const leaves = CstUtils.streamCst(root).filter(isLeafCstNode).filter(leaf => leaf.length > 0).toArray();
    const lineStarts = clauseStarts(parseResult.value, leaves);
    const nextSignificant = significantAfter(leaves);
    const gaps: Gap[] = [];
    let depth = 0;
    let previous: CstNode | undefined;
    let previousSignificant: CstNode | undefined;
    let lastDeclarationHadBlock = false;
    let currentDeclarationHasBlock = false;
    for (let index = 0; index < leaves.length; index++) {
        const leaf = leaves[index];
        const start = previous?.end ?? 0;
        const between = source.slice(start, leaf.offset);
        if (between.trim() !== '') {
            return undefined;
        }
        const newlines = countNewlines(between);
        const blankKept = Math.min(Math.max(newlines, 1), 2);
        const line = (count: number, level: number) => eol.repeat(count) + indentUnit.repeat(Math.max(level, 0));
        let text: string;
        if (leaf.hidden) {
            const next = nextSignificant[index];
            const role = next ? roleOf(next, previousSignificant, lineStarts) : 'close';
            const level = role === 'close' ? depth : role === 'space' || role === 'none' ? depth + 1 : depth;
            if (!previous) {
                text = '';
            } else if (newlines === 0 && !isLineComment(previous)) {
                text = ' ';
            } else if (previous === previousSignificant) {
                text = line(firstGapLines(role, blankKept, previous, currentDeclarationHasBlock || (next !== undefined && declarationHasBlock(next))), level);
            } else {
                text = line(role === 'space' || role === 'none' || role === 'open' ? 1 : blankKept, level);
            }
        } else {
            const role = roleOf(leaf, previousSignificant, lineStarts);
            if (role === 'close') {
                depth--;
            }
            if (role === 'declaration') {
                lastDeclarationHadBlock = currentDeclarationHasBlock;
                currentDeclarationHasBlock = declarationHasBlock(leaf);
            }
            const afterComment = previous !== undefined && previous !== previousSignificant;
            if (afterComment && (isLineComment(previous!) || newlines > 0)) {
                // A token that follows a comment on its own line, or a `//` comment, starts a line.
                const inClause = role === 'space' || role === 'none';
                text = line(inClause || role === 'open' || role === 'close' ? 1 : blankKept, inClause ? depth + 1 : depth);
            } else if (afterComment) {
                text = role === 'start' || role === 'space' || role === 'none' ? ' ' : line(role === 'declaration' ? 2 : 1, depth);
            } else {
                text = textFor(role, blankKept, lastDeclarationHadBlock || currentDeclarationHasBlock, depth, line);
            }
            if (leaf.text === '{') {
                depth++;
            } else if (leaf.text === 'classification' && role === 'start') {
                // The classification stands apart from the declarations like a block does.
                currentDeclarationHasBlock = true;
            }
            previousSignificant = leaf;
        }
        gaps.push({ start, end: leaf.offset, text });
        previous = leaf;
    }
    gaps.push({ start: previous?.end ?? 0, end: source.length, text: previous ? eol : '' });
    return gaps;
}

function textFor(role: Role, blankKept: number, blockNeighbour: boolean, depth: number, line: (count: number, level: number) => string): string {
    switch (role) {
        case 'start':
        case 'none': return '';
        case 'space': return ' ';
        case 'clause': return line(blankKept, depth);
        case 'declaration': return line(blockNeighbour ? 2 : blankKept, depth);
        case 'open':
        case 'close': return line(1, depth);
    }
}

/** Lines before a comment on its own line that directly follows a token. */
function firstGapLines(role: Role, blankKept: number, previous: CstNode, blockNeighbour: boolean): number {
    switch (role) {
        case 'declaration': return blockNeighbour ? 2 : blankKept;
        case 'open':
        case 'space':
        case 'none': return 1;
        case 'close': return previous.text === '{' ? 1 : blankKept;
        default: return blankKept;
    }
}

function roleOf(leaf: CstNode, previous: CstNode | undefined, lineStarts: ReadonlySet<number>): Role {
    if (!previous) {
        return 'start';
    }
    if (leaf.text === '}' && GrammarAST.isKeyword(leaf.grammarSource)) {
        return 'close';
    }
    if (lineStarts.has(leaf.offset)) {
        return isTopLevel(leaf) ? 'declaration' : 'clause';
    }
    if (previous.text === '{' && GrammarAST.isKeyword(previous.grammarSource)) {
        return 'open';
    }
    if (leaf.text === ',' && GrammarAST.isKeyword(leaf.grammarSource)) {
        return 'none';
    }
    return 'space';
}

function isTopLevel(leaf: CstNode): boolean {
    return isDeclaration(leaf.astNode) && leaf.astNode.$cstNode !== undefined && firstToken(leaf.astNode.$cstNode)?.offset === leaf.offset;
}

/** The offsets of the tokens that begin a declaration or a clause. */
function clauseStarts(root: AstNode, leaves: readonly CstNode[]): Set<number> {
    const starts = new Set<number>();
    for (const node of AstUtils.streamAst(root)) {
        if (node.$cstNode && (isDeclaration(node) || (clauseNodes.has(node.$type) && node.$container !== undefined))) {
            const first = firstToken(node.$cstNode);
            if (first) {
                starts.add(first.offset);
            }
        }
    }
    for (const leaf of leaves) {
        if (!leaf.hidden && GrammarAST.isKeyword(leaf.grammarSource) && clauseKeywords[leaf.astNode.$type]?.has(leaf.text)) {
            starts.add(leaf.offset);
        }
    }
    return starts;
}

function firstToken(cst: CstNode): CstNode | undefined {
    return CstUtils.streamCst(cst).find(candidate => isLeafCstNode(candidate) && !candidate.hidden && candidate.length > 0);
}

function declarationHasBlock(leaf: CstNode): boolean {
    const declaration = AstUtils.getContainerOfType(leaf.astNode, isDeclaration);
    if (!declaration?.$cstNode) {
        return false;
    }
    return declaration.$type !== 'Service' && declaration.$type !== 'Category' && GrammarUtils.findNodeForKeyword(declaration.$cstNode, '{') !== undefined;
}

/** For each token, the next token that is not a comment. */
function significantAfter(leaves: readonly CstNode[]): Array<CstNode | undefined> {
    const result = new Array<CstNode | undefined>(leaves.length);
    let next: CstNode | undefined;
    for (let index = leaves.length - 1; index >= 0; index--) {
        result[index] = next;
        if (!leaves[index].hidden) {
            next = leaves[index];
        }
    }
    return result;
}

function isLineComment(leaf: CstNode): boolean {
    return leaf.hidden && leaf.text.startsWith('//');
}

function countNewlines(text: string): number {
    let count = 0;
    for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) {
        count++;
    }
    return count;
}
