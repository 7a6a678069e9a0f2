import { DefaultWorkspaceManager, URI, type LangiumDocument, type LangiumDocumentFactory, type LangiumSharedCoreServices, type WorkspaceFolder } from 'langium';
import { builtinVocabulary, builtinVocabularyUri } from './builtin-vocabulary.js';

/** Adds the built-in vocabulary to every workspace. */
export class ProvisioWorkspaceManager extends DefaultWorkspaceManager {
    private readonly documentFactory: LangiumDocumentFactory;

    constructor(services: LangiumSharedCoreServices) {
        super(services);
        this.documentFactory = services.workspace.LangiumDocumentFactory;
    }

    protected override async loadAdditionalDocuments(_folders: WorkspaceFolder[], collector: (document: LangiumDocument) => void): Promise<void> {
        collector(this.documentFactory.fromString(builtinVocabulary, URI.parse(builtinVocabularyUri)));
    }
}
