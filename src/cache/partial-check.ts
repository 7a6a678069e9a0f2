// Checks some files of a workspace as a full check of the whole workspace would, without
// loading the rest: the files that are not loaded stand in through what the workspace-wide
// facts read of them (stand-ins.ts). `check --cache` checks the changed files this way.
import type { DocumentBuilder, LangiumDocument, URI } from 'langium';
import type { ProvisioServices } from '../language/provisio-module.js';
import { WorkspaceDependencies } from './dependencies.js';
import type { ExportRecord, FileFacts, MotivationRecord } from './records.js';
import { announceIndexed, fillIndex, motivationStandIn } from './stand-ins.js';

export interface WorkspaceFile {
    path: string;
    uri: URI;
}

/** What stands in for a file that is not loaded: its exported names and its motivations. */
export interface StandIn {
    exports: readonly ExportRecord[];
    motivations: readonly MotivationRecord[];
}

export interface PartialCheck<File extends WorkspaceFile = WorkspaceFile> {
    /** Every file of the workspace, in workspace order (sorted paths). */
    files: readonly File[];
    /** The files to check. */
    toCheck: ReadonlySet<string>;
    /** The facts of every file, to find the files that declare what the checked files refer to. */
    facts: ReadonlyMap<string, FileFacts>;
    standIn(path: string): StandIn;
    /** The file's document, parsed: the same document each time it is asked for. */
    parse(file: File): LangiumDocument;
}

/**
 * Loads the files to check and the files declaring what they refer to (through further
 * references: an umbrella's recipients), and checks the first. The other files go into the
 * index and the motivation facts through their stand-ins. Returns the checked documents, in
 * workspace order.
 */
export async function checkPart<File extends WorkspaceFile>(part: PartialCheck<File>, services: ProvisioServices): Promise<LangiumDocument[]> {
    const workspace = services.shared.workspace;
    const everyFile = new Set(part.files.map(file => file.path));
    let needed = filesNeeded(part.toCheck, part.facts);
    await workspace.WorkspaceManager.initializeWorkspace([]);
    const partial = needed.size < part.files.length
        && fillIndex(workspace.IndexManager, part.files.map(file => ({ uri: file.uri, exports: needed.has(file.path) ? [] : part.standIn(file.path).exports })));
    if (partial && !await announceInOrder(part, needed, workspace.DocumentBuilder)) {
        // The facts could not take stand-ins: load every file instead, as a full check does.
        needed = everyFile;
    }
    const toLoad = partial ? needed : everyFile;
    const loaded = part.files.filter(file => toLoad.has(file.path)).map(file => {
        const document = part.parse(file);
        workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    await workspace.DocumentBuilder.build(loaded, { validation: false });
    const toCheck = loaded.filter(document => part.toCheck.has(document.uri.fsPath));
    await workspace.DocumentBuilder.build(toCheck, { validation: true });
    return toCheck;
}

/**
 * Tells the motivation facts of every file, in workspace order, before anything is built: the
 * loaded files from their parsed documents, the others through stand-ins. Building the loaded
 * files tells the facts of them again, which keeps their place.
 */
async function announceInOrder<File extends WorkspaceFile>(part: PartialCheck<File>, loaded: ReadonlySet<string>, builder: DocumentBuilder): Promise<boolean> {
    const inOrder = part.files.flatMap(file => {
        if (loaded.has(file.path)) {
            return [part.parse(file)];
        }
        const { motivations } = part.standIn(file.path);
        return motivations.length > 0 ? [motivationStandIn(file.uri, motivations)] : [];
    });
    try {
        return await announceIndexed(builder, inOrder);
    } catch {
        return false;
    }
}

/** The files to check, and every file declaring a name they refer to, followed through those files' references. */
function filesNeeded(toCheck: ReadonlySet<string>, facts: ReadonlyMap<string, FileFacts>): Set<string> {
    const declaring = new WorkspaceDependencies(new Map([...facts].map(([path, fileFacts]) => [path, { ...fileFacts, content: '' }])));
    const needed = new Set(toCheck);
    const pending = [...toCheck];
    for (let path = pending.pop(); path !== undefined; path = pending.pop()) {
        for (const other of declaring.filesDeclaring(facts.get(path)!.references)) {
            if (!needed.has(other)) {
                needed.add(other);
                pending.push(other);
            }
        }
    }
    return needed;
}
