// Whether a path is a folder, and the folder a path stands for, as the command line, the
// workspace and the cache all ask it: a path that cannot be read is no folder.
import { statSync } from 'node:fs';
import { dirname } from 'node:path';

export function isFolder(path: string): boolean {
    try {
        return statSync(path).isDirectory();
    } catch {
        return false;
    }
}

/** The path itself when it is a folder, else the folder it is in (also for a path that does not exist). */
export function folderOf(path: string): string {
    return isFolder(path) ? path : dirname(path);
}
