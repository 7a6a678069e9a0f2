// How the configuration reader reaches files, in one place, so that it can be given another
// file system (an editor's, in a browser) without touching the reader.
import { existsSync } from 'node:fs';
import { readSourceFileSync, type SourceText } from '../documents/read-source.js';

export interface ConfigFileAccess {
    /** Whether anything, a file, folder or link, is at the path. */
    exists(path: string): boolean;
    /** The file's text, or why it cannot be read (a pipe, a device, too large, not UTF-8). */
    read(path: string): SourceText;
}

export const nodeConfigFileAccess: ConfigFileAccess = {
    exists: path => existsSync(path),
    read: path => readSourceFileSync(path)
};
