// The pipeline the language server runs, without the protocol: documents read from a file
// system (here in memory), rebuilt through `DocumentBuilder.update` under the workspace lock
// after each change, with the server's after-build steps attached (the motivation-reuse
// refresh). Property tests drive it with many edits across several files.
import { URI, type FileSystemNode, type FileSystemProvider, type LangiumDocument } from 'langium';
import type { Document } from '../../src/language/generated/ast.js';
import { createProvisioServices, type ProvisioServices } from '../../src/language/provisio-module.js';
import { refreshCrossFileFindings } from '../../src/lsp/cross-file-refresh.js';

class MemoryFileSystemProvider implements FileSystemProvider {
    readonly files = new Map<string, string>();

    private text(uri: URI): string {
        const text = this.files.get(uri.toString());
        if (text === undefined) {
            throw new Error(`No file ${uri.toString()}`);
        }
        return text;
    }
    stat(uri: URI): Promise<FileSystemNode> { return Promise.resolve(this.statSync(uri)); }
    statSync(uri: URI): FileSystemNode { return { uri, isFile: this.files.has(uri.toString()), isDirectory: false }; }
    exists(uri: URI): Promise<boolean> { return Promise.resolve(this.existsSync(uri)); }
    existsSync(uri: URI): boolean { return this.files.has(uri.toString()); }
    readFile(uri: URI): Promise<string> { return Promise.resolve(this.text(uri)); }
    readFileSync(uri: URI): string { return this.text(uri); }
    readBinary(uri: URI): Promise<Uint8Array> { return Promise.resolve(this.readBinarySync(uri)); }
    readBinarySync(uri: URI): Uint8Array { return new TextEncoder().encode(this.text(uri)); }
    readDirectory(): Promise<FileSystemNode[]> { return Promise.resolve([]); }
    readDirectorySync(): FileSystemNode[] { return []; }
}

export interface ServerPipeline {
    services: ProvisioServices;
    /** Adds files (name → text) and builds the workspace, as the server does on start. */
    open(files: Record<string, string>): Promise<void>;
    /** Replaces one file's text and rebuilds what it affects, as after a keystroke; waits until the server would be idle. */
    change(name: string, text: string): Promise<void>;
    document(name: string): LangiumDocument<Document>;
    names(): string[];
}

export async function createServerPipeline(): Promise<ServerPipeline> {
    const fileSystem = new MemoryFileSystemProvider();
    const { shared, provisio } = createProvisioServices({ fileSystemProvider: () => fileSystem });
    refreshCrossFileFindings(shared, provisio);
    await shared.workspace.WorkspaceManager.initializeWorkspace([]);
    const { DocumentBuilder, LangiumDocuments, LangiumDocumentFactory, WorkspaceLock } = shared.workspace;
    const uriOf = (name: string) => URI.file(`/workspace/${name}.provisio`);
    const idle = () => WorkspaceLock.read(() => undefined);
    return {
        services: provisio,
        async open(files) {
            const documents = Object.entries(files).map(([name, text]) => {
                fileSystem.files.set(uriOf(name).toString(), text);
                const document = LangiumDocumentFactory.fromString<Document>(text, uriOf(name));
                LangiumDocuments.addDocument(document);
                return document;
            });
            await WorkspaceLock.write(token => DocumentBuilder.build(documents, { validation: true }, token));
            await idle();
        },
        async change(name, text) {
            fileSystem.files.set(uriOf(name).toString(), text);
            await WorkspaceLock.write(token => DocumentBuilder.update([uriOf(name)], [], token));
            // The reuse refresh may have queued a recheck of other files; wait for it too.
            await idle();
            await idle();
        },
        document: name => LangiumDocuments.getDocument(uriOf(name)) as LangiumDocument<Document>,
        names: () => [...fileSystem.files.keys()].map(uri => URI.parse(uri).path.replace(/^\/workspace\/|\.provisio$/g, ''))
    };
}
