// Linking a file looks up each reference's name in an index of the file's declarations built
// once per document, so linking grows linearly with the provisions in one file.
import { beforeAll, describe, expect, test, vi } from 'vitest';
import type { Provision } from '../../src/language/generated/ast.js';
import { createTestWorkspace, withCode, type TestWorkspace } from '../support/workspace.js';

let workspace: TestWorkspace;

beforeAll(async () => {
    workspace = await createTestWorkspace();
});

const registry = `
    service AIVD "Algemene Inlichtingen- en Veiligheidsdienst"
    recipient NorthlandSIS "Northland Security and Intelligence Service"
`;

function provisions(count: number): string {
    return Array.from({ length: count }, (_, n) => `provision P-${n} { by AIVD to NorthlandSIS, R-${n} data { categories identity } }\nrecipient R-${n} "Recipient ${n}"`).join('\n');
}

/** How many times a declaration's type is compared with a reference type while one file is built. */
async function typeComparisons(count: number): Promise<number> {
    const spy = vi.spyOn(workspace.services.shared.AstReflection, 'isSubtype');
    try {
        await workspace.build({ registry, cases: provisions(count) });
        await workspace.clear();
        return spy.mock.calls.length;
    } finally {
        spy.mockRestore();
    }
}

describe('linking one large file', () => {
    test('references resolve to declarations in the same file and in others', async () => {
        const { cases } = await workspace.build({ registry, cases: provisions(3) });
        const third = cases.parseResult.value.declarations[4] as Provision;
        expect(third.recipients.map(reference => reference.ref?.name)).toEqual(['NorthlandSIS', 'R-2']);
        expect(withCode(cases, 'language/unresolved-reference')).toEqual([]);
        await workspace.clear();
    });

    test('an unknown name in a large file still gets its message', async () => {
        const { cases } = await workspace.build({ registry, cases: `${provisions(20)}\nprovision P-X { by AIVD to R-99 }` });
        expect(withCode(cases, 'language/unresolved-reference').map(diagnostic => diagnostic.message)).toEqual([
            expect.stringContaining('Unknown recipient `R-99`.')
        ]);
        await workspace.clear();
    });

    test('the work of linking grows linearly with the declarations of the file', async () => {
        // Four times the declarations: four times the comparisons, not sixteen.
        const small = await typeComparisons(100);
        const large = await typeComparisons(400);
        expect(large / small).toBeLessThan(5);
    });
});
