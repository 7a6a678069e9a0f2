// The name the "New provision" command proposes, on the example workspace's folders.
import { describe, expect, test } from 'vitest';
import { nextProvisionId, provisionIds } from '../../src/extension/next-provision-id.js';
import { exampleFiles } from '../lsp/editing-helpers.js';

const files = exampleFiles();
const idsIn = (folder: string) => Object.entries(files).filter(([name]) => name.startsWith(`${folder}/`)).flatMap(([, text]) => provisionIds(text));
const taken = new Set(Object.values(files).flatMap(provisionIds));

describe('the next provision name in a folder', () => {
    test('the names declared in a folder, of every kind', () => {
        expect(idsIn('workspace/aivd').sort()).toEqual(['BC-2022-0014', 'BC-2022-0027', 'GP-2022-0005', 'GP-2022-0019', 'P-2021-0212', 'P-2022-0031', 'P-2022-0077', 'P-2022-0118']);
    });

    test('the next number in the folder\'s series, in the same year', () => {
        expect(nextProvisionId(idsIn('workspace/aivd'), taken, '2022')).toBe('P-2022-0119');
        expect(nextProvisionId(idsIn('workspace/mivd'), taken, '2022')).toBe('P-2022-M0094');
    });

    test('a new year starts its own series, in the folder\'s pattern', () => {
        expect(nextProvisionId(idsIn('workspace/aivd'), taken, '2026')).toBe('P-2026-0001');
        expect(nextProvisionId(idsIn('workspace/mivd'), taken, '2026')).toBe('P-2026-M0001');
    });

    test('a folder without provisions starts at P-<year>-0001; a name the workspace uses is skipped', () => {
        expect(nextProvisionId([], taken, '2026')).toBe('P-2026-0001');
        expect(nextProvisionId(['P-2022-0031'], new Set(['P-2022-0032', 'P-2022-0033']), '2022')).toBe('P-2022-0034');
    });

    test('only group provisions and background checks: their series continues', () => {
        expect(nextProvisionId(['BC-2022-0014'], taken, '2022')).toBe('BC-2022-0015');
    });
});
