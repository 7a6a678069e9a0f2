// `provisio summary` over many files does work that grows linearly with their number.
// Measured by counting what is searched, never by time.
import { relative } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { Translator } from '../../src/i18n/translator.js';
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

function workspaceOf(count: number, config: Record<string, string> = {}): string {
    return folderWith({
        ...config,
        ...Object.fromEntries(Array.from({ length: count }, (_, index) => [`file${index}.provisio`, `classification "ONGERUBRICEERD"\nservice S${index}\n`]))
    });
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

describe('a bad configuration shared by many files', () => {
    test('each problem is printed once, and putting them into words does not grow with the files', async () => {
        const badConfig = { 'provisio.config.yaml': Array.from({ length: 40 }, (_, index) => `unknown${index}: 1`).join('\n') + '\n' };
        const refused = async (count: number) => {
            const root = workspaceOf(count, badConfig);
            const format = vi.spyOn(Translator.prototype, 'format');
            try {
                const run = await summarize([root], {});
                expect(run.status).toBe(2);
                return { errors: run.stderr.split(relative(process.cwd(), root)).join('<root>'), formatted: format.mock.calls.length };
            } finally {
                format.mockRestore();
            }
        };
        const few = await refused(10);
        const many = await refused(40);
        expect(many.errors).toBe(few.errors);
        expect(many.errors.trimEnd().split('\n')).toHaveLength(40);
        // Four times the files: the same work once per problem; four times as much if every file's copy is put into words.
        expect(many.formatted / few.formatted).toBeLessThan(1.5);
    });
});
