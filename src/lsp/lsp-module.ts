import type { Module } from 'langium';
import type { LangiumSharedServices, PartialLangiumServices, PartialLangiumSharedServices } from 'langium/lsp';
import type { ProvisioServices } from '../language/provisio-module.js';
import { ProvisioCodeActionProvider } from './code-actions.js';
import { ProvisioDocumentBuilder } from './document-builder.js';
import { ProvisioHoverProvider } from './hover.js';

/** Editor features beyond Langium's defaults. */
export const ProvisioLspModule: Module<ProvisioServices, PartialLangiumServices> = {
    lsp: {
        CodeActionProvider: () => new ProvisioCodeActionProvider(),
        HoverProvider: services => new ProvisioHoverProvider(services)
    }
};

/** Editor features shared by the whole workspace. */
export const ProvisioSharedLspModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    workspace: {
        DocumentBuilder: services => new ProvisioDocumentBuilder(services)
    }
};
