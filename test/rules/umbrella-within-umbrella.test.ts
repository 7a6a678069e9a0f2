// umbrella/within-umbrella — reviewer's rule 8 (docs/domain.md): a provision under an umbrella falls inside its
// validity period, recipients, data categories and forms (and is made by the umbrella's service).
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import {
    createTester, DiagnosticSeverity, edit, edits, expectNone, expectOnly, baseline, umbrellaBaseline, type Tester
} from './helpers.js';

const code = 'umbrella/within-umbrella';
const P = 'provision.provisio';
const U = 'umbrella.provisio';

let tester: Tester;
beforeAll(async () => { tester = await createTester(); });
afterEach(() => tester.clear());

describe(`${code}: validity`, () => {
    test('a provision dated the day before the umbrella is valid is an error at its date', async () => {
        const result = await tester.check(edit(umbrellaBaseline(), P, 'date 2025-06-02', 'date 2024-12-31'));
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Error, node: result.provision('P-2025-0231'), property: 'date',
            message: [
                'Provision P-2025-0231 is dated 2024-12-31, outside the validity of umbrella UP-2025-HARBOUR (2025-01-01 to 2025-12-31)',
                'Make it as an incidental provision or under an umbrella in force'
            ]
        });
        expect(result.codes()).toEqual([code]);
    });

    test('a provision dated the day after the umbrella expires is an error', async () => {
        const result = await tester.check(edit(umbrellaBaseline(), P, 'date 2025-06-02', 'date 2026-01-01'));
        expect(result.withCode(code).map(d => d.message)).toEqual([expect.stringContaining('is dated 2026-01-01, outside the validity')]);
    });

    test('the first and the last valid day are inside', async () => {
        expect((await tester.check(edit(umbrellaBaseline(), P, 'date 2025-06-02', 'date 2025-01-01'))).codes()).toEqual([]);
        expect((await tester.check(edit(umbrellaBaseline(), P, 'date 2025-06-02', 'date 2025-12-31'))).codes()).toEqual([]);
    });

    test('an umbrella without a validity period is an error at the provision\'s `under` clause', async () => {
        const result = await tester.check(edit(umbrellaBaseline(), U, '    valid 2025-01-01 to 2025-12-31\n', ''));
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Error, node: result.provision('P-2025-0231'), property: 'umbrella',
            message: ['Umbrella UP-2025-HARBOUR states no validity period, so provision P-2025-0231 cannot be shown to fall inside it', 'Add `valid <from> to <to>` to the umbrella']
        });
    });
});

describe(`${code}: the full message, in English and in Dutch`, () => {
    const outside = () => edits(umbrellaBaseline(), P, ['date 2025-06-02', 'date 2024-12-31'], ['categories identity, travel', 'categories identity, travel, financial']);
    const messages = (result: Awaited<ReturnType<Tester['check']>>) => result.withCode(code).map(diagnostic => diagnostic.message).sort();

    test('in English', async () => {
        expect(messages(await tester.check(outside()))).toEqual([
            'Provision P-2025-0231 gives financial data, which is outside the scope of umbrella UP-2025-HARBOUR.',
            'Provision P-2025-0231 is dated 2024-12-31, outside the validity of umbrella UP-2025-HARBOUR (2025-01-01 to 2025-12-31). Make it as an incidental provision or under an umbrella in force.'
        ]);
    });

    test('in Dutch, from the same findings, the umbrella named by its kind', async () => {
        const dutch = await createTester(undefined, { locale: 'nl' });
        expect(messages(await dutch.check(outside()))).toEqual([
            'Verstrekking P-2025-0231 is gedateerd op 2024-12-31, buiten de geldigheidsduur van overkoepelende toestemming UP-2025-HARBOUR (2025-01-01 tot en met 2025-12-31). Verantwoord de verstrekking als incidentele verstrekking of onder een overkoepelende toestemming die op die datum geldt.',
            'Verstrekking P-2025-0231 verstrekt gegevens van de categorie financial, die buiten de afbakening van overkoepelende toestemming UP-2025-HARBOUR valt.'
        ]);
        const note = await dutch.check(edits(umbrellaBaseline(), U, ['kind umbrella-permission', 'kind authorisation-note'], ['form analytical, evaluated', 'form analytical']));
        expect(messages(note)).toEqual(['Verstrekking P-2025-0231 verstrekt gegevens in de vorm `evaluated`, maar autorisatienota UP-2025-HARBOUR staat alleen `analytical` toe.']);
        const undated = await dutch.check(edit(umbrellaBaseline(), U, '    valid 2025-01-01 to 2025-12-31\n', ''));
        expect(messages(undated)).toEqual(['Overkoepelende toestemming UP-2025-HARBOUR vermeldt geen geldigheidsduur, zodat niet blijkt dat verstrekking P-2025-0231 daarbinnen valt. Vermeld de geldigheidsduur met `valid <from> to <to>`.']);
        await dutch.clear();
    });
});

describe(`${code}: recipients`, () => {
    test('a recipient that is not one of the umbrella\'s is an error at that recipient', async () => {
        const result = await tester.check(edits(umbrellaBaseline(), P, ['to NorthlandSIS', 'to WestholmDIS'], ['NorthlandSIS can only watch', 'WestholmDIS can only watch']));
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Error, node: result.provision('P-2025-0231'), property: 'recipients', index: 0,
            message: ['Provision P-2025-0231 gives data to WestholmDIS, which is not a recipient of umbrella UP-2025-HARBOUR']
        });
        expect(result.codes()).toEqual([code]);
    });

    test('only the outside recipient of several is reported, at its index', async () => {
        const result = await tester.check(edit(umbrellaBaseline(), P, 'to NorthlandSIS', 'to NorthlandSIS, WestholmDIS'));
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Error, node: result.provision('P-2025-0231'), property: 'recipients', index: 1,
            message: ['gives data to WestholmDIS']
        });
    });

    test('any of the umbrella\'s recipients is inside', async () => {
        const result = await tester.check(edits(umbrellaBaseline(), P, ['to NorthlandSIS', 'to EastmarkGIS'], ['NorthlandSIS can only watch', 'EastmarkGIS can only watch']));
        expect(result.codes()).toEqual([]);
    });
});

describe(`${code}: scope`, () => {
    test('a data category outside the umbrella\'s scope is an error at that category', async () => {
        const result = await tester.check(edit(umbrellaBaseline(), P, 'categories identity, travel', 'categories identity, travel, financial'));
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Error, node: result.provision('P-2025-0231').data!, property: 'categories', index: 2,
            message: ['Provision P-2025-0231 gives financial data, which is outside the scope of umbrella UP-2025-HARBOUR']
        });
        expect(result.codes()).toEqual([code]);
    });

    test('`categories all` under an umbrella with named categories is an error at `all`, listing what the umbrella allows', async () => {
        const result = await tester.check(edit(umbrellaBaseline(), P, 'categories identity, travel', 'categories all'));
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Error, node: result.provision('P-2025-0231').data!, property: 'allCategories',
            message: ['gives all categories of data, but umbrella UP-2025-HARBOUR allows only identity, travel, contact']
        });
        expect(result.codes()).toEqual(['scope/bounded', code]);
    });

    test('an umbrella with `categories all` admits any category', async () => {
        const files = edit(edit(umbrellaBaseline(), U, 'categories identity, travel, contact', 'categories all'), P, 'categories identity, travel', 'categories identity, financial');
        const result = await tester.check(files);
        expectNone(result, code);
        expect(result.codes()).toEqual(['scope/bounded']); // the umbrella's own `categories all`
    });

    test('a form the umbrella does not allow is an error at that form', async () => {
        const result = await tester.check(edit(umbrellaBaseline(), U, 'form analytical, evaluated', 'form analytical'));
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Error, node: result.provision('P-2025-0231').data!, property: 'forms', index: 0,
            message: ['Provision P-2025-0231 gives evaluated data, but umbrella UP-2025-HARBOUR allows only `analytical`']
        });
    });

    test('a provision under an umbrella without a data block is left to scope/bounded and scope/form-declared', async () => {
        const result = await tester.check(edit(umbrellaBaseline(), P, / {4}data \{[\s\S]*?\n {4}\}\n/, ''));
        expectNone(result, code);
        expect(result.codes()).toEqual(['scope/bounded', 'scope/form-declared']);
    });

    test('the categories and form of the umbrella baseline are inside', async () => {
        expectNone(await tester.check(umbrellaBaseline()), code);
    });
});

describe(`${code}: service`, () => {
    test('a provision made by another service than the umbrella\'s holder is an error at `by`', async () => {
        const result = await tester.check(edit(umbrellaBaseline(), P, 'by AIVD', 'by MIVD'));
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Error, node: result.provision('P-2025-0231'), property: 'service',
            message: ['Provision P-2025-0231 is made by MIVD, but umbrella UP-2025-HARBOUR is held by AIVD']
        });
        expect(result.codes()).toEqual([code]);
    });
});

test(`${code} does not apply to an incidental provision`, async () => {
    expectNone(await tester.check(baseline()), code);
});

test(`${code} stays quiet on an unresolved umbrella (the linker reports it)`, async () => {
    const result = await tester.check(edit(umbrellaBaseline(), P, 'under UP-2025-HARBOUR', 'under UP-2025-HARBOR'));
    expectNone(result, code);
    expect(result.codes()).toContain('language/unresolved-reference');
});

describe(`${code}: subjects and period`, () => {
    test('more subjects than the umbrella allows is an error at the subjects clause', async () => {
        const result = await tester.check(edit(umbrellaBaseline(), P, 'subjects 1 "the facilitator', 'subjects 41 "the facilitator'));
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Error, node: result.provision('P-2025-0231').data!.subjects!,
            message: ['Provision P-2025-0231 concerns 41 subjects, more than the 40 that umbrella UP-2025-HARBOUR allows']
        });
    });

    test('exactly the number of subjects the umbrella allows does not fire', async () => {
        expectNone(await tester.check(edit(umbrellaBaseline(), P, 'subjects 1 "the facilitator', 'subjects 40 "the facilitator')), code);
    });

    test('a period outside the umbrella\'s period is an error at the period', async () => {
        const files = edit(edit(umbrellaBaseline(), U, 'categories identity, travel, contact', 'categories identity, travel, contact\n        period 2025-01-01 to 2025-12-31'), P, 'period 2025-01-01 to 2025-05-31', 'period 2024-12-01 to 2025-05-31');
        const result = await tester.check(files);
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Error, node: result.provision('P-2025-0231').data!.period!,
            message: ['covers data from 2024-12-01 to 2025-05-31, outside the period of umbrella UP-2025-HARBOUR (2025-01-01 to 2025-12-31)']
        });
    });
});
