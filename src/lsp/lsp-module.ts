import type { Module } from 'langium';
import type { LangiumSharedServices, PartialLangiumServices, PartialLangiumSharedServices } from 'langium/lsp';
import type { ProvisioServices } from '../language/provisio-module.js';
import { ProvisioCodeActionProvider } from './code-actions.js';
import { ProvisioDocumentBuilder } from './document-builder.js';
import { ProvisioCompletionProvider } from './completion.js';
import { ProvisioFormatter } from './formatter.js';
import { ProvisioHoverProvider } from './hover.js';
import { ProvisioCodeLensProvider, ProvisioInlayHintProvider } from './lenses-and-hints.js';
import { ProvisioDocumentSymbolProvider, ProvisioFoldingRangeProvider, ProvisioNodeKindProvider } from './outline.js';
import { ProvisioRenameProvider } from './rename.js';
import { ProvisioSemanticTokenProvider } from './semantic-tokens.js';

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
        CodeLensProvider: services => new ProvisioCodeLensProvider(services),
        InlayHintProvider: services => new ProvisioInlayHintProvider(services),
        SemanticTokenProvider: services => new ProvisioSemanticTokenProvider(services),
        CompletionProvider: services => new ProvisioCompletionProvider(services)
    }
};

/** Editor features shared by the whole workspace. */
export const ProvisioSharedLspModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    workspace: {
        DocumentBuilder: services => new ProvisioDocumentBuilder(services)
    },
    lsp: {
        NodeKindProvider: () => new ProvisioNodeKindProvider()
    }
};
