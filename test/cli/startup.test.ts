// The CLI starts fast because `--help`, `--version` and `rules` never load Langium: only
// `check` does, through a chunk imported on demand. This follows the bundle's static imports.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { cliPath } from './run-cli.js';

/** Every bundle file loaded by `file` and by the dynamic imports whose chunk name matches `follow`. */
function loadedFiles(file: string, follow: RegExp, seen = new Set<string>()): Set<string> {
    if (seen.has(file)) {
        return seen;
    }
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    const statics = [...code.matchAll(/from\s*"(\.[^"]+)"/g)].map(match => match[1]);
    const dynamics = [...code.matchAll(/import\("(\.[^"]+)"\)/g)].map(match => match[1]).filter(path => follow.test(path));
    for (const path of [...statics, ...dynamics]) {
        loadedFiles(join(dirname(file), path), follow, seen);
    }
    return seen;
}

const loadsLangium = (files: Set<string>) => [...files].some(file => readFileSync(file, 'utf8').includes('chevrotain'));

describe('what each command loads', () => {
    test('the entry point and `rules` do not load Langium', () => {
        const files = loadedFiles(cliPath, /rules-command/);
        expect([...files].some(file => file.includes('rules-command'))).toBe(true);
        expect(loadsLangium(files)).toBe(false);
    });

    test('`check` does', () => {
        expect(loadsLangium(loadedFiles(cliPath, /check-command/))).toBe(true);
    });
});
