// Reading a source file in chunks, asynchronously and synchronously alike: a file whose size
// the system does not know in advance (Linux's /proc reports 0) is read whole, and one that
// turns out larger than the limit while it is read is refused with the size it reached.
import { existsSync, readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readSourceFile, readSourceFileSync, type SourceText } from '../../src/documents/read-source.js';
import { Translator } from '../../src/i18n/translator.js';

const english = new Translator('en');
const reason = (source: SourceText) => source.problem ? english.format(source.problem.reason) : undefined;
const readers = { readSourceFile, readSourceFileSync: async (path: string, limit?: number) => readSourceFileSync(path, limit) };
/** A file whose size is reported as 0 while it has text: it can only be read in chunks, until a read comes short. */
const unsized = '/proc/version';

describe.each(Object.entries(readers))('%s', (_name, read) => {
    test('reads a file in one call when its size is known', async () => {
        const file = join(mkdtempSync(join(tmpdir(), 'provisio-read-')), 'p.provisio');
        const text = `provision P-1 "${'é'.repeat(40_000)}" {}\n`;
        writeFileSync(file, text);
        expect(await read(file)).toEqual({ text });
    });

    test.skipIf(!existsSync(unsized))('reads a file of unknown size whole, in chunks', async () => {
        const expected = readFileSync(unsized, 'utf8');
        expect(expected.length).toBeGreaterThan(1);
        expect(await read(unsized)).toEqual({ text: expected });
    });

    test.skipIf(!existsSync(unsized))('refuses a file of unknown size once it passes the limit, with the size read', async () => {
        const size = readFileSync(unsized).length;
        const refused = await read(unsized, 10);
        expect(refused.text).toBe('');
        expect(reason(refused)).toBe(`it is larger than the limit of 10 bytes (${size} bytes); raise \`maxFileSize\` in the configuration or pass --max-file-size if it is meant to be this large`);
    });
});
