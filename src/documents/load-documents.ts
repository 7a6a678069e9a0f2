// Parses, links and validates a set of files as one workspace, beside the built-in vocabulary.
import { DefaultIndexManager, URI, type LangiumDocument } from 'langium';
import type { Locale } from '../i18n/messages.js';
import { createProvisioServices, type ProvisioServices } from '../language/provisio-module.js';
import { limitFileSizeByConfig, ProvisioFileSystemProvider } from './file-system.js';

export interface LoadedWorkspace {
    services: ProvisioServices;
    documents: LangiumDocument[];
}

/** Services that read files as the CLI and server do, speaking `locale`; `maxFileSize` overrides the configuration's limit. */
export function createNodeServices(maxFileSize?: number, locale: Locale = 'en'): ProvisioServices {
    const fileSystem = new ProvisioFileSystemProvider();
    const { provisio } = createProvisioServices({ fileSystemProvider: () => fileSystem }, { shared: { workspace: { IndexManager: services => new CheckIndexManager(services) } } });
    // Set before any document is loaded: diagnostics are put into words while validating.
    provisio.i18n.Translator.locale = locale;
    limitFileSizeByConfig(fileSystem, provisio, maxFileSize);
    return provisio;
}

/**
 * A check never asks where a declaration is referred to (the editor does, for find-references
 * and rename), so the references of the documents are not indexed: a twentieth of the work.
 */
class CheckIndexManager extends DefaultIndexManager {
    override async updateReferences(): Promise<void> {}
}

/**
 * Files that cannot be read, or are not UTF-8, are loaded empty and carry one diagnostic saying why.
 * `replacements` gives the text of some files instead of the disk (`provisio check --stdin`).
 */
export async function loadDocuments(files: readonly string[], services = createNodeServices(), replacements: ReadonlyMap<string, string> = new Map()): Promise<LoadedWorkspace> {
    const fileSystem = services.shared.workspace.FileSystemProvider;
    // One file after another: opening every file at once runs out of file descriptors in a large
    // workspace (EMFILE, reported as unreadable files), and is no quicker for small files.
    const texts = files.map(file => replacements.get(file) ?? fileSystem.readFileSync(URI.file(file)));
    await services.shared.workspace.WorkspaceManager.initializeWorkspace([]);
    const documents = files.map((file, index) => {
        const document = services.shared.workspace.LangiumDocumentFactory.fromString(texts[index], URI.file(file));
        services.shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    await services.shared.workspace.DocumentBuilder.build(documents, { validation: true });
    return { services, documents };
}
