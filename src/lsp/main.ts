// The Provisio language server, over stdio or IPC as the client chooses.
import '../polyfill.js';
import { URI } from 'langium';
import { startLanguageServer } from 'langium/lsp';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { limitFileSizeByConfig, ProvisioFileSystemProvider } from '../documents/file-system.js';
import { createProvisioServices } from '../language/provisio-module.js';
import { ProvisioLspModule, ProvisioSharedLspModule } from './lsp-module.js';
import { watchProjectConfig } from './config-watcher.js';
import { refreshCrossFileFindings } from './cross-file-refresh.js';
import { followLanguageSetting } from './language-setting.js';
import { publishWithVersions } from './versioned-diagnostics.js';
import { answerSummaryRequests } from './summary-request.js';
import { answerCheckWorkspaceRequests } from './check-workspace.js';
import { followConfigFileSetting } from './editor-settings.js';

const connection = createConnection(ProposedFeatures.all);
const fileSystem = new ProvisioFileSystemProvider();
const { shared, provisio } = createProvisioServices({ connection, fileSystemProvider: () => fileSystem }, { language: ProvisioLspModule, shared: ProvisioSharedLspModule });
limitFileSizeByConfig(fileSystem, provisio);
// Configuration is searched for no higher than the workspace folders.
shared.lsp.LanguageServer.onInitialize(params => {
    const folders = params.workspaceFolders?.map(folder => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
    provisio.config.ProjectConfig.resolver.stopAt(folders.map(uri => URI.parse(uri).fsPath));
});
watchProjectConfig(shared, provisio);
refreshCrossFileFindings(shared, provisio);
followLanguageSetting(shared, provisio);
publishWithVersions(shared);
answerSummaryRequests(shared, provisio);
answerCheckWorkspaceRequests(shared);
followConfigFileSetting(shared, provisio);
startLanguageServer(shared);
