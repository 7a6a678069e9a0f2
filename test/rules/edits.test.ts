// Quick-fix edits take their positions from the parsed tree: building a fix reads the lines
// it touches, not the whole file, so a file with many findings costs linearly.
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import type { Provision } from '../../src/language/generated/ast.js';
import { addConditions, insertClause } from '../../src/rules/support/edits.js';
import { createTestWorkspace, type TestWorkspace } from '../support/workspace.js';

let workspace: TestWorkspace;
beforeAll(async () => { workspace = await createTestWorkspace(); });
afterEach(() => workspace.clear());

const provisions = (count: number) => Array.from({ length: count }, (_, index) =>
    index % 2 ? `provision P-${index} { by AIVD date 2022-04-04 }` : `  provision P-${index} {\n      by AIVD\n      date 2022-04-04\n  }`).join('\n');

async function provisionsOf(text: string): Promise<Provision[]> {
    const { file } = await workspace.build({ file: text });
    return file.parseResult.value.declarations as Provision[];
}

describe('inserting a clause', () => {
    test('on its own line, indented like the block, or before a closing brace on the same line', async () => {
        const [own, inline] = await provisionsOf(provisions(2));
        expect(insertClause(own, 'conditions third-party-rule')).toEqual({
            range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, newText: '      conditions third-party-rule\n'
        });
        expect(insertClause(inline, 'conditions third-party-rule')).toEqual({
            range: { start: { line: 4, character: 40 }, end: { line: 4, character: 40 } }, newText: 'conditions third-party-rule '
        });
    });

    test('not into a block that is not closed yet', async () => {
        const [provision] = await provisionsOf('provision P-1 {\n    by AIVD\n');
        expect(insertClause(provision, 'conditions third-party-rule')).toBeUndefined();
    });

    test('building the fixes for every provision never splits the file', async () => {
        const all = await provisionsOf(provisions(600));
        const split = vi.spyOn(String.prototype, 'split');
        try {
            const fixes = all.map(provision => addConditions(provision, ['third-party-rule']));
            expect(fixes.every(edits => edits?.length === 1)).toBe(true);
            expect(fixes.at(-2)?.[0].newText).toBe('      conditions third-party-rule\n');
            const charactersSplit = split.mock.contexts.reduce<number>((total, text) => total + String(text).length, 0);
            expect(charactersSplit).toBeLessThan(1000);
        } finally {
            split.mockRestore();
        }
    });
});

describe('removing an item of a list', () => {
    test('with the comma that joins it to its neighbour, and never the only item', async () => {
        const { removeListItem } = await import('../../src/rules/support/edits.js');
        const { TextDocument } = await import('vscode-languageserver-textdocument');
        const text = 'provision P-1 {\n    to NorthlandSIS, EastmarkGIS,SouthmarkSS\n}\nprovision P-2 { to NorthlandSIS }\n';
        const [several, one] = await provisionsOf(text);
        const without = (index: number) => TextDocument.applyEdits(TextDocument.create('file:///a', 'provisio', 0, text), [removeListItem(several, 'recipients', index)!]);
        expect(without(0)).toContain('    to EastmarkGIS,SouthmarkSS\n');
        expect(without(1)).toContain('    to NorthlandSIS,SouthmarkSS\n');
        expect(without(2)).toContain('    to NorthlandSIS, EastmarkGIS\n');
        expect(removeListItem(one, 'recipients', 0)).toBeUndefined();
    });
});
