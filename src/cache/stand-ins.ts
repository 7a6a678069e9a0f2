// Files the cache lets a run leave unparsed still count for the workspace-wide facts of the
// files it checks again: their exported names go into the index (duplicate names, suggestions,
// wrong-kind messages) and their motivations into the motivation facts, from their records.
// A stand-in carries only what those facts read of another file: each motivation's text, its
// place, and its owner's type, kind and name. A workspace fact that reads more of another
// file must have that added to `MotivationRecord` (records.ts) and here.
import { Cancellation, DocumentState, URI, type AstNodeDescription, type DocumentBuilder, type IndexManager, type DocumentSegment, type LangiumDocument } from 'langium';
import type { ExportRecord, MotivationRecord, Segment } from './records.js';
import { symbolIndexOf } from '../language/index-entries.js';

/**
 * Puts the exported names of every file into the index in workspace order, as a full check
 * would have them: those of unloaded files from their records, and an empty placeholder for
 * the loaded files, which indexing fills in place (a map keeps the place of a key it updates).
 * Returns false when the index is not the kind this knows how to fill.
 */
export function fillIndex(indexManager: IndexManager, files: ReadonlyArray<{ uri: URI; exports?: readonly ExportRecord[] }>): boolean {
    const index = symbolIndexOf(indexManager);
    if (!index) {
        return false;
    }
    for (const { uri, exports } of files) {
        index.set(uri.toString(), (exports ?? []).map(record => description(record, uri)));
    }
    return true;
}

function description(record: ExportRecord, documentUri: URI): AstNodeDescription {
    return new StoredDescription(record, documentUri);
}

/** An index entry from a record; its name segment is built only when read (for a duplicate name), not for every entry. */
class StoredDescription implements AstNodeDescription {
    readonly name: string;
    readonly type: string;
    readonly path: string;

    constructor(private readonly record: ExportRecord, readonly documentUri: URI) {
        this.name = record.name;
        this.type = record.type;
        this.path = record.path;
    }

    get nameSegment(): DocumentSegment | undefined {
        return documentSegment(this.record.nameSegment);
    }
}

function documentSegment(segment: Segment | undefined): DocumentSegment | undefined {
    if (!segment) {
        return undefined;
    }
    const [offset, length, startLine, startCharacter, endLine, endCharacter] = segment;
    return { offset, length, end: offset + length, range: { start: { line: startLine, character: startCharacter }, end: { line: endLine, character: endCharacter } } };
}

/** A document-shaped stand-in holding the motivations of an unloaded file. */
export function motivationStandIn(uri: URI, motivations: readonly MotivationRecord[]): LangiumDocument {
    const declarations: unknown[] = [];
    const root = { $type: 'Document', declarations } as Record<string, unknown>;
    const document = { uri, parseResult: { value: root, lexerErrors: [], parserErrors: [] }, state: DocumentState.IndexedContent, references: [] } as unknown as LangiumDocument;
    root.$document = document;
    for (const motivation of motivations) {
        const owner: Record<string, unknown> = {
            $type: motivation.ownerType, $container: root, $containerProperty: 'declarations', $containerIndex: motivation.ownerIndex,
            kind: motivation.ownerKind, name: motivation.ownerName
        };
        owner.necessity = {
            $type: 'Necessity', $container: owner, $containerProperty: 'necessity', text: motivation.text,
            $cstNode: documentSegment(motivation.segment)
        };
        declarations.push(owner);
    }
    return document;
}

/**
 * Tells the listeners of the indexing phase (the workspace facts) about these documents, in
 * this order, so that facts built from them list other places in workspace order. A document
 * told again replaces what it added before.
 */
export async function announceIndexed(builder: DocumentBuilder, documents: readonly LangiumDocument[]): Promise<boolean> {
    const notify = (builder as unknown as { notifyDocumentPhase?: (document: LangiumDocument, state: DocumentState, cancel: Cancellation.CancellationToken) => Promise<void> }).notifyDocumentPhase;
    if (typeof notify !== 'function') {
        return false;
    }
    for (const document of documents) {
        await notify.call(builder, document, DocumentState.IndexedContent, Cancellation.CancellationToken.None);
    }
    return true;
}
