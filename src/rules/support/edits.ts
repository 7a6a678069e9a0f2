// Text edits for quick fixes, computed from the concrete syntax tree the parser kept.
import type { AstNode, RootCstNode } from 'langium';
import type { TextEdit } from 'vscode-languageserver-types';
import type { Condition, Provision, Umbrella } from '../../language/generated/ast.js';

/** Appends `text` right after a node, e.g. `, third-party-rule` after the last condition. */
export function insertAfter(node: AstNode, text: string): TextEdit | undefined {
    const end = node.$cstNode?.range.end;
    return end ? { range: { start: end, end }, newText: text } : undefined;
}

/** Adds a clause on its own line just before the block's closing brace, indented like the block's contents. */
export function insertClause(block: AstNode, clause: string): TextEdit | undefined {
    const cst = block.$cstNode;
    const text = cst?.root.fullText;
    // A block still being written may have no closing brace yet.
    if (!cst || !text || text.charAt(cst.end - 1) !== '}') {
        return undefined;
    }
    // Positions come from the CST's offsets and ranges; the file is never split into lines,
    // so a fix costs the same in a long file as in a short one.
    const closingBrace = { line: cst.range.end.line, character: cst.range.end.character - 1 };
    const braceOffset = cst.end - 1;
    const braceLineStart = braceOffset - closingBrace.character;
    const clauseIndent = indentation(cst.root, cst.offset - cst.range.start.character) + '    ';
    if (braceLineStart + indentation(cst.root, braceLineStart).length === braceOffset) {
        const lineStart = { line: closingBrace.line, character: 0 };
        return { range: { start: lineStart, end: lineStart }, newText: `${clauseIndent}${clause}\n` };
    }
    const spaceBefore = /\s/.test(text.charAt(braceOffset - 1)) ? '' : ' ';
    return { range: { start: closingBrace, end: closingBrace }, newText: `${spaceBefore}${clause} ` };
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

/** The edits that add conditions to a provision or umbrella: extend its own `conditions` list, or add the clause. The caller titles the fix in its own words. */
export function addConditions(provision: Provision | Umbrella, kinds: readonly Condition['kind'][]): TextEdit[] | undefined {
    const last = provision.conditions.at(-1);
    const edit = last
        ? insertAfter(last, kinds.map(kind => `, ${kind}`).join(''))
        : insertClause(provision, `conditions ${kinds.join(', ')}`);
    return edit && [edit];
}
