// scope/form-declared — reviewer's rule 1 (docs/domain.md)3: the form of the data (analytical, evaluated, unevaluated,
// bulk) is declared explicitly.
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import {
    baseline, createTester, DiagnosticSeverity, edit, expectNone, expectOnly, umbrellaBaseline, type Tester
} from './helpers.js';

const code = 'scope/form-declared';
const P = 'provision.provisio';
const U = 'umbrella.provisio';

let tester: Tester;
beforeAll(async () => { tester = await createTester(); });
afterEach(() => tester.clear());

describe(code, () => {
    test('a data block without `form` is an error at the data block, saying where to add it', async () => {
        const result = await tester.check(edit(baseline(), P, '        form evaluated\n', ''));
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Error, node: result.provision('P-2025-0117').data!,
            message: ['Provision P-2025-0117 does not declare the form of the data', 'Add `form analytical`, `evaluated`, `unevaluated` or `bulk` to its `data` block']
        });
        expect(result.codes()).toEqual([code]);
    });

    test('a provision without a data block is an error at its name', async () => {
        const result = await tester.check(edit(baseline(), P, / {4}data \{[\s\S]*?\n {4}\}\n/, ''));
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Error, node: result.provision('P-2025-0117'), property: 'name',
            message: ['Provision P-2025-0117 does not declare the form of the data']
        });
    });

    test('an umbrella scope without `form` is told to add it to its `scope` block', async () => {
        const result = await tester.check(edit(umbrellaBaseline(), U, '        form analytical, evaluated\n', ''));
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Error, node: result.umbrella('UP-2025-HARBOUR').scope!,
            message: ['Umbrella UP-2025-HARBOUR does not declare the form of the data', 'to its `scope` block']
        });
        // The provision under it now gives a form the umbrella does not allow.
        expect(result.codes()).toEqual([code, 'umbrella/within-umbrella']);
    });

    test('the full message, in English and in Dutch', async () => {
        const files = edit(umbrellaBaseline(), U, '        form analytical, evaluated\n', '');
        expect((await tester.check(files)).withCode(code).map(diagnostic => diagnostic.message)).toEqual([
            'Umbrella UP-2025-HARBOUR does not declare the form of the data. Add `form analytical`, `evaluated`, `unevaluated` or `bulk` to its `scope` block.'
        ]);
        const dutch = await createTester(undefined, { locale: 'nl' });
        expect((await dutch.check(files)).withCode(code).map(diagnostic => diagnostic.message)).toEqual([
            'Overkoepelende toestemming UP-2025-HARBOUR vermeldt niet in welke vorm de gegevens worden verstrekt. Voeg `form analytical`, `evaluated`, `unevaluated` of `bulk` toe aan het blok `scope`.'
        ]);
        expect((await dutch.check(edit(baseline(), P, '        form evaluated\n', ''))).withCode(code).map(diagnostic => diagnostic.message)).toEqual([
            'Verstrekking P-2025-0117 vermeldt niet in welke vorm de gegevens worden verstrekt. Voeg `form analytical`, `evaluated`, `unevaluated` of `bulk` toe aan het blok `data`.'
        ]);
        await dutch.clear();
    });

    test.each(['analytical', 'evaluated', 'unevaluated', 'bulk'])('`form %s` is a declared form', async form => {
        const result = await tester.check(edit(baseline(), P, 'form evaluated', `form ${form}`));
        expectNone(result, code);
        expect(result.provision('P-2025-0117').data!.forms).toEqual([form]);
    });
});
