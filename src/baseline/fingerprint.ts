// A finding's fingerprint: what it is about, never where it is. Reformatting a file, adding
// comments or blank lines, or moving a provision down the file leaves the fingerprint
// unchanged; a change to the words the finding is about changes it. Baselines, SARIF's
// partialFingerprints and GitLab's fingerprints are all made here, so they cannot drift apart.
import { createHash } from 'node:crypto';
import { relative, resolve, sep } from 'node:path';
import { CstUtils, isCompositeCstNode, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import type { Diagnostic, Range } from 'vscode-languageserver-types';
import type { LintMessage } from '../cli/lint-results.js';
import type { FindingData } from '../rules/run-rules.js';
import { topLevelDeclaration } from '../language/ast-walk.js';

/** The parts a fingerprint is made of, readable so a baseline file can be reviewed in a diff. */
export interface FingerprintParts {
    /** The rule id, or the language diagnostic's code (`language/syntax`). */
    rule: string;
    /** Which of the rule's messages, the same in every language; empty for diagnostics without one. */
    message: string;
    /** The file, relative to the workspace root, with `/` between folders. */
    file: string;
    /** The name of the enclosing provision, umbrella, recipient or other declaration; empty outside one. */
    declaration: string;
    /** From the declaration down to the node the finding is on, e.g. `provision P-1 > data > subjects`. */
    path: string;
    /** A hash of the words (tokens, without comments or layout) the finding covers. */
    content: string;
}

/** The parts of the fingerprint of a diagnostic of a document. */
export function fingerprintParts(document: LangiumDocument, diagnostic: Diagnostic, workspaceRoot: string): FingerprintParts {
    return {
        rule: typeof diagnostic.code === 'string' || typeof diagnostic.code === 'number' ? String(diagnostic.code) : '',
        message: (diagnostic.data as FindingData | undefined)?.messageId ?? '',
        file: workspaceFile(document.uri.fsPath, workspaceRoot),
        ...subjectOf(document, diagnostic.range)
    };
}

/** The parts only the syntax tree can give; the cache keeps them with a file's results, so a reused finding keeps its fingerprint. */
export type FindingSubject = Pick<FingerprintParts, 'declaration' | 'path' | 'content'>;

/** The syntax tree's parts of the fingerprint of a finding as the command line reports it (lines and columns from 1): those of the diagnostic it was made from. */
export function lintMessageSubject(document: LangiumDocument, message: LintMessage): FindingSubject {
    return subjectOf(document, { start: { line: message.line - 1, character: message.column - 1 }, end: { line: message.endLine - 1, character: message.endColumn - 1 } });
}

/** The parts of the fingerprint of a lint message, with its subject; without one (it could not be placed) only the rule, message and file count. */
export function lintMessageFingerprintParts(filePath: string, message: LintMessage, subject: FindingSubject | undefined, workspaceRoot: string): FingerprintParts {
    return {
        rule: message.ruleId ?? '',
        message: message.messageId ?? '',
        file: workspaceFile(filePath, workspaceRoot),
        ...subject ?? { declaration: '', path: '', content: hash('').slice(0, 16) }
    };
}

/** A stable fingerprint of a diagnostic: a hash of its parts (rule, message, file, declaration, node path, content). */
export function fingerprintOf(document: LangiumDocument, diagnostic: Diagnostic, workspaceRoot: string): string {
    return fingerprintKey(fingerprintParts(document, diagnostic, workspaceRoot));
}

/** The fingerprint of parts already computed (as a baseline file stores them). */
export function fingerprintKey(parts: FingerprintParts): string {
    return hash(JSON.stringify([parts.rule, parts.message, parts.file, parts.declaration, parts.path, parts.content])).slice(0, 32);
}

/** The file as a fingerprint names it: relative to the workspace root, with `/` between folders. */
export function workspaceFile(path: string, workspaceRoot: string): string {
    return relative(workspaceRoot, path).split(sep).join('/');
}

/** Which of the run's workspace roots a file belongs to: the deepest that contains it, else the first. */
export function rootContaining(path: string, roots: readonly string[]): string {
    const containing = roots.map(root => resolve(root)).filter(root => path.startsWith(root.endsWith(sep) ? root : root + sep));
    return containing.sort((a, b) => b.length - a.length)[0] ?? resolve(roots[0] ?? '.');
}

function subjectOf(document: LangiumDocument, range: Range): FindingSubject {
    const start = document.textDocument.offsetAt(range.start);
    const end = document.textDocument.offsetAt(range.end);
    const node = nodeCovering(document, start, end);
    const declaration = node && topLevelDeclaration(node);
    return {
        declaration: declaration ? nameOf(declaration) ?? '' : '',
        path: node ? nodePath(node) : '',
        content: hash(node?.$cstNode ? coveredWords(node.$cstNode, start, end) : '').slice(0, 16)
    };
}

/** The smallest node whose text contains the whole range; the document when none does. */
function nodeCovering(document: LangiumDocument, start: number, end: number): AstNode | undefined {
    const root = document.parseResult?.value;
    const rootCst = root?.$cstNode;
    if (!rootCst) {
        return root;
    }
    let node: AstNode | undefined = CstUtils.findLeafNodeAtOffset(rootCst, start)?.astNode ?? root;
    while (node?.$container && !(node.$cstNode && node.$cstNode.offset <= start && node.$cstNode.end >= end)) {
        node = node.$container;
    }
    return node;
}

function nameOf(node: AstNode): string | undefined {
    const name = (node as { name?: unknown }).name;
    return typeof name === 'string' ? name : undefined;
}

/** `provision P-1 > data > subjects`: named nodes by their keyword and name, others by the clause that holds them. */
function nodePath(node: AstNode): string {
    const segments: string[] = [];
    for (let current: AstNode | undefined = node; current?.$container; current = current.$container) {
        const name = nameOf(current);
        segments.push(name !== undefined ? `${keywordOf(current)} ${name}` : current.$containerProperty ?? current.$type);
    }
    return segments.reverse().join(' > ');
}

/** A provision's own kind (`group-provision`), else the node type as a keyword: `WeighingNote` → `weighing-note`. */
function keywordOf(node: AstNode): string {
    const kind = (node as { kind?: unknown }).kind;
    return typeof kind === 'string' ? kind : node.$type.replace(/(?<=[a-z])(?=[A-Z])/g, '-').toLowerCase();
}

/**
 * The tokens of a node that overlap [start, end), without comments, with runs of white space
 * made one space; for an empty range, the token there. Only the branches that overlap the
 * range are visited, found by binary search, so many findings in one large file cost no more
 * than their own words.
 */
function coveredWords(cst: CstNode, start: number, end: number): string {
    if (start === end) {
        const leaf = CstUtils.findLeafNodeAtOffset(cst, start);
        return leaf && !leaf.hidden ? leaf.text.replace(/\s+/g, ' ').trim() : '';
    }
    const words: string[] = [];
    const visit = (node: CstNode): void => {
        if (isCompositeCstNode(node)) {
            for (let index = firstEndingAfter(node.content, start); index < node.content.length && node.content[index].offset < end; index++) {
                visit(node.content[index]);
            }
        } else if (!node.hidden) {
            words.push(node.text.replace(/\s+/g, ' ').trim());
        }
    };
    visit(cst);
    return words.join(' ');
}

/** The index of the first of the ordered children that ends after `offset` (a binary search, so a file of many declarations costs log n per finding). */
function firstEndingAfter(children: readonly CstNode[], offset: number): number {
    let low = 0;
    let high = children.length;
    while (low < high) {
        const middle = (low + high) >>> 1;
        if (children[middle].end > offset) {
            high = middle;
        } else {
            low = middle + 1;
        }
    }
    return low;
}

function hash(text: string): string {
    return createHash('sha256').update(text).digest('hex');
}
