// Where `check --cache` keeps its file, and which of the check's options its results depend on.
import { join } from 'node:path';
import type { CheckOptions } from '../cli/check-command.js';
import { workspaceRoots } from '../documents/workspace-root.js';
import { cacheFilePath, defaultCacheFileName } from './cache-file.js';
import type { CacheSettings } from './cached-check.js';

/** Options that shape only how results are shown or judged afterwards, not the results themselves. */
const presentationOptions = new Set(['format', 'outputs', 'color', 'maxWarnings', 'quiet', 'failLevel', 'reportSuppressions', 'output', 'outputFile', 'cache', 'cacheLocation']);

export function cacheSettings(options: CheckOptions, paths: readonly string[]): CacheSettings {
    const root = options.workspace ?? workspaceRoots(paths)[0] ?? '.';
    const file = options.cacheLocation ? cacheFilePath(options.cacheLocation) : join(root, defaultCacheFileName);
    // Every other option counts, also those added later: an unknown option can only make the cache miss, never mislead.
    const counted = Object.fromEntries(Object.entries(options).filter(([name]) => !presentationOptions.has(name)).sort(([a], [b]) => a.localeCompare(b)));
    return { file, options: counted };
}
