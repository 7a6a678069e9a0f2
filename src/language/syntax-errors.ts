// A declaration with a syntax error is only partly parsed: clauses after the error may be
// missing from its tree. Checks that judge what is missing stay quiet on it, so the author
// sees the syntax error rather than a cascade of findings about text that is actually there.
import { AstUtils, type AstNode } from 'langium';
import type { Document } from './generated/ast.js';

export function isInsideSyntaxError(node: AstNode): boolean {
    const { parserErrors, lexerErrors } = AstUtils.getDocument(node).parseResult;
    if (parserErrors.length === 0 && lexerErrors.length === 0) {
        return false;
    }
    const declaration = topLevelDeclaration(node);
    const range = declaration.$cstNode;
    if (!range) {
        return true;
    }
    // An error at the end of the file (offset NaN) belongs to the last declaration, left open.
    const isLast = (declaration.$container as Document | undefined)?.declarations.at(-1) === declaration;
    const inside = (offset: number) => Number.isNaN(offset) ? isLast : offset >= range.offset && offset <= range.end;
    return parserErrors.some(error => inside(error.token.startOffset)) || lexerErrors.some(error => inside(error.offset));
}

function topLevelDeclaration(node: AstNode): AstNode {
    let current = node;
    while (current.$container?.$container) {
        current = current.$container;
    }
    return current;
}
