import { DefaultWorkspaceManager, URI, type BuildOptions, type FileSystemNode, type LangiumDocument, type LangiumDocumentFactory, type LangiumSharedCoreServices, type WorkspaceFolder } from 'langium';
import type { ProvisioServices } from './provisio-module.js';
import { builtinVocabulary, builtinVocabularyUri } from './builtin-vocabulary.js';

/** Adds the built-in vocabulary to every workspace, and checks every file on start, not only open ones. */
export class ProvisioWorkspaceManager extends DefaultWorkspaceManager {
    private readonly documentFactory: LangiumDocumentFactory;
    override initialBuildOptions: BuildOptions = { validation: true };

    constructor(services: LangiumSharedCoreServices) {
        super(services);
        this.documentFactory = services.workspace.LangiumDocumentFactory;
    }

    /** Files the configuration's `ignores` name are left out of the workspace, as `provisio check` leaves them out. */
    override shouldIncludeEntry(entry: FileSystemNode): boolean {
        if (!super.shouldIncludeEntry(entry)) {
            return false;
        }
        if (!entry.isFile) {
            return true;
        }
        const services = this.serviceRegistry.getServices(entry.uri) as Partial<ProvisioServices>;
        return services.config?.ProjectConfig.isIgnored(entry.uri) !== true;
    }

    protected override async loadAdditionalDocuments(_folders: WorkspaceFolder[], collector: (document: LangiumDocument) => void): Promise<void> {
        collector(this.documentFactory.fromString(builtinVocabulary, URI.parse(builtinVocabularyUri)));
    }
}
