// Parses, links and validates a set of files as one workspace, beside the built-in vocabulary.
import { readFile } from 'node:fs/promises';
import { DefaultIndexManager, URI, type LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { createProvisioServices, type ProvisioServices } from '../language/provisio-module.js';
import { describeFsError, PathError } from './collect-files.js';

export interface LoadedWorkspace {
    services: ProvisioServices;
    documents: LangiumDocument[];
}

export function createNodeServices(): ProvisioServices {
    return createProvisioServices(NodeFileSystem, { shared: { workspace: { IndexManager: services => new CheckIndexManager(services) } } }).provisio;
}

/**
 * A check never asks where a declaration is referred to (the editor does, for find-references
 * and rename), so the references of the documents are not indexed: a twentieth of the work.
 */
class CheckIndexManager extends DefaultIndexManager {
    override async updateReferences(): Promise<void> {}
}

export async function loadDocuments(files: readonly string[], services = createNodeServices()): Promise<LoadedWorkspace> {
    const texts = await Promise.all(files.map(readText));
    await services.shared.workspace.WorkspaceManager.initializeWorkspace([]);
    const documents = files.map((file, index) => {
        const document = services.shared.workspace.LangiumDocumentFactory.fromString(texts[index], URI.file(file));
        services.shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    await services.shared.workspace.DocumentBuilder.build(documents, { validation: true });
    return { services, documents };
}

async function readText(file: string): Promise<string> {
    try {
        return await readFile(file, 'utf8');
    } catch (error) {
        throw new PathError(describeFsError(file, error));
    }
}
