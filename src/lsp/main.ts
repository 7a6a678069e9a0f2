// The Provisio language server, over stdio or IPC as the client chooses.
import '../polyfill.js';
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createProvisioServices } from '../language/provisio-module.js';
import { ProvisioLspModule } from './lsp-module.js';
import { watchProjectConfig } from './config-watcher.js';
import { refreshCrossFileFindings } from './cross-file-refresh.js';

const connection = createConnection(ProposedFeatures.all);
const { shared, provisio } = createProvisioServices({ connection, ...NodeFileSystem }, ProvisioLspModule);
watchProjectConfig(shared, provisio);
refreshCrossFileFindings(shared, provisio);
startLanguageServer(shared);
