// The Provisio language services: Langium's defaults plus the built-in vocabulary, clear
// messages for unresolved names, scopes that look names up in a map, the structure checks,
// and the rules from the registry.
import { inject, type Module } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule,
    type DefaultSharedModuleContext, type LangiumServices, type LangiumSharedServices, type PartialLangiumServices, type PartialLangiumSharedServices
} from 'langium/lsp';
import { ProjectConfigProvider } from '../config/project-config-provider.js';
import { Translator } from '../i18n/translator.js';
import { InlineSuppressions } from '../suppressions/suppressions.js';
import { registerRules } from '../rules/run-rules.js';
import { ProvisioWorkspaceFacts } from '../rules/workspace-facts.js';
import { ProvisioValidationRegistry } from './check-failure.js';
import { ProvisioDocumentFactory } from './document-factory.js';
import { ProvisioDocumentValidator } from './document-validator.js';
import { ProvisioGeneratedModule, ProvisioGeneratedSharedModule } from './generated/module.js';
import { ProvisioLinker } from './linker.js';
import { ProvisioLangiumDocuments } from './langium-documents.js';
import { ProvisioScopeComputation } from './scope-computation.js';
import { ProvisioScopeProvider } from './scope-provider.js';
import { StructureChecks } from './structure-checks.js';
import { registerSourceChecks } from './source-checks.js';
import { ProvisioSyntaxMessages } from './syntax-messages.js';
import { ProvisioTokenBuilder } from './token-builder.js';
import { ProvisioValueConverter } from './value-converter.js';
import { ProvisioWorkspaceManager } from './workspace-manager.js';

export interface ProvisioAddedServices {
    i18n: {
        /** Puts messages into words in the language chosen for this session (CLI flag, editor setting, …). */
        Translator: Translator;
    };
    config: {
        ProjectConfig: ProjectConfigProvider;
    };
    suppressions: {
        InlineSuppressions: InlineSuppressions;
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
    i18n: {
        Translator: () => new Translator()
    },
    config: {
        ProjectConfig: () => new ProjectConfigProvider()
    },
    suppressions: {
        InlineSuppressions: services => new InlineSuppressions(services.i18n.Translator)
    },
    rules: {
        WorkspaceFacts: services => new ProvisioWorkspaceFacts(services)
    },
    parser: {
        ValueConverter: () => new ProvisioValueConverter(),
        TokenBuilder: services => new ProvisioTokenBuilder(services.i18n.Translator),
        ParserErrorMessageProvider: services => new ProvisioSyntaxMessages(services.Grammar, services.i18n.Translator),
        LexerErrorMessageProvider: services => new ProvisioSyntaxMessages(services.Grammar, services.i18n.Translator)
    },
    references: {
        Linker: services => new ProvisioLinker(services),
        ScopeProvider: services => new ProvisioScopeProvider(services),
        ScopeComputation: services => new ProvisioScopeComputation(services)
    },
    validation: {
        DocumentValidator: services => new ProvisioDocumentValidator(services),
        ValidationRegistry: services => new ProvisioValidationRegistry(services),
        StructureChecks: services => new StructureChecks(services)
    }
};

export const ProvisioSharedModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    workspace: {
        LangiumDocumentFactory: services => new ProvisioDocumentFactory(services),
        LangiumDocuments: services => new ProvisioLangiumDocuments(services),
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
    registerSourceChecks(provisio);
    // Created now rather than at the first validation, so that its index sees the first build too (the CLI builds only once).
    void provisio.rules.WorkspaceFacts;
    if (!context.connection) {
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, provisio };
}
