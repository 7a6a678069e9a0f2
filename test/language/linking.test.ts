// Names resolve across every file of the workspace and against the built-in vocabulary.
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { Provision, Recipient } from '../../src/language/generated/ast.js';
import { builtinVocabularyUri } from '../../src/language/builtin-vocabulary.js';
import { coveredText, createTestWorkspace, withCode, type TestWorkspace } from '../support/workspace.js';

let workspace: TestWorkspace;

beforeAll(async () => {
    workspace = await createTestWorkspace();
});

afterEach(() => workspace.clear());

const registry = `
    service AIVD "Algemene Inlichtingen- en Veiligheidsdienst"
    recipient NorthlandSIS "Northland Security and Intelligence Service"
`;

describe('references across files', () => {
    test('a provision resolves a service and recipient declared in another file, and built-in categories', async () => {
        const { provision } = await workspace.build({
            registry: registry,
            provision: `
                category vehicle-registration "Vehicle registration and ownership records"
                provision P-1 { by AIVD to NorthlandSIS data { categories identity, vehicle-registration } }
            `
        });
        const declared = provision.parseResult.value.declarations[1] as Provision;
        expect(declared.service?.ref?.name).toBe('AIVD');
        expect((declared.recipients[0].ref as Recipient).title).toBe('Northland Security and Intelligence Service');
        expect(declared.data?.categories.map(reference => reference.ref?.$container?.$document?.uri.toString())).toEqual([
            builtinVocabularyUri, 'file:///workspace/provision.provisio'
        ]);
        expect(withCode(provision, 'language/unresolved-reference')).toEqual([]);
    });

    test('a provision resolves an umbrella declared in another file', async () => {
        const { provision } = await workspace.build({
            umbrella: 'umbrella UT-2021-03 { by AIVD }',
            provision: 'provision P-1 { under UT-2021-03 }',
            registry: registry
        });
        expect((provision.parseResult.value.declarations[0] as Provision).umbrella?.ref?.name).toBe('UT-2021-03');
    });
});

describe('unresolved names', () => {
    test('a misspelt category is an error that suggests the nearest name and says how to declare one', async () => {
        const { provision } = await workspace.build({
            registry: registry,
            provision: 'provision P-1 { by AIVD to NorthlandSIS data { categories identiy } }'
        });
        const [diagnostic] = withCode(provision, 'language/unresolved-reference');
        expect(diagnostic.severity).toBe(1);
        expect(coveredText(provision, diagnostic)).toBe('identiy');
        expect(diagnostic.message).toContain('Unknown data category `identiy`');
        expect(diagnostic.message).toContain('Did you mean `identity`?');
        expect(diagnostic.message).toContain('category identiy "<description>"');
    });

    test.each([
        ['service', 'provision P-1 { by AIVDD }', 'Unknown service `AIVDD`. Did you mean `AIVD`?'],
        ['recipient', 'provision P-1 { to NorthlandSYS }', 'Unknown recipient `NorthlandSYS`. Did you mean `NorthlandSIS`?'],
        ['umbrella', 'provision P-1 { under UT-9 }', 'Unknown umbrella `UT-9`.']
    ])('an unknown %s is an error', async (_kind, text, message) => {
        const { provision } = await workspace.build({ registry: registry, provision: text });
        expect(withCode(provision, 'language/unresolved-reference').map(diagnostic => diagnostic.message)).toEqual([expect.stringContaining(message)]);
    });

    test('a name with nothing near it gets no suggestion', async () => {
        const { provision } = await workspace.build({ registry: registry, provision: 'provision P-1 { to Zzzzzzzzzzzz }' });
        expect(withCode(provision, 'language/unresolved-reference')[0].message).not.toContain('Did you mean');
    });
});

describe('duplicate names', () => {
    test('the same name in two files is an error in both, pointing at the other', async () => {
        const { first, second } = await workspace.build({
            first: 'recipient NorthlandSIS',
            second: '\n\nrecipient NorthlandSIS'
        });
        const [inFirst] = withCode(first, 'language/duplicate-name');
        const [inSecond] = withCode(second, 'language/duplicate-name');
        expect(inFirst.message).toBe('The name NorthlandSIS is already declared in line 3 of second.provisio. Names are unique across the workspace; rename one of them.');
        expect(inSecond.message).toContain('already declared in line 1 of first.provisio');
        expect(coveredText(first, inFirst)).toBe('NorthlandSIS');
        expect(inFirst.relatedInformation?.[0].location.uri).toBe('file:///workspace/second.provisio');
    });

    test('a name shared by different kinds of declaration is also a duplicate', async () => {
        const { file } = await workspace.build({ file: 'service AIVD\nrecipient AIVD' });
        expect(withCode(file, 'language/duplicate-name')).toHaveLength(2);
        expect(withCode(file, 'language/duplicate-name')[0].message).toContain('line 2 of this file');
    });

    test('redeclaring a built-in category is a duplicate of the vocabulary', async () => {
        const { file } = await workspace.build({ file: 'category travel "Our own travel category"' });
        expect(withCode(file, 'language/duplicate-name').map(diagnostic => diagnostic.message)).toEqual([
            expect.stringContaining('already declared in the built-in vocabulary')
        ]);
    });

    test('distinct names are not duplicates', async () => {
        const { file } = await workspace.build({ file: 'recipient NorthlandSIS\nrecipient EastmarkGIS' });
        expect(withCode(file, 'language/duplicate-name')).toEqual([]);
    });
});
