// The VS Code extension's own texts exist in both languages: the manifest's (package.nls*.json)
// and the runtime strings passed to vscode.l10n.t (l10n/bundle.l10n.nl.json).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { projectRoot } from '../cli/run-cli.js';

const json = (path: string) => JSON.parse(readFileSync(join(projectRoot, path), 'utf8')) as Record<string, string>;

describe('the extension\'s texts', () => {
    test('the manifest has every %key% in English and in Dutch', () => {
        const english = json('package.nls.json');
        const dutch = json('package.nls.nl.json');
        expect(Object.keys(dutch).sort()).toEqual(Object.keys(english).sort());
        const used = [...readFileSync(join(projectRoot, 'package.json'), 'utf8').matchAll(/"%([\w.-]+)%"/g)].map(match => match[1]);
        expect(used.length).toBeGreaterThan(0);
        expect(used.filter(key => !(key in english))).toEqual([]);
    });

    test('every runtime string has a Dutch translation', () => {
        const source = readdirSync(join(projectRoot, 'src/extension')).map(file => readFileSync(join(projectRoot, 'src/extension', file), 'utf8')).join('\n');
        const used = [...source.matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)].map(match => match[1].replace(/\\'/g, '\''));
        expect(used.length).toBeGreaterThan(0);
        const dutch = json('l10n/bundle.l10n.nl.json');
        expect([...new Set(used)].filter(text => !(text in dutch))).toEqual([]);
    });
});
