import type { Module } from 'langium';
import type { LangiumSharedServices, PartialLangiumServices, PartialLangiumSharedServices } from 'langium/lsp';
import type { ProvisioServices } from '../language/provisio-module.js';
import { ProvisioCodeActionProvider } from './code-actions.js';
import { ProvisioDocumentBuilder } from './document-builder.js';
import { ProvisioCompletionProvider } from './completion.js';
import { ProvisioFormatter } from './formatter.js';
import { ProvisioHoverProvider } from './hover.js';
import { ConfigurableCodeLensProvider, ConfigurableInlayHintProvider } from './editor-settings.js';
import { ProvisioDocumentSymbolProvider, ProvisioFoldingRangeProvider, ProvisioNodeKindProvider } from './outline.js';
import { ProvisioRenameProvider } from './rename.js';
import { ProvisioSemanticTokenProvider } from './semantic-tokens.js';
import { ProvisioConfigurationProvider, ProvisioLanguageServer } from './server-identity.js';

/** Editor features beyond Langium's defaults. */
export const ProvisioLspModule: Module<ProvisioServices, PartialLangiumServices> = {
    lsp: {
        CodeActionProvider: services => new ProvisioCodeActionProvider(services),
        HoverProvider: services => new ProvisioHoverProvider(services),
        // Authoring aids: layout, outline, colouring, lenses, hints, completion, rename.
        Formatter: () => new ProvisioFormatter(),
        DocumentSymbolProvider: services => new ProvisioDocumentSymbolProvider(services),
        FoldingRangeProvider: services => new ProvisioFoldingRangeProvider(services),
        RenameProvider: services => new ProvisioRenameProvider(services),
        CodeLensProvider: services => new ConfigurableCodeLensProvider(services),
        InlayHintProvider: services => new ConfigurableInlayHintProvider(services),
        SemanticTokenProvider: services => new ProvisioSemanticTokenProvider(services),
        CompletionProvider: services => new ProvisioCompletionProvider(services)
    }
};

/** Editor features shared by the whole workspace. */
export const ProvisioSharedLspModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    workspace: {
        DocumentBuilder: services => new ProvisioDocumentBuilder(services),
        ConfigurationProvider: services => new ProvisioConfigurationProvider(services)
    },
    lsp: {
        NodeKindProvider: () => new ProvisioNodeKindProvider(),
        LanguageServer: services => new ProvisioLanguageServer(services)
    }
};
