// How the configuration reader reaches files, in one place, so that it can be given another
// file system (an editor's, in a browser) without touching the reader.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse as parseJsonc } from 'jsonc-parser';
import { parse as parseYaml } from 'yaml';
import { readSourceFileSync, type SourceText } from '../documents/read-source.js';
import { parseLocale } from '../i18n/locale.js';
import { locales, type Locale } from '../i18n/messages.js';

export const configFileNames = ['provisio.config.yaml', 'provisio.config.yml', 'provisio.config.json'] as const;

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

/** The configuration nearest to a folder, searching upward and stopping at a repository root (a folder holding `.git`). */
export function nearestConfigFile(folder: string, files: ConfigFileAccess = nodeConfigFileAccess): string | undefined {
    for (let current = resolve(folder); ; current = dirname(current)) {
        const here = configFileNames.map(name => join(current, name)).find(candidate => files.exists(candidate));
        if (here || dirname(current) === current || files.exists(join(current, '.git'))) {
            return here;
        }
    }
}

/**
 * The `language` a configuration file sets, read quickly and leniently, to choose the language
 * before anything else is loaded; an invalid file or value is reported later by the full reader.
 */
export function configLanguage(file: string, files: ConfigFileAccess = nodeConfigFileAccess): Locale | undefined {
    const { text, problem } = files.read(file);
    if (problem) {
        return undefined;
    }
    try {
        const root: unknown = file.endsWith('.json') ? parseJsonc(text) : parseYaml(text, { maxAliasCount: 100 });
        const language = typeof root === 'object' && root !== null ? (root as Record<string, unknown>).language : undefined;
        return typeof language === 'string' && (locales as readonly string[]).includes(language) ? parseLocale(language) : undefined;
    } catch {
        return undefined;
    }
}
