// How many threads a check uses. A worker costs its start-up and builds the workspace-wide
// facts of every file again, so `auto` uses workers only for workspaces large enough to gain,
// and no more than a few.
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';

export type Concurrency = number | 'auto' | 'off';

/** Below this many bytes of source, a check in one thread is done before workers would have started. */
export const workerThreshold = 1_000_000;
export const maximumAutoThreads = 4;

/** `--concurrency`'s value, or undefined when it is none of a whole number ≥ 1, `auto` and `off`. */
export function parseConcurrency(value: string): Concurrency | undefined {
    const text = value.trim().toLowerCase();
    if (text === 'auto' || text === 'off') {
        return text;
    }
    const count = /^\d+$/.test(text) ? Number(text) : Number.NaN;
    return Number.isSafeInteger(count) && count >= 1 ? count : undefined;
}

/** The threads to check these files with; 1 means no workers. */
export function threadCount(concurrency: Concurrency, files: readonly string[], cores = availableParallelism()): number {
    if (concurrency === 'off') {
        return 1;
    }
    if (typeof concurrency === 'number') {
        return Math.max(1, Math.min(concurrency, files.length));
    }
    if (cores < 2 || files.length < 2 || !atLeastBytes(files, workerThreshold)) {
        return 1;
    }
    return Math.min(cores, maximumAutoThreads, files.length);
}

/** Whether the files add up to `limit` bytes; stops reading sizes once they do. */
function atLeastBytes(files: readonly string[], limit: number): boolean {
    let total = 0;
    for (const file of files) {
        total += statSync(file, { throwIfNoEntry: false })?.size ?? 0;
        if (total >= limit) {
            return true;
        }
    }
    return false;
}
