// The Provisio language server, over stdio or IPC as the client chooses.
import '../polyfill.js';
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createProvisioServices } from '../language/provisio-module.js';
import { ProvisioLspModule, ProvisioSharedLspModule } from './lsp-module.js';
import { watchProjectConfig } from './config-watcher.js';
import { refreshReuseFindings } from './reuse-refresh.js';
import { publishWithVersions } from './versioned-diagnostics.js';

const connection = createConnection(ProposedFeatures.all);
const { shared, provisio } = createProvisioServices({ connection, ...NodeFileSystem }, { language: ProvisioLspModule, shared: ProvisioSharedLspModule });
watchProjectConfig(shared, provisio);
refreshReuseFindings(shared);
publishWithVersions(shared);
startLanguageServer(shared);
