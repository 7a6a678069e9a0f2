// Loads every catalogue, so that `allCatalogues` lists them all (for the completeness test and the docs).
import './common.js';
import '../rules/registry.js';
import '../docs/docs.messages.js';
import '../language/language.messages.js';
import '../suppressions/suppressions.messages.js';
import '../lsp/editor.messages.js';
import '../lsp/keyword-docs.messages.js';
import '../cli/cli.messages.js';
import '../cli/check-flags.messages.js';
import '../cli/init.messages.js';
import '../config/config.messages.js';
import '../config/schema.messages.js';
import '../documents/documents.messages.js';
import '../lsp/editing.messages.js';
import '../summary/summary.messages.js';
import '../baseline/baseline.messages.js';
import '../docs/rule-pages.messages.js';
