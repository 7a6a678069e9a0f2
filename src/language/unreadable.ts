// A declaration is unreadable when the parser could not read all of it (a syntax error
// between its start and the next declaration) or when one of its dates is not a date.
// Checks stay quiet on what depends on an unreadable declaration: the author is shown the
// error itself, not a cascade of findings about clauses the parser lost or dates it cannot
// compare. Uses no Langium runtime, so rules and the CLI's fast commands may import it.
import type { AstNode } from 'langium';
import type { Document, ProvisioAstType } from './generated/ast.js';
import { isCalendarDate } from '../model/dates.js';
import { forEachNode, topLevelDeclaration } from './ast-walk.js';
import { countAtOrBefore } from '../support/sorted.js';

/** The properties that hold dates, per node type. */
export const dateProperties: Partial<Record<keyof ProvisioAstType, readonly string[]>> = {
    Provision: ['date'], WeighingNote: ['assessed', 'reviewDue'], Approval: ['date'], OversightNotification: ['date'], Period: ['from', 'to']
};

const unreadableByDocument = new WeakMap<Document, ReadonlySet<AstNode>>();

/** Whether the node's declaration, or a recipient or umbrella that declaration refers to, is unreadable. */
export function dependsOnUnreadable(node: AstNode): boolean {
    const declaration = topLevelDeclaration(node);
    if (!declaration) {
        return false;
    }
    const referenced = 'recipients' in declaration
        ? [...(declaration.recipients as Array<{ ref?: AstNode }>), ...('umbrella' in declaration && declaration.umbrella ? [declaration.umbrella as { ref?: AstNode }] : [])]
        : [];
    return isUnreadable(declaration) || referenced.some(reference => reference.ref !== undefined && isUnreadable(reference.ref));
}

export function isUnreadable(declaration: AstNode): boolean {
    const document = declaration.$container as Document | undefined;
    if (!document) {
        return false;
    }
    let unreadable = unreadableByDocument.get(document);
    if (!unreadable) {
        unreadable = findUnreadable(document);
        unreadableByDocument.set(document, unreadable);
    }
    return unreadable.has(declaration);
}

function findUnreadable(document: Document): ReadonlySet<AstNode> {
    const unreadable = new Set<AstNode>(document.declarations.filter(hasInvalidDate));
    const parseResult = document.$document?.parseResult;
    const errorOffsets = [
        ...(parseResult?.parserErrors ?? []).map(error => error.token.startOffset),
        ...(parseResult?.lexerErrors ?? []).map(error => error.offset),
        ...(parseResult?.lexerReport?.diagnostics ?? []).filter(diagnostic => diagnostic.severity === 'error').map(diagnostic => diagnostic.offset)
    ];
    const placed = placedDeclarations(document.declarations);
    for (const offset of errorOffsets) {
        // An error at the end of the file (offset NaN) belongs to the last declaration, left open.
        const declaration = Number.isNaN(offset) ? document.declarations.at(-1) : lastStartingBy(placed, offset);
        if (declaration) {
            unreadable.add(declaration);
        }
    }
    return unreadable;
}

interface Placed {
    start: number;
    declaration: AstNode;
}

/** The declarations the parser placed in the text, in order: their starts rise. */
function placedDeclarations(declarations: readonly AstNode[]): Placed[] {
    return declarations.flatMap(declaration => declaration.$cstNode ? [{ start: declaration.$cstNode.offset, declaration }] : []);
}

/** The last declaration that starts at or before `offset`, by binary search: an error costs a few reads, not one per declaration. */
export function lastStartingBy(placed: readonly Placed[], offset: number): AstNode | undefined {
    return placed[countAtOrBefore(placed, offset, entry => entry.start) - 1]?.declaration;
}

function hasInvalidDate(declaration: AstNode): boolean {
    let invalid = false;
    forEachNode(declaration, node => {
        const values = node as unknown as Record<string, unknown>;
        invalid ||= (dateProperties[node.$type as keyof ProvisioAstType] ?? []).some(property => typeof values[property] === 'string' && !isCalendarDate(values[property] as string));
    });
    return invalid;
}
