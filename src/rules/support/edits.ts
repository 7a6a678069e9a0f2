// Text edits for quick fixes, computed from the concrete syntax tree the parser kept. Inserted
// text follows the file: its line endings (CRLF included) and the indentation of the block it
// goes into. Positions come from the CST's offsets and ranges; the file is never split into
// lines, so a fix costs the same in a long file as in a short one.
import type { AstNode, CompositeCstNode, CstNode, RootCstNode } from 'langium';
import type { Position, TextEdit } from 'vscode-languageserver-types';
import type { Condition, Provision, Umbrella } from '../../language/generated/ast.js';
import { listItemCstNode } from '../../language/ast-walk.js';

/** Appends `text` right after a node, e.g. `, third-party-rule` after the last condition. */
export function insertAfter(node: AstNode, text: string): TextEdit | undefined {
    const end = node.$cstNode?.range.end;
    return end ? { range: { start: end, end }, newText: text } : undefined;
}

/**
 * Adds a clause on its own line just before the block's closing brace, indented like the
 * block's contents. A clause of several lines is given as lines; each line's leading
 * four-space steps become the file's own indentation step.
 */
export function insertClause(block: AstNode, clause: string | readonly string[]): TextEdit | undefined {
    const cst = block.$cstNode;
    const text = cst?.root.fullText;
    // A block still being written may have no closing brace yet.
    if (!cst || !text || text.charAt(cst.end - 1) !== '}') {
        return undefined;
    }
    const closingBrace = { line: cst.range.end.line, character: cst.range.end.character - 1 };
    const braceOffset = cst.end - 1;
    const braceLineStart = braceOffset - closingBrace.character;
    const layout = layoutOf(cst);
    if (braceLineStart + indentation(cst.root, braceLineStart).length === braceOffset) {
        const lineStart = { line: closingBrace.line, character: 0 };
        return { range: { start: lineStart, end: lineStart }, newText: indentLines(clause, layout) + layout.eol };
    }
    const spaceBefore = /\s/.test(text.charAt(braceOffset - 1)) ? '' : ' ';
    return { range: { start: closingBrace, end: closingBrace }, newText: `${spaceBefore}${indentLines(clause, { ...layout, indent: '' })} ` };
}

/**
 * Adds a clause on the lines after another clause of the same block (a motivation after the
 * `data` block), indented like it. A blank line after that clause stays between the two.
 */
export function insertClauseAfter(anchor: AstNode, clause: readonly string[]): TextEdit | undefined {
    const cst = anchor.$cstNode;
    if (!cst) {
        return undefined;
    }
    const text = cst.root.fullText;
    let after = cst.end;
    while (after < text.length && /[^\S\r\n]/.test(text[after])) {
        after++;
    }
    if (after < text.length && text[after] !== '\r' && text[after] !== '\n') {
        return undefined;
    }
    const layout: Layout = { eol: lineEnding(cst.root), indent: indentation(cst.root, cst.offset - cst.range.start.character), step: indentStep(cst.root) };
    const nextLine = text.startsWith('\r\n', after) ? after + 2 : after + 1;
    const blankFollows = /^[^\S\r\n]*\r?\n/.test(text.slice(nextLine, nextLine + 200));
    return { range: { start: cst.range.end, end: cst.range.end }, newText: (blankFollows ? layout.eol : '') + layout.eol + indentLines(clause, layout) };
}

/** Adds a clause as the block's first, on its own line when the block's contents start on their own line. */
export function insertFirstClause(block: AstNode, clause: string): TextEdit | undefined {
    const cst = block.$cstNode;
    const brace = cst && ownLeaves(cst).find(leaf => leaf.text === '{');
    const first = brace && nextSibling(cst, brace);
    if (!cst || !brace || !first || first.text === '}') {
        return insertClause(block, clause);
    }
    if (first.range.start.line > brace.range.end.line && startsLine(first)) {
        const lineStart = { line: first.range.start.line, character: 0 };
        const layout = layoutOf(cst);
        return { range: { start: lineStart, end: lineStart }, newText: indentLines(clause, layout) + layout.eol };
    }
    return { range: { start: brace.range.end, end: brace.range.end }, newText: ` ${clause}` };
}

/** Replaces the text of a node's property (e.g. the `level` of an approval, the `date` of a provision). */
export function replaceProperty(node: AstNode, property: string, newText: string): TextEdit | undefined {
    const target = propertyNode(node, property);
    return target && { range: target.range, newText };
}

/** Replaces a whole clause (a node) with another of one or more lines, indented like the line the clause starts on. */
export function replaceClause(node: AstNode, clause: readonly string[]): TextEdit | undefined {
    const cst = node.$cstNode;
    if (!cst) {
        return undefined;
    }
    const layout: Layout = { eol: lineEnding(cst.root), indent: indentation(cst.root, cst.offset - cst.range.start.character), step: indentStep(cst.root) };
    return { range: cst.range, newText: indentLines(clause, layout).slice(layout.indent.length) };
}

/**
 * Removes a one-line clause of a block: the keyword that starts it and everything up to the
 * end of the property that ends it (`under OT-2022-CTP`). A clause alone on its line takes
 * its line with it; otherwise the space after it goes.
 */
export function removeClause(node: AstNode, keyword: string, property: string): TextEdit | undefined {
    const cst = node.$cstNode;
    const start = cst && ownLeaves(cst).find(leaf => leaf.text === keyword);
    const end = propertyNode(node, property);
    if (!cst || !start || !end || end.offset < start.offset) {
        return undefined;
    }
    const text = cst.root.fullText;
    let after = end.end;
    while (after < text.length && /[^\S\r\n]/.test(text[after])) {
        after++;
    }
    const endsLine = after >= text.length || text[after] === '\r' || text[after] === '\n';
    if (startsLine(start) && endsLine && after < text.length) {
        const line = start.range.start.line;
        return { range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } }, newText: '' };
    }
    if (endsLine) {
        // Nothing follows on the line: the space before the clause goes with it.
        let before = start.offset;
        while (before > 0 && /[^\S\r\n]/.test(text[before - 1])) {
            before--;
        }
        return { range: { start: { line: start.range.start.line, character: start.range.start.character - (start.offset - before) }, end: end.range.end }, newText: '' };
    }
    return { range: { start: start.range.start, end: positionAfter(end, after - end.end) }, newText: '' };
}

/**
 * Removes the `index`th item of a list property (`financial` of `categories identity, financial`)
 * with the comma that joins it to its neighbour. Not the only item: an empty list does not parse.
 */
export function removeListItem(node: AstNode, property: string, index: number): TextEdit | undefined {
    const item = listItemCstNode(node, property, index);
    // From the end of the item before to the end of this one, or from this one to the start of the next.
    const neighbour = listItemCstNode(node, property, index > 0 ? index - 1 : index + 1);
    if (!item || !neighbour) {
        return undefined;
    }
    const range = index > 0 ? { start: neighbour.range.end, end: item.range.end } : { start: item.range.start, end: neighbour.range.start };
    return { range, newText: '' };
}

/** Declarations to append at the end of a file, after a blank line, in the file's line endings. */
export function appendDeclaration(root: RootCstNode | undefined, lines: readonly string[], end: Position): TextEdit {
    const text = root?.fullText ?? '';
    const layout: Layout = { eol: root ? lineEnding(root) : '\n', indent: '', step: root ? indentStep(root) : '    ' };
    const trailing = /(\r?\n)*$/.exec(text)?.[0] ?? '';
    const separator = text.length === 0 ? '' : trailing.length === 0 ? layout.eol + layout.eol : trailing === layout.eol ? layout.eol : '';
    return { range: { start: end, end }, newText: separator + indentLines(lines, layout) + layout.eol };
}

/** The edits that add conditions to a provision or umbrella: extend its own `conditions` list, or add the clause. The caller titles the fix in its own words. */
export function addConditions(provision: Provision | Umbrella, kinds: readonly Condition['kind'][]): TextEdit[] | undefined {
    const last = provision.conditions.at(-1);
    const edit = last
        ? insertAfter(last, kinds.map(kind => `, ${kind}`).join(''))
        : insertClause(provision, `conditions ${kinds.join(', ')}`);
    return edit && [edit];
}

// ---------------------------------------------------------------------------------------
// Layout of the file
// ---------------------------------------------------------------------------------------

interface Layout {
    /** The file's line ending. */
    eol: string;
    /** The indentation of the block's clauses. */
    indent: string;
    /** One step of indentation in this file. */
    step: string;
}

function layoutOf(block: CstNode): Layout {
    const root = block.root;
    const step = indentStep(root);
    const blockIndent = indentation(root, block.offset - block.range.start.character);
    const child = ownChildren(block).find(node => node.text !== '}' && node.text !== '{' && node.range.start.line > block.range.start.line && startsLine(node));
    const indent = child ? indentation(root, child.offset - child.range.start.character) : blockIndent + step;
    return { eol: lineEnding(root), indent, step };
}

/** Each line indented as the block's clauses are; four leading spaces in a line stand for one more step. */
function indentLines(lines: string | readonly string[], layout: Layout): string {
    const all = typeof lines === 'string' ? [lines] : lines;
    return all.map(line => {
        const steps = /^(?: {4})*/.exec(line)![0].length / 4;
        return line.length === 0 ? '' : layout.indent + layout.step.repeat(steps) + line.slice(steps * 4);
    }).join(layout.eol);
}

const lineEndings = new WeakMap<RootCstNode, string>();

/** The file's line ending: that of its first line. */
export function lineEnding(root: RootCstNode): string {
    let eol = lineEndings.get(root);
    if (eol === undefined) {
        const text = root.fullText;
        const newline = text.indexOf('\n');
        eol = newline > 0 && text[newline - 1] === '\r' ? '\r\n' : '\n';
        lineEndings.set(root, eol);
    }
    return eol;
}

const indentSteps = new WeakMap<RootCstNode, string>();

/** The file's indentation step: the leading whitespace of its first indented line (a tab, or spaces), four spaces in a file with none. */
function indentStep(root: RootCstNode): string {
    let step = indentSteps.get(root);
    if (step === undefined) {
        const found = /\n([ \t]+)\S/.exec(root.fullText);
        step = found ? (found[1].startsWith('\t') ? '\t' : found[1]) : '    ';
        indentSteps.set(root, step);
    }
    return step;
}

/** Leading whitespace per line start, per document: each line is scanned once, however many fixes it gets. */
const indentations = new WeakMap<RootCstNode, Map<number, string>>();

function indentation(root: RootCstNode, lineStart: number): string {
    let byLine = indentations.get(root);
    if (!byLine) {
        byLine = new Map();
        indentations.set(root, byLine);
    }
    let indent = byLine.get(lineStart);
    if (indent === undefined) {
        const text = root.fullText;
        let end = lineStart;
        while (end < text.length && /[^\S\r\n]/.test(text[end])) {
            end++;
        }
        indent = text.slice(lineStart, end);
        byLine.set(lineStart, indent);
    }
    return indent;
}

function startsLine(node: CstNode): boolean {
    const lineStart = node.offset - node.range.start.character;
    return indentation(node.root, lineStart).length === node.range.start.character;
}

function positionAfter(node: CstNode, extra: number): Position {
    return { line: node.range.end.line, character: node.range.end.character + extra };
}

// ---------------------------------------------------------------------------------------
// Finding the text of a node's parts, without Langium's runtime (rules stay light to load)
// ---------------------------------------------------------------------------------------

function isComposite(node: CstNode): node is CompositeCstNode {
    return Array.isArray((node as Partial<CompositeCstNode>).content);
}

/** The CST nodes directly inside a node's own text: its keywords, values and the child nodes, hidden tokens left out. */
function ownChildren(cst: CstNode): CstNode[] {
    const children: CstNode[] = [];
    const visit = (node: CstNode) => {
        for (const child of isComposite(node) ? node.content : []) {
            if (child.hidden) {
                continue;
            }
            if (isComposite(child) && child.astNode === cst.astNode && !assignedFeature(child)) {
                visit(child);
            } else {
                children.push(child);
            }
        }
    };
    visit(cst);
    return children;
}

/** The keywords and tokens of a node itself, not of its children. */
function ownLeaves(cst: CstNode): CstNode[] {
    return ownChildren(cst).filter(node => !isComposite(node));
}

function nextSibling(cst: CstNode, node: CstNode): CstNode | undefined {
    const children = ownChildren(cst);
    return children[children.indexOf(node) + 1];
}

/** The feature a CST node is assigned to in the grammar (`date` for the date of `date 2022-10-11`). */
function assignedFeature(node: CstNode): string | undefined {
    let element = node.grammarSource as { $type: string; feature?: string; $container?: unknown } | undefined;
    while (element && element.$type !== 'ParserRule') {
        if (element.$type === 'Assignment') {
            return element.feature;
        }
        element = element.$container as typeof element;
    }
    return undefined;
}

function propertyNode(node: AstNode, property: string): CstNode | undefined {
    const cst = node.$cstNode;
    return cst && ownChildren(cst).find(child => assignedFeature(child) === property);
}
