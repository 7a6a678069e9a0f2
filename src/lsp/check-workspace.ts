// `provisio/checkWorkspace`: checks every document of the workspace again (files changed on
// disk are read again by the file watcher; this re-runs the rules on all of them) and answers
// how many files were checked and how many errors and warnings they have, so that the editor
// can say so and show the Problems panel.
import { DocumentState } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { DiagnosticSeverity } from 'vscode-languageserver';

import { checkWorkspaceRequest, type CheckWorkspaceResult } from './check-workspace-protocol.js';

export function answerCheckWorkspaceRequests(shared: LangiumSharedServices): void {
    shared.lsp.Connection?.onRequest(checkWorkspaceRequest, async (): Promise<CheckWorkspaceResult> => {
        await shared.workspace.WorkspaceManager.ready;
        const builder = shared.workspace.DocumentBuilder;
        await shared.workspace.WorkspaceLock.write(async token => {
            for (const document of shared.workspace.LangiumDocuments.all) {
                builder.resetToState(document, DocumentState.IndexedReferences);
            }
            await builder.update([], [], token);
        });
        return shared.workspace.WorkspaceLock.read(() => {
            const files = shared.workspace.LangiumDocuments.all.filter(document => document.uri.scheme === 'file').toArray();
            const diagnostics = files.flatMap(document => document.diagnostics ?? []);
            return {
                files: files.length,
                errors: diagnostics.filter(diagnostic => diagnostic.severity === DiagnosticSeverity.Error).length,
                warnings: diagnostics.filter(diagnostic => diagnostic.severity === DiagnosticSeverity.Warning).length
            };
        });
    });
}
