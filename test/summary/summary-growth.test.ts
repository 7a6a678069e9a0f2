// `provisio summary` over many files does work that grows linearly with their number.
// Measured by counting what is searched, never by time.
import { describe, expect, test } from 'vitest';
import { folderWith } from '../cli/run-cli.js';
import { summarize } from './helpers.js';

const nativeIndexOf = Array.prototype.indexOf;

/** Elements looked at by `indexOf` searches for a file path while `run` runs. */
async function filePathSearching(run: () => Promise<unknown>): Promise<number> {
    let examined = 0;
    Array.prototype.indexOf = function (this: unknown[], searched: unknown, from?: number) {
        const found = nativeIndexOf.call(this, searched, from) as number;
        if (typeof searched === 'string' && searched.endsWith('.provisio')) {
            examined += found === -1 ? this.length : found + 1;
        }
        return found;
    };
    try {
        await run();
    } finally {
        Array.prototype.indexOf = nativeIndexOf;
    }
    return examined;
}

function workspaceOf(count: number): string {
    return folderWith(Object.fromEntries(Array.from({ length: count }, (_, index) =>
        [`file${index}.provisio`, `classification "ONGERUBRICEERD"\nservice S${index}\n`])));
}

describe('a summary of many files', () => {
    test('finding each file\'s marking searches no list of files', async () => {
        const searched = async (count: number) => {
            const root = workspaceOf(count);
            return filePathSearching(async () => {
                const run = await summarize([root], {});
                expect(run.status).toBe(0);
            });
        };
        const small = await searched(50);
        const large = await searched(200);
        // Four times the files: at most four times the searching; sixteen when each marking is looked up in the list of files.
        expect(large).toBeLessThanOrEqual(6 * Math.max(small, 1));
    });
});
