// Langium keeps documents in a trie of URI path segments and collects the whole trie, copying
// each folder's list into its parent's, whenever `all` is read. The builder reads `all` several
// times on every keystroke, so in a workspace of a thousand files that was most of a
// keystroke's work. The list is kept until a document is added or removed.
import { DefaultLangiumDocuments, stream, type LangiumDocument, type Stream, type URI } from 'langium';

export class ProvisioLangiumDocuments extends DefaultLangiumDocuments {
    private allDocuments: LangiumDocument[] | undefined;

    override get all(): Stream<LangiumDocument> {
        this.allDocuments ??= super.all.toArray();
        return stream(this.allDocuments);
    }

    override addDocument(document: LangiumDocument): void {
        this.allDocuments = undefined;
        super.addDocument(document);
    }

    override deleteDocument(uri: URI): LangiumDocument | undefined {
        this.allDocuments = undefined;
        return super.deleteDocument(uri);
    }

    override deleteDocuments(folder: URI): LangiumDocument[] {
        this.allDocuments = undefined;
        return super.deleteDocuments(folder);
    }
}
