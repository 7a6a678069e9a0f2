// After a configuration changed, the files its `ignores` name leave the editor's workspace and
// the files it no longer names join it, as `provisio check` would load them. Files open in the
// editor stay: the author is working on them.
import { URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';

export async function followIgnores(shared: LangiumSharedServices): Promise<void> {
    const { WorkspaceManager, LangiumDocuments, DocumentBuilder, WorkspaceLock, TextDocuments } = shared.workspace;
    const folders = WorkspaceManager.workspaceFolders ?? [];
    if (folders.length === 0) {
        return;
    }
    await WorkspaceLock.write(async token => {
        // searchFolder applies the workspace manager's filter, which reads the new configuration.
        const wanted = (await Promise.all(folders.map(folder => WorkspaceManager.searchFolder(URI.parse(folder.uri))))).flat();
        const wantedKeys = new Set(wanted.map(uri => uri.toString()));
        const isOpen = (uri: URI) => TextDocuments?.get(uri.toString()) !== undefined;
        const added = wanted.filter(uri => !LangiumDocuments.hasDocument(uri));
        const removed = LangiumDocuments.all
            .map(document => document.uri)
            .filter(uri => uri.scheme === 'file' && !wantedKeys.has(uri.toString()) && !isOpen(uri))
            .toArray();
        if (added.length > 0 || removed.length > 0) {
            await DocumentBuilder.update(added, removed, token);
        }
    });
}
