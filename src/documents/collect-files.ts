// Turns the paths a user gives into the .provisio files to check. Folders are searched
// recursively, skipping hidden folders and node_modules; files named explicitly are taken as given.
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import type { Message } from '../i18n/messages.js';
import { Translator } from '../i18n/translator.js';
import { pathMessages } from './documents.messages.js';

export const fileExtension = '.provisio';

/** A path that cannot be checked; its `problem` says why, in the user's language. */
export class PathError extends Error {
    constructor(readonly problem: Message) {
        super(new Translator('en').format(problem));
    }
}

export async function collectFiles(paths: readonly string[]): Promise<string[]> {
    const found = new Map<string, string>();
    for (const path of paths) {
        for (const file of await filesAt(resolve(path), path)) {
            // A file reached twice, through a link or two overlapping paths, is read once.
            if (!found.has(file.real)) {
                found.set(file.real, file.path);
            }
        }
    }
    return [...found.values()].sort();
}

/** A file found, and its path with every link resolved. */
interface FoundFile {
    path: string;
    real: string;
}

async function filesAt(absolute: string, given: string): Promise<FoundFile[]> {
    let info;
    try {
        info = await stat(absolute);
    } catch (error) {
        // A .provisio path that exists but cannot be examined (a broken or looping link, no
        // permission) is read, and reported, with the other files.
        if (extname(absolute) === fileExtension && (error as NodeJS.ErrnoException).code !== 'ENOENT' && await exists(absolute)) {
            return [{ path: absolute, real: await realPath(absolute) }];
        }
        throw new PathError(describeFsError(given, error));
    }
    if (info.isDirectory()) {
        const files: FoundFile[] = [];
        await searchFolder(absolute, await realPath(absolute), given, files);
        return files;
    }
    if (extname(absolute) !== fileExtension) {
        throw new PathError(pathMessages.message('notSource', { path: given, extension: fileExtension }));
    }
    return [{ path: absolute, real: await realPath(absolute) }];
}

/**
 * Adds the files under a folder to `files` (one list for the whole tree: a folder may hold more
 * files than a call has arguments). Only links need resolving: any other entry's real path is
 * the folder's real path and its name.
 */
async function searchFolder(folder: string, realFolder: string, given: string, files: FoundFile[]): Promise<void> {
    let entries;
    try {
        entries = await readdir(folder, { withFileTypes: true });
    } catch (error) {
        throw new PathError(describeFsError(given, error));
    }
    for (const entry of entries) {
        const path = join(folder, entry.name);
        if (entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules') {
            await searchFolder(path, join(realFolder, entry.name), join(given, entry.name), files);
        } else if (!entry.isDirectory() && extname(entry.name) === fileExtension) {
            // Links, pipes and devices too: reading refuses what is not a regular file, and says so.
            files.push({ path, real: entry.isSymbolicLink() ? await realPath(path) : join(realFolder, entry.name) });
        }
    }
}

function realPath(path: string): Promise<string> {
    return realpath(path).catch(() => path);
}

async function exists(path: string): Promise<boolean> {
    return lstat(path).then(() => true, () => false);
}

export function describeFsError(path: string, error: unknown): Message {
    const code = (error as NodeJS.ErrnoException).code;
    switch (code) {
        case 'ENOENT': return pathMessages.message('missing', { path });
        case 'EACCES':
        case 'EPERM': return pathMessages.message('permission', { path });
        case 'EISDIR': return pathMessages.message('folder', { path });
        default: return pathMessages.message('other', { path, error: (error as Error).message ?? String(error) });
    }
}
