// Motivation reuse links documents that do not refer to each other: editing a motivation in
// one file can add or remove a reuse finding in another. Langium rechecks only the changed
// file and the files referring to it, so after each build the files whose reuse situation
// changed are checked again. Comparing a per-file fingerprint keeps this linear.
import { DocumentState, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { ProvisioServices } from '../language/provisio-module.js';
import { revalidate } from './revalidate.js';

export function refreshReuseFindings(shared: LangiumSharedServices, provisio: ProvisioServices): void {
    const facts = provisio.rules.WorkspaceFacts;
    const builder = shared.workspace.DocumentBuilder;
    const checkedWith = new Map<string, string>();

    builder.onDocumentPhase(DocumentState.Validated, document => {
        checkedWith.set(document.uri.toString(), facts.reuseFingerprint(document));
    });

    builder.onBuildPhase(DocumentState.Validated, () => {
        const stale: LangiumDocument[] = shared.workspace.LangiumDocuments.all
            .filter(document => document.state === DocumentState.Validated)
            .filter(document => checkedWith.get(document.uri.toString()) !== facts.reuseFingerprint(document))
            .toArray();
        if (stale.length > 0) {
            revalidate(shared, stale);
        }
    });
}
