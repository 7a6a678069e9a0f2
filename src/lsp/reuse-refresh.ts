// Motivation reuse links documents that do not refer to each other: editing a motivation in
// one file can add or remove a reuse finding in another. Langium rechecks only the changed
// file and the files referring to it, so after each build the other files that hold a
// motivation with the same words as one that was added, changed or removed are checked again.
// Only the parsed documents' motivations are read per build, so a keystroke costs the same
// in a workspace of ten files as in one of ten thousand.
import { DocumentState, MultiMap, URI, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Document } from '../language/generated/ast.js';
import { comparisonKey } from '../model/text.js';
import { revalidate } from './revalidate.js';

export function refreshReuseFindings(shared: LangiumSharedServices): void {
    const builder = shared.workspace.DocumentBuilder;
    const documents = shared.workspace.LangiumDocuments;
    const keysOf = new Map<string, readonly string[]>();
    const holders = new MultiMap<string, string>();
    /** Comparison keys of motivations that appeared or disappeared since the last completed build. */
    const touched = new Set<string>();
    /** Documents checked since the current build started: they saw every motivation as it is now. */
    const checked = new Set<string>();

    const forget = (uri: string) => {
        for (const key of keysOf.get(uri) ?? []) {
            holders.delete(key, uri);
            touched.add(key);
        }
        keysOf.delete(uri);
    };

    builder.onUpdate((_changed, deleted) => {
        checked.clear();
        deleted.forEach(uri => forget(uri.toString()));
    });

    builder.onDocumentPhase(DocumentState.Parsed, document => {
        const uri = document.uri.toString();
        forget(uri);
        const keys = [...new Set(motivationKeys(document))];
        keysOf.set(uri, keys);
        for (const key of keys) {
            holders.add(key, uri);
            touched.add(key);
        }
    });

    builder.onDocumentPhase(DocumentState.Validated, document => {
        checked.add(document.uri.toString());
    });

    builder.onBuildPhase(DocumentState.Validated, () => {
        const staleUris = new Set([...touched].flatMap(key => holders.get(key)).filter(uri => !checked.has(uri)));
        touched.clear();
        const stale = [...staleUris]
            .map(uri => documents.getDocument(URI.parse(uri)))
            .filter((document): document is LangiumDocument => document?.state === DocumentState.Validated);
        if (stale.length > 0) {
            revalidate(shared, stale);
        }
    });
}

function motivationKeys(document: LangiumDocument): string[] {
    const declarations = (document.parseResult.value as Partial<Document>).declarations ?? [];
    return declarations
        .flatMap(declaration => 'necessity' in declaration && declaration.necessity?.text ? [comparisonKey(declaration.necessity.text)] : [])
        .filter(key => key !== '');
}
