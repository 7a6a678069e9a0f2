// motivation/necessity-required — reviewer's rule 1 (docs/domain.md): every provision and umbrella has a necessity motivation.
import { expectError, expectNoIssues } from 'langium/test';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import {
    baseline, createTester, DiagnosticSeverity, edit, expectNone, expectOnly, umbrellaBaseline, type Tester
} from './helpers.js';

const code = 'motivation/necessity-required';
const P = 'provision.provisio';
const necessityBlock = / {4}necessity """[\s\S]*?"""\n/;

let tester: Tester;
beforeAll(async () => { tester = await createTester(); });
afterEach(() => tester.clear());

describe(code, () => {
    test('a provision without a necessity clause is an error at its name, saying what to add', async () => {
        const result = await tester.check(edit(baseline(), P, necessityBlock, ''));
        const provision = result.provision('P-2025-0117');
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Error, node: provision, property: 'name',
            message: ['Provision P-2025-0117 has no necessity motivation', 'Add `necessity """…"""`', 'why this recipient']
        });
        expect(result.codes()).toEqual([code]);
        // The same, with Langium's own test helpers: an error of this code at the name, and nothing in the registry.
        expectError(result.file(P), /^Provision P-2025-0117 has no necessity motivation\./, { node: provision, property: 'name', code });
        expectNoIssues(result.file('registry.provisio'));
    });

    test('the full message, in English and in Dutch, for a provision and for an umbrella', async () => {
        const provision = edit(baseline(), P, necessityBlock, '');
        const umbrella = edit(umbrellaBaseline(), 'umbrella.provisio', necessityBlock, '');
        expect((await tester.check(provision)).withCode(code).map(diagnostic => diagnostic.message)).toEqual([
            'Provision P-2025-0117 has no necessity motivation. Add `necessity """…"""` saying why this provision is needed for the service\'s task and why this recipient.'
        ]);
        expect((await tester.check(umbrella)).withCode(code).map(diagnostic => diagnostic.message)).toEqual([
            'Umbrella UP-2025-HARBOUR has no necessity motivation. Add `necessity """…"""` saying why this series of provisions is needed for the service\'s task and why these recipients.'
        ]);
        const dutch = await createTester(undefined, { locale: 'nl' });
        expect((await dutch.check(provision)).withCode(code).map(diagnostic => diagnostic.message)).toEqual([
            'Verstrekking P-2025-0117 bevat geen motivering van de noodzaak. Voeg `necessity """…"""` toe en leg daarin uit waarom deze verstrekking nodig is voor de taakuitvoering van de dienst en waarom juist deze buitenlandse dienst.'
        ]);
        expect((await dutch.check(umbrella)).withCode(code).map(diagnostic => diagnostic.message)).toEqual([
            'Overkoepelende toestemming UP-2025-HARBOUR bevat geen motivering van de noodzaak. Voeg `necessity """…"""` toe en leg daarin uit waarom deze reeks verstrekkingen nodig is voor de taakuitvoering van de dienst en waarom juist deze buitenlandse diensten.'
        ]);
        await dutch.clear();
    });

    test('an empty motivation string is an error at the necessity clause', async () => {
        const result = await tester.check(edit(baseline(), P, necessityBlock, '    necessity ""\n'));
        const provision = result.provision('P-2025-0117');
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Error, node: provision.necessity!,
            message: ['Provision P-2025-0117 has no necessity motivation']
        });
        // An empty motivation is not also reported as "too short".
        expect(result.codes()).toEqual([code]);
    });

    test('a text block holding only whitespace is an error', async () => {
        const result = await tester.check(edit(baseline(), P, necessityBlock, '    necessity """\n        \n    """\n'));
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Error, node: result.provision('P-2025-0117').necessity!,
            message: ['has no necessity motivation']
        });
    });

    test.each([
        ['the ellipsis of the suggested `necessity """…"""`', '    necessity """…"""\n'],
        ['a dash', '    necessity "-"\n'],
        ['punctuation only', '    necessity "?! ... ?"\n']
    ])('a placeholder motivation without words (%s) is an error at the necessity clause', async (_what, necessity) => {
        const result = await tester.check(edit(baseline(), P, necessityBlock, necessity));
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Error, node: result.provision('P-2025-0117').necessity!,
            message: ['Provision P-2025-0117 has no necessity motivation']
        });
        expect(result.codes()).toEqual([code]);
    });

    test('an umbrella without a necessity clause is an error at its name', async () => {
        const result = await tester.check(edit(umbrellaBaseline(), 'umbrella.provisio', necessityBlock, ''));
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Error, node: result.umbrella('UP-2025-HARBOUR'), property: 'name',
            message: ['Umbrella UP-2025-HARBOUR has no necessity motivation']
        });
        expect(result.codes()).toEqual([code]);
    });

    test('a provision under an umbrella still needs its own motivation', async () => {
        const result = await tester.check(edit(umbrellaBaseline(), P, necessityBlock, ''));
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Error, node: result.provision('P-2025-0231'), property: 'name',
            message: ['Provision P-2025-0231 has no necessity motivation']
        });
    });

    test('a background check and a group provision are named by their kind', async () => {
        const check = await tester.check(edit(edit(baseline(), P, necessityBlock, ''), P, 'provision P-2025-0117', 'background-check P-2025-0117'));
        expectOnly(check, code, {
            severity: DiagnosticSeverity.Error, node: check.provision('P-2025-0117'), property: 'name',
            message: ['Background check P-2025-0117 has no necessity motivation']
        });
        const group = await tester.check(edit(edit(baseline(), P, necessityBlock, ''), P, 'provision P-2025-0117', 'group-provision P-2025-0117'));
        expect(group.withCode(code).map(d => d.message)).toEqual([expect.stringContaining('Group provision P-2025-0117 has no necessity motivation')]);
    });

    test('does not fire on the baseline or the umbrella baseline', async () => {
        expectNone(await tester.check(baseline()), code);
        expectNone(await tester.check(umbrellaBaseline()), code);
    });

    test('does not fire on a motivation that is present but short (that is motivation/substantive)', async () => {
        const result = await tester.check(edit(baseline(), P, necessityBlock, '    necessity "Needed for the Harbour Network investigation."\n'));
        expectNone(result, code);
        expect(result.codes()).toEqual(['motivation/substantive']);
    });
});
