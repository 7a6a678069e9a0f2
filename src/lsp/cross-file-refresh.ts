// Some findings link documents that do not refer to each other: a reused motivation, or a
// name declared twice. Editing one file can add or remove such a finding in another, but
// Langium rechecks only the changed file and the files referring to it. So after each build
// the files whose cross-file facts changed are checked again. Comparing a per-file
// fingerprint keeps this linear in the workspace.
import { DocumentState, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { ProvisioServices } from '../language/provisio-module.js';
import { revalidate } from './revalidate.js';

export function refreshCrossFileFindings(shared: LangiumSharedServices, provisio: ProvisioServices): void {
    const facts = provisio.rules.WorkspaceFacts;
    const structure = provisio.validation.StructureChecks;
    const builder = shared.workspace.DocumentBuilder;
    const checkedWith = new Map<string, string>();
    const fingerprint = (document: LangiumDocument) => `${facts.reuseFingerprint(document)}|${structure.duplicateFingerprint(document)}`;

    builder.onDocumentPhase(DocumentState.Validated, document => {
        checkedWith.set(document.uri.toString(), fingerprint(document));
    });

    builder.onBuildPhase(DocumentState.Validated, () => {
        const stale: LangiumDocument[] = shared.workspace.LangiumDocuments.all
            .filter(document => document.state === DocumentState.Validated)
            .filter(document => checkedWith.get(document.uri.toString()) !== fingerprint(document))
            .toArray();
        if (stale.length > 0) {
            revalidate(shared, stale);
        }
    });
}
