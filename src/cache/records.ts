// What the cache keeps of a checked file: its results, and the facts the other files' results
// may depend on, so that a later run can decide what to check again without parsing the
// files that did not change. Built from a parsed (and, for the rest, checked) document.
import { GrammarUtils, type AstNode, type AstNodeDescription, type LangiumDocument, type Reference } from 'langium';
import { childrenOf, forEachNode, forEachReference } from '../language/ast-walk.js';
import type { DiagnosticRelatedInformation, Range } from 'vscode-languageserver-types';
import { lintMessageSubject, type FindingSubject } from '../baseline/fingerprint.js';
import type { LintResult } from '../cli/lint-results.js';
import type { Document } from '../language/generated/ast.js';
import { isUnreadable } from '../language/unreadable.js';
import { suppressedDiagnostics } from '../suppressions/suppressions.js';
import { digest } from './digest.js';

/** A span of text, compactly: offset, length, and the start and end line and character. */
export type Segment = [number, number, number, number, number, number];

/** A top-level declaration: its name, what it is, a fingerprint of its text and place, and the names it refers to. */
export interface DeclarationRecord {
    name: string;
    type: string;
    /** Its text up to the next declaration (so an error after it counts), whether it is readable, and the file's marking. */
    hash: string;
    /** Where its name is: a duplicate-name message names the line of each other declaration. */
    line: number;
    references: string[];
}

/** An entry of the file in the index of exported names, as Langium describes it (what a check reads of it: not its selection range). */
export interface ExportRecord {
    name: string;
    type: string;
    path: string;
    nameSegment?: Segment;
}

/** A necessity motivation and whose it is: what the workspace-wide motivation facts read of a file. */
export interface MotivationRecord {
    ownerType: string;
    ownerKind?: string;
    ownerName?: string;
    ownerIndex: number;
    text?: string;
    segment?: Segment;
}

/** What a file says, read from its syntax tree alone (no linking needed). */
export interface FileFacts {
    declarations: DeclarationRecord[];
    /** Fingerprint of the motivations with their owners, in order. */
    motivationDigest: string;
    /** Every name the file refers to, in declarations with a name or without. */
    references: string[];
    motivations: MotivationRecord[];
}

/** What checking a file found, and what that depends on beyond the file's facts. */
export interface CheckedFacts {
    exports: ExportRecord[];
    /** Whether a name could not be resolved: the message then suggests from every declared name. */
    unresolved: boolean;
    /** Other files the findings point into: their positions are part of the results. */
    related: string[];
    result: LintResult;
    /** What each finding of the result is about (its messages, then its suppressed ones), for fingerprints that need the syntax tree. */
    subjects: FindingSubject[];
}

export interface FileRecord extends FileFacts, CheckedFacts {
    /** Fingerprint of the text read (and of why it could not be read). */
    content: string;
    /** Fingerprint of the effective configuration. */
    config: string;
    /** Fingerprint of everything outside the file the results depend on, when they were computed. */
    dependencies: string;
}

export function fileFacts(document: LangiumDocument): FileFacts {
    const root = document.parseResult.value as Document;
    const declarations = declarationRecords(root, document.textDocument.getText());
    const motivations = motivationRecords(root);
    const motivationDigest = digest(...motivations.map(motivation => `${motivation.ownerType}|${motivation.ownerKind}|${motivation.ownerName}|${motivation.text}`));
    return { declarations: [...declarations.values()], references: fileReferences(root, declarations), motivations, motivationDigest };
}

/** The named declarations of a file, each with its text up to the next declaration. */
function declarationRecords(root: Document, text: string): Map<AstNode, DeclarationRecord> {
    const declarations = root.declarations ?? [];
    const starts = declarations.map(declaration => declaration.$cstNode?.offset);
    const ends = nextKnown(starts, text.length);
    const records = new Map<AstNode, DeclarationRecord>();
    declarations.forEach((declaration, index) => {
        const start = starts[index];
        if (start === undefined || typeof declaration.name !== 'string') {
            return;
        }
        records.set(declaration, {
            name: declaration.name,
            type: declaration.$type,
            hash: digest(String(root.classification), String(isUnreadable(declaration)), text.slice(start, ends[index])),
            line: GrammarUtils.findNodeForProperty(declaration.$cstNode, 'name')?.range.start.line ?? -1,
            references: referencedNames(declaration)
        });
    });
    return records;
}

/** Every name the file refers to: those of the recorded declarations as found, the rest walked once. */
function fileReferences(root: Document, recorded: ReadonlyMap<AstNode, DeclarationRecord>): string[] {
    const references = new Set<string>();
    forEachReference(root, ({ reference }) => reference.$refText && references.add(reference.$refText));
    for (const child of childrenOf(root)) {
        (recorded.get(child)?.references ?? referencedNames(child)).forEach(name => references.add(name));
    }
    return [...references];
}

function motivationRecords(root: Document): MotivationRecord[] {
    const motivations: MotivationRecord[] = [];
    (root.declarations ?? []).forEach((declaration, ownerIndex) => {
        if (!('necessity' in declaration) || !declaration.necessity) {
            return;
        }
        const necessity = declaration.necessity;
        motivations.push({
            ownerType: declaration.$type,
            ownerKind: 'kind' in declaration ? declaration.kind : undefined,
            ownerName: declaration.name,
            ownerIndex,
            text: necessity.text,
            segment: segmentOf(necessity.$cstNode)
        });
    });
    return motivations;
}

/** For each place, the first defined value after it, or `last`: one pass from the end. */
function nextKnown(values: ReadonlyArray<number | undefined>, last: number): number[] {
    const result = new Array<number>(values.length);
    let next = last;
    for (let index = values.length - 1; index >= 0; index--) {
        result[index] = next;
        next = values[index] ?? next;
    }
    return result;
}

/** Every name a node refers to, also where it cannot say of what kind (a half-written clause). */
export function referencedNames(node: AstNode): string[] {
    const names = new Set<string>();
    forEachNode(node, child => forEachReference(child, ({ reference }) => {
        if (reference.$refText) {
            names.add(reference.$refText);
        }
    }));
    return [...names];
}

export function checkedFacts(document: LangiumDocument, exported: Iterable<AstNodeDescription>, result: LintResult): CheckedFacts {
    const ownUri = document.uri.toString();
    const related = new Set<string>();
    const diagnostics = [...document.diagnostics ?? [], ...suppressedDiagnostics(document).map(suppressed => suppressed.diagnostic)];
    for (const diagnostic of diagnostics) {
        for (const information of diagnostic.relatedInformation ?? [] as DiagnosticRelatedInformation[]) {
            if (information.location.uri !== ownUri) {
                related.add(information.location.uri);
            }
        }
    }
    const unresolved = (document.references ?? []).some(reference => (reference as Reference).ref === undefined);
    return {
        exports: [...exported].map(exportRecord),
        unresolved,
        related: [...related],
        result,
        subjects: findingSubjects(document, result)
    };
}

function exportRecord(description: AstNodeDescription): ExportRecord {
    return { name: description.name, type: description.type, path: description.path, nameSegment: segmentOf(description.nameSegment) };
}

/** What each finding of the result is about: its messages, then its suppressed ones. */
function findingSubjects(document: LangiumDocument, result: LintResult): FindingSubject[] {
    return [...result.messages, ...result.suppressedMessages].map(message => lintMessageSubject(document, message));
}

function segmentOf(segment: { offset: number; length: number; range: Range } | undefined): Segment | undefined {
    return segment ? [segment.offset, segment.length, segment.range.start.line, segment.range.start.character, segment.range.end.line, segment.range.end.character] : undefined;
}
