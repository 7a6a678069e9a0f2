// Walks an AST in the order Langium's `streamAst` gives (each node, then its children in
// property order), with plain loops. Langium's streams build an iterator object per node and
// its linker, scope computation and validator await a cancellation check per node; for a
// workspace of ten thousand provisions that bookkeeping cost more than the work itself. The
// services below walk one top-level declaration at a time and check for cancellation between
// declarations, so the editor still stays responsive. Uses no Langium runtime, so rules and
// the CLI's fast commands may import it.
import type { AstNode, CstNode, MultiReference, Reference, ReferenceInfo } from 'langium';

function isAstNode(value: unknown): value is AstNode {
    return typeof value === 'object' && value !== null && typeof (value as AstNode).$type === 'string';
}

/** A single or multiple cross-reference, as Langium's `isReference` and `isMultiReference` tell them. */
function isAnyReference(value: unknown): value is Reference | MultiReference {
    return typeof value === 'object' && value !== null && typeof (value as Reference).$refText === 'string' && ('ref' in value || 'items' in value);
}

/** Calls `visit` with each value of the node's own properties, in property order, each element of a list with its index. */
function forEachValue(node: AstNode, visit: (value: unknown, property: string, index?: number) => void): void {
    const values = node as unknown as Record<string, unknown>;
    for (const property of Object.keys(node)) {
        if (property.startsWith('$')) {
            continue;
        }
        const value = values[property];
        if (Array.isArray(value)) {
            value.forEach((element, index) => visit(element, property, index));
        } else {
            visit(value, property);
        }
    }
}

/** Calls `visit` with each child node of `node`, in property order. */
export function forEachChild(node: AstNode, visit: (child: AstNode) => void): void {
    forEachValue(node, value => {
        if (isAstNode(value)) {
            visit(value);
        }
    });
}

/** Calls `visit` with `root` and every node inside it, parents before children, in the order of `streamAst`. */
export function forEachNode(root: AstNode, visit: (node: AstNode) => void): void {
    const pending: AstNode[] = [root];
    const children: AstNode[] = [];
    for (let node = pending.pop(); node; node = pending.pop()) {
        visit(node);
        forEachChild(node, child => children.push(child));
        for (let i = children.length - 1; i >= 0; i--) {
            pending.push(children[i]);
        }
        children.length = 0;
    }
}

/** The nodes directly inside `root`: the units the services walk between cancellation checks. */
export function childrenOf(root: AstNode): AstNode[] {
    const children: AstNode[] = [];
    forEachChild(root, child => children.push(child));
    return children;
}

/** Calls `visit` with each cross-reference the node holds, as `streamReferences` gives them. */
export function forEachReference(node: AstNode, visit: (reference: ReferenceInfo) => void): void {
    forEachValue(node, (value, property, index) => {
        if (isAnyReference(value)) {
            visit(index === undefined ? { reference: value, container: node, property } : { reference: value, container: node, property, index });
        }
    });
}

/** The top-level declaration (a provision, recipient, umbrella, …) a node lies in; undefined for the document itself. */
export function topLevelDeclaration(node: AstNode): AstNode | undefined {
    let current: AstNode | undefined = node;
    while (current?.$container?.$container) {
        current = current.$container;
    }
    return current?.$container ? current : undefined;
}

/**
 * Where the `index`th item of a list property is written: a reference's text or a node's CST node,
 * read from the item itself. Langium finds it from a property and index by collecting the
 * list's CST nodes, once per call: asked for each item of a long list, the square of its length.
 */
export function listItemCstNode(node: AstNode, property: string, index: number): CstNode | undefined {
    const list = (node as unknown as Record<string, unknown>)[property];
    const item = Array.isArray(list) ? list[index] as { $refNode?: CstNode; $cstNode?: CstNode } | undefined : undefined;
    return item?.$refNode ?? item?.$cstNode;
}
