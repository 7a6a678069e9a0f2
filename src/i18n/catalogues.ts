// Loads every catalogue, so that `allCatalogues` lists them all (for the completeness test and the docs).
import './common.js';
import '../rules/registry.js';
import '../docs/docs.messages.js';
import '../language/language.messages.js';
import '../suppressions/suppressions.messages.js';
import '../lsp/editor.messages.js';
import '../cli/cli.messages.js';
import '../config/config.messages.js';
import '../documents/documents.messages.js';
import '../lsp/editing.messages.js';
import '../summary/summary.messages.js';
import '../cache/cache.messages.js';
