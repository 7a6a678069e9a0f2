// The workspace, not the paths on the command line, is the unit of meaning: names resolve
// across every file of it, and facts such as reused motivations span all of it. Checking
// one file of a workspace must give the findings a full check gives for that file.
// The workspace of a path is the folder of the nearest provisio.config.* above it, else the
// repository root (a folder holding .git), else the folder given (or the file's folder).
import { dirname, join, resolve } from 'node:path';
import { nearestConfigFile, nodeConfigFileAccess, type ConfigFileAccess } from '../config/config-files.js';
import { folderOf } from './folders.js';

export function workspaceRootOf(path: string, files: ConfigFileAccess = nodeConfigFileAccess): string {
    const folder = folderOf(resolve(path));
    const config = nearestConfigFile(folder, files);
    return config ? dirname(config) : repositoryRoot(folder, files) ?? folder;
}

function repositoryRoot(folder: string, files: ConfigFileAccess): string | undefined {
    for (let current = folder; ; current = dirname(current)) {
        if (files.exists(join(current, '.git'))) {
            return current;
        }
        if (dirname(current) === current) {
            return undefined;
        }
    }
}

/** The workspace roots of the given paths, without one that lies inside another. */
export function workspaceRoots(paths: readonly string[], files: ConfigFileAccess = nodeConfigFileAccess): string[] {
    const roots = [...new Set(paths.map(path => workspaceRootOf(path, files)))].sort();
    return roots.filter(root => !roots.some(other => other !== root && root.startsWith(other.endsWith('/') ? other : `${other}/`)));
}
