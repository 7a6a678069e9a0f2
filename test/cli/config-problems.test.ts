// A configuration shared by many files has its problems put into words once, not once per
// file: `provisio check` prints each problem once, and the work does not grow with the files.
// Work is counted (messages put into words), never timed.
import { relative } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { runCheck } from '../../src/cli/check-command.js';
import { Translator } from '../../src/i18n/translator.js';
import { folderWith } from './run-cli.js';

afterEach(() => { vi.restoreAllMocks(); });

/** A configuration with `problems` unknown settings, used by `files` files beside it. */
function workspaceWithBadConfig(files: number, problems: number): string {
    return folderWith({
        'provisio.config.yaml': Array.from({ length: problems }, (_, index) => `unknown${index}: 1`).join('\n') + '\n',
        ...Object.fromEntries(Array.from({ length: files }, (_, index) => [`file${index}.provisio`, `service S${index}\n`]))
    });
}

/** What `provisio check` writes to standard error for the folder, and how many messages it put into words. */
async function checkCounting(root: string): Promise<{ errors: string; formatted: number }> {
    let errors = '';
    const format = vi.spyOn(Translator.prototype, 'format');
    try {
        await runCheck([root], { color: false }, { out: () => undefined, error: text => { errors += text + '\n'; } }, new Translator('en'));
        return { errors: errors.split(relative(process.cwd(), root)).join('<root>'), formatted: format.mock.calls.length };
    } finally {
        format.mockRestore();
    }
}

describe('a bad configuration shared by many files', () => {
    test('each problem is printed once, and putting them into words does not grow with the files', async () => {
        const few = await checkCounting(workspaceWithBadConfig(10, 40));
        const many = await checkCounting(workspaceWithBadConfig(40, 40));
        expect(many.errors).toBe(few.errors);
        expect(many.errors.trimEnd().split('\n')).toHaveLength(40);
        expect(many.errors).toMatch(/^<root>\/provisio\.config\.yaml:1:1 {2}error {2}Unknown setting `unknown0`/);
        // Four times the files: the same work once per problem; four times as much if every file's copy is put into words.
        expect(many.formatted / few.formatted).toBeLessThan(1.5);
    });
});
