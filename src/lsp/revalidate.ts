import { DocumentState, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';

/** Checks documents again without re-parsing or re-linking them, after something they do not refer to changed. */
export function revalidate(shared: LangiumSharedServices, documents: Iterable<LangiumDocument>): void {
    const builder = shared.workspace.DocumentBuilder;
    void shared.workspace.WorkspaceLock.write(async token => {
        for (const document of documents) {
            builder.resetToState(document, DocumentState.IndexedReferences);
        }
        await builder.update([], [], token);
    });
}
