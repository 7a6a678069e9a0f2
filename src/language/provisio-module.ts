// The Provisio language services: Langium's defaults plus the built-in vocabulary, clear
// messages for unresolved names, the structure checks, and the rules from the registry.
import { inject, type Module } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule,
    type DefaultSharedModuleContext, type LangiumServices, type LangiumSharedServices, type PartialLangiumServices, type PartialLangiumSharedServices
} from 'langium/lsp';
import { ProjectConfigProvider } from '../config/project-config-provider.js';
import { registerRules } from '../rules/run-rules.js';
import { ProvisioWorkspaceFacts } from '../rules/workspace-facts.js';
import { ProvisioDocumentValidator } from './document-validator.js';
import { ProvisioGeneratedModule, ProvisioGeneratedSharedModule } from './generated/module.js';
import { ProvisioLinker } from './linker.js';
import { ProvisioScopeProvider } from './scope-provider.js';
import { StructureChecks } from './structure-checks.js';
import { ProvisioSyntaxMessages } from './syntax-messages.js';
import { ProvisioTokenBuilder } from './token-builder.js';
import { ProvisioValueConverter } from './value-converter.js';
import { ProvisioWorkspaceManager } from './workspace-manager.js';

export interface ProvisioAddedServices {
    config: {
        ProjectConfig: ProjectConfigProvider;
    };
    rules: {
        WorkspaceFacts: ProvisioWorkspaceFacts;
    };
    validation: {
        StructureChecks: StructureChecks;
    };
}

export type ProvisioServices = LangiumServices & ProvisioAddedServices;

export const ProvisioModule: Module<ProvisioServices, PartialLangiumServices & ProvisioAddedServices> = {
    config: {
        ProjectConfig: () => new ProjectConfigProvider()
    },
    rules: {
        WorkspaceFacts: services => new ProvisioWorkspaceFacts(services)
    },
    parser: {
        ValueConverter: () => new ProvisioValueConverter(),
        TokenBuilder: () => new ProvisioTokenBuilder(),
        ParserErrorMessageProvider: services => new ProvisioSyntaxMessages(services.Grammar),
        LexerErrorMessageProvider: services => new ProvisioSyntaxMessages(services.Grammar)
    },
    references: {
        Linker: services => new ProvisioLinker(services),
        ScopeProvider: services => new ProvisioScopeProvider(services)
    },
    validation: {
        DocumentValidator: services => new ProvisioDocumentValidator(services),
        StructureChecks: services => new StructureChecks(services)
    }
};

export const ProvisioSharedModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    workspace: {
        WorkspaceManager: services => new ProvisioWorkspaceManager(services)
    }
};

/** The services; the language server adds its editor features with `editorModules`. */
export function createProvisioServices(context: DefaultSharedModuleContext, editorModules: {
    language?: Module<ProvisioServices, PartialLangiumServices>;
    shared?: Module<LangiumSharedServices, PartialLangiumSharedServices>;
} = {}): {
    shared: LangiumSharedServices;
    provisio: ProvisioServices;
} {
    const shared = inject(createDefaultSharedModule(context), ProvisioGeneratedSharedModule, ProvisioSharedModule, editorModules.shared ?? {});
    const provisio = inject(createDefaultModule({ shared }), ProvisioGeneratedModule, ProvisioModule, editorModules.language ?? {});
    shared.ServiceRegistry.register(provisio);
    provisio.validation.StructureChecks.register(provisio);
    registerRules(provisio);
    if (!context.connection) {
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, provisio };
}
