// Diagnostics name the version of the text they were computed from, so an editor can tell
// them from diagnostics of text the author has since changed. Langium publishes without a
// version; the version is recorded when a document is parsed and added when it is published.
import { DocumentState } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';

export function publishWithVersions(shared: LangiumSharedServices): void {
    const connection = shared.lsp.Connection;
    const openDocuments = shared.workspace.TextDocuments;
    if (!connection) {
        return;
    }
    const parsedVersions = new Map<string, number>();
    shared.workspace.DocumentBuilder.onDocumentPhase(DocumentState.Parsed, document => {
        const uri = document.uri.toString();
        const open = openDocuments.get(uri);
        if (open) {
            parsedVersions.set(uri, open.version);
        } else {
            parsedVersions.delete(uri);
        }
    });
    const send = connection.sendDiagnostics.bind(connection);
    connection.sendDiagnostics = params => {
        const version = openDocuments.get(params.uri) ? parsedVersions.get(params.uri) : undefined;
        return send(params.version === undefined && version !== undefined ? { ...params, version } : params);
    };
}
