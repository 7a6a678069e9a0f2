// Some findings link documents that do not refer to each other: a reused motivation, or a
// name declared twice. Editing one file can add or remove such a finding in another, but
// Langium rechecks only the changed file and the files referring to it. So after each build
// the files whose cross-file facts changed are checked again. Only the files the build can
// have affected are looked at: those holding a copy or near-copy of a motivation that came,
// went or moved, and those declaring a name that a rebuilt or deleted file declared before or
// after. Of these, a file is checked again when a fingerprint of its cross-file facts changed,
// so a keystroke costs the size of what it touched, not of the workspace.
import { AstUtils, DocumentState, URI, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Document } from '../language/generated/ast.js';
import type { ProvisioServices } from '../language/provisio-module.js';
import { revalidate } from './revalidate.js';

export function refreshCrossFileFindings(shared: LangiumSharedServices, provisio: ProvisioServices): void {
    const facts = provisio.rules.WorkspaceFacts;
    const structure = provisio.validation.StructureChecks;
    const builder = shared.workspace.DocumentBuilder;
    const documents = shared.workspace.LangiumDocuments;
    const checkedWith = new Map<string, string>();
    const declaredBy = new Map<string, Declared>();
    const changedNames = new Set<string>();
    const fingerprint = (document: LangiumDocument) => `${facts.reuseFingerprint(document)}|${structure.duplicateFingerprint(document)}`;

    builder.onUpdate((_changed, deleted) => {
        for (const uri of deleted) {
            declaredBy.get(uri.toString())?.names.forEach(name => changedNames.add(name));
            declaredBy.delete(uri.toString());
        }
    });

    builder.onDocumentPhase(DocumentState.Validated, document => {
        const uri = document.uri.toString();
        checkedWith.set(uri, fingerprint(document));
        const before = declaredBy.get(uri);
        const now = declared(document);
        if (before?.places !== now.places) {
            before?.names.forEach(name => changedNames.add(name));
            now.names.forEach(name => changedNames.add(name));
            declaredBy.set(uri, now);
        }
    });

    builder.onBuildPhase(DocumentState.Validated, () => {
        const candidates = new Set(facts.takeTouched().map(necessity => AstUtils.getDocument(necessity).uri.toString()));
        structure.documentsDeclaring(changedNames).forEach(uri => candidates.add(uri));
        changedNames.clear();
        const stale: LangiumDocument[] = [];
        for (const uri of candidates) {
            const document = documents.getDocument(URI.parse(uri));
            if (document?.state === DocumentState.Validated && checkedWith.get(uri) !== fingerprint(document)) {
                stale.push(document);
            }
        }
        if (stale.length > 0) {
            revalidate(shared, stale);
        }
    });
}

interface Declared {
    names: readonly string[];
    /** The names with where each declaration starts: a duplicate-name message names the line. */
    places: string;
}

function declared(document: LangiumDocument): Declared {
    const declarations = (document.parseResult.value as Document).declarations ?? [];
    const names = declarations.flatMap(declaration => declaration.name ? [declaration.name] : []);
    const places = declarations.map(declaration => `${declaration.name}@${declaration.$cstNode?.offset}:${declaration.$cstNode?.range.start.line}`).join('\n');
    return { names, places };
}
