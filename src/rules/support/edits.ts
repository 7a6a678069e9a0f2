// Text edits for quick fixes, computed from the concrete syntax tree the parser kept.
import type { AstNode } from 'langium';
import type { TextEdit } from 'vscode-languageserver-types';
import type { Condition, Provision } from '../../language/generated/ast.js';

/** Appends `text` right after a node, e.g. `, third-party-rule` after the last condition. */
export function insertAfter(node: AstNode, text: string): TextEdit | undefined {
    const end = node.$cstNode?.range.end;
    return end ? { range: { start: end, end }, newText: text } : undefined;
}

/** Adds a clause on its own line just before the block's closing brace, indented like the block's contents. */
export function insertClause(block: AstNode, clause: string): TextEdit | undefined {
    const cst = block.$cstNode;
    if (!cst) {
        return undefined;
    }
    const closingBrace = { line: cst.range.end.line, character: cst.range.end.character - 1 };
    const lines = cst.root.fullText.split(/\r?\n/);
    const braceLine = lines[closingBrace.line] ?? '';
    const blockIndent = leadingWhitespace(lines[cst.range.start.line] ?? '');
    const clauseIndent = blockIndent + '    ';
    if (braceLine.slice(0, closingBrace.character).trim() === '') {
        const lineStart = { line: closingBrace.line, character: 0 };
        return { range: { start: lineStart, end: lineStart }, newText: `${clauseIndent}${clause}\n` };
    }
    const spaceBefore = /\s$/.test(braceLine.slice(0, closingBrace.character)) ? '' : ' ';
    return { range: { start: closingBrace, end: closingBrace }, newText: `${spaceBefore}${clause} ` };
}

function leadingWhitespace(line: string): string {
    return /^\s*/.exec(line)![0];
}

/** The edits that add conditions to a provision: extend its own `conditions` list, or add the clause. The caller titles the fix in its own words. */
export function addConditions(provision: Provision, kinds: readonly Condition['kind'][]): TextEdit[] | undefined {
    const last = provision.conditions.at(-1);
    const edit = last
        ? insertAfter(last, kinds.map(kind => `, ${kind}`).join(''))
        : insertClause(provision, `conditions ${kinds.join(', ')}`);
    return edit && [edit];
}
