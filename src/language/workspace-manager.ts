import { DefaultWorkspaceManager, URI, type BuildOptions, type LangiumDocument, type LangiumDocumentFactory, type LangiumSharedCoreServices, type WorkspaceFolder } from 'langium';
import { builtinVocabulary, builtinVocabularyUri } from './builtin-vocabulary.js';

/** Adds the built-in vocabulary to every workspace, and checks every file on start, not only open ones. */
export class ProvisioWorkspaceManager extends DefaultWorkspaceManager {
    private readonly documentFactory: LangiumDocumentFactory;
    override initialBuildOptions: BuildOptions = { validation: true };

    constructor(services: LangiumSharedCoreServices) {
        super(services);
        this.documentFactory = services.workspace.LangiumDocumentFactory;
    }

    protected override async loadAdditionalDocuments(_folders: WorkspaceFolder[], collector: (document: LangiumDocument) => void): Promise<void> {
        collector(this.documentFactory.fromString(builtinVocabulary, URI.parse(builtinVocabularyUri)));
    }
}
