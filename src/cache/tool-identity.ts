// Which Provisio made a cache: its version and a fingerprint of its own code files (name,
// size and modification time: a build writes them anew), so that a rebuilt tool (rules
// changed, same version number) does not reuse results it would not give.
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { digest } from './digest.js';

declare const PROVISIO_VERSION: string;

let identity: string | undefined;

export function toolIdentity(): string {
    identity ??= digest(typeof PROVISIO_VERSION === 'string' ? PROVISIO_VERSION : 'development', ...codeFiles().map(file => {
        const stats = statSync(file);
        return `${file}|${stats.size}|${stats.mtimeMs}`;
    }));
    return identity;
}

/** The code this module was loaded with: the built CLI's folder (out/cli with its chunks), or the sources when run from them. */
function codeFiles(): string[] {
    const top = dirname(dirname(fileURLToPath(import.meta.url)));
    const files: string[] = [];
    const walk = (folder: string) => {
        for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
            const path = join(folder, entry.name);
            if (entry.isDirectory()) {
                walk(path);
            } else if (/\.(c?js|ts)$/.test(entry.name)) {
                files.push(path);
            }
        }
    };
    try {
        walk(top);
    } catch {
        // Unreadable code folders leave the version alone to tell tools apart.
    }
    return files;
}
