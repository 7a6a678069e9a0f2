// scope/bounded — reviewer's rule 3 (docs/domain.md): the data scope names whose data (with a count), a few
// categories, a bounded period, and why bulk data is needed.
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import {
    baseline, createTester, DiagnosticSeverity, edit, edits, expectNone, expectOnly, ruleConfig, runRule, say, umbrellaBaseline, type Files, type Tester
} from './helpers.js';

const code = 'scope/bounded';
const P = 'provision.provisio';
const U = 'umbrella.provisio';
const dataBlock = / {4}data \{[\s\S]*?\n {4}\}\n/;
const subjectsLine = '        subjects 2 "two facilitators of the Harbour Network under AIVD investigation"\n';
const categoriesLine = 'categories identity, travel\n';
const periodLine = '        period 2024-11-01 to 2025-04-30\n';

let tester: Tester;
beforeAll(async () => { tester = await createTester(); });
afterEach(() => tester.clear());

describe(`${code}: the data block`, () => {
    test('a provision without a data block is a warning at its name, listing what the block holds', async () => {
        const result = await tester.check(edit(baseline(), P, dataBlock, ''));
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Warning, node: result.provision('P-2025-0117'), property: 'name',
            message: ['Provision P-2025-0117 has no data scope', 'Add a `data { … }` block with the subjects, the categories, the period and the form']
        });
        expect(result.codes()).toEqual([code, 'scope/form-declared']);
    });

    test('an umbrella without a scope block is told to add `scope { … }`, without a period', async () => {
        const result = await tester.check(edit(umbrellaBaseline(), U, / {4}scope \{[\s\S]*?\n {4}\}\n/, ''));
        const finding = expectOnly(result, code, {
            severity: DiagnosticSeverity.Warning, node: result.umbrella('UP-2025-HARBOUR'), property: 'name',
            message: ['Umbrella UP-2025-HARBOUR has no data scope', 'Add a `scope { … }` block with the subjects, the categories and the form']
        });
        expect(finding.message).not.toContain('period');
    });

    test('does not fire on the baseline, nor on an umbrella scope without a period', async () => {
        expectNone(await tester.check(baseline()), code);
        expectNone(await tester.check(umbrellaBaseline()), code);
    });
});

describe(`${code}: subjects`, () => {
    test('no subjects clause is a warning at the data block', async () => {
        const result = await tester.check(edit(baseline(), P, subjectsLine, ''));
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Warning, node: result.provision('P-2025-0117').data!,
            message: ['Provision P-2025-0117 does not say whose data it gives', 'subjects <count> "<which persons>"']
        });
    });

    test('`subjects all` is a warning at the subjects clause', async () => {
        const result = await tester.check(edit(baseline(), P, 'subjects 2 "two facilitators', 'subjects all "facilitators'));
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Warning, node: result.provision('P-2025-0117').data!.subjects!,
            message: ['Provision P-2025-0117 gives data on all subjects', 'Name which persons and how many']
        });
    });

    test('subjects without a count is a warning at the subjects clause', async () => {
        const result = await tester.check(edit(baseline(), P, 'subjects 2 "two facilitators', 'subjects "the facilitators'));
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Warning, node: result.provision('P-2025-0117').data!.subjects!,
            message: ['does not say how many subjects it concerns', '`subjects at-most 40 "…"` for an umbrella']
        });
    });

    test('a count without a description is a warning at the count, suggesting the same count', async () => {
        const result = await tester.check(edit(baseline(), P, subjectsLine, '        subjects 2\n'));
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Warning, node: result.provision('P-2025-0117').data!.subjects!, property: 'count',
            message: ['does not say which persons the data is about', '`subjects 2 "persons under investigation in …"`']
        });
    });

    test('a blank description counts as none', async () => {
        const result = await tester.check(edit(baseline(), P, subjectsLine, '        subjects 2 "  "\n'));
        expect(result.withCode(code).map(d => d.message)).toEqual([expect.stringContaining('does not say which persons')]);
    });

    test('`subjects at-most <n> "…"` is bounded', async () => {
        const result = await tester.check(edit(baseline(), P, 'subjects 2 "two', 'subjects at-most 2 "at most two'));
        expectNone(result, code);
    });
});

describe(`${code}: categories`, () => {
    test('`categories all` is a warning at `all`', async () => {
        const result = await tester.check(edit(baseline(), P, categoriesLine, 'categories all\n'));
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Warning, node: result.provision('P-2025-0117').data!, property: 'allCategories',
            message: ['Provision P-2025-0117 gives all categories of data', 'Name only the categories the motivation needs']
        });
    });

    test('no categories clause is a warning at the data block', async () => {
        const result = await tester.check(edit(baseline(), P, `        ${categoriesLine}`, ''));
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Warning, node: result.provision('P-2025-0117').data!,
            message: ['does not name the categories of data', 'Add `categories …`']
        });
    });

    test('six categories (default maximum five) is a warning at the sixth', async () => {
        const result = await tester.check(edit(baseline(), P, categoriesLine, 'categories identity, travel, contact, residence, photograph, vehicle\n'));
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Warning, node: result.provision('P-2025-0117').data!, property: 'categories', index: 5,
            message: ['names 6 categories of data; at most 5 are expected']
        });
    });

    test('exactly five categories do not fire', async () => {
        const result = await tester.check(edit(baseline(), P, categoriesLine, 'categories identity, travel, contact, residence, photograph\n'));
        expect(result.codes()).toEqual([]);
    });

    test('option maxCategories, from a configuration file: 2 allows the baseline and flags a third category', async () => {
        const configured = await createTester(ruleConfig(code, { maxCategories: 2 }));
        expectNone(await configured.check(baseline()), code);
        const result = await configured.check(edit(baseline(), P, categoriesLine, 'categories identity, travel, contact\n'));
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Warning, node: result.provision('P-2025-0117').data!, property: 'categories', index: 2,
            message: ['names 3 categories of data; at most 2 are expected']
        });
    });

    test('the umbrella scope is held to the same maximum', async () => {
        const result = await tester.check(edit(umbrellaBaseline(), U, 'categories identity, travel, contact', 'categories identity, travel, contact, residence, photograph, vehicle'));
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Warning, node: result.umbrella('UP-2025-HARBOUR').scope!, property: 'categories', index: 5,
            message: ['Umbrella UP-2025-HARBOUR names 6 categories']
        });
    });
});

describe(`${code}: period`, () => {
    test('no period is a warning at the data block', async () => {
        const result = await tester.check(edit(baseline(), P, periodLine, ''));
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Warning, node: result.provision('P-2025-0117').data!,
            message: ['does not say which period the data covers', 'Add `period <from> to <to>`']
        });
    });

    test('a period one day longer than 24 months is a warning at the period', async () => {
        const result = await tester.check(edit(baseline(), P, '2024-11-01 to 2025-04-30', '2023-05-01 to 2025-05-01'));
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Warning, node: result.provision('P-2025-0117').data!.period!,
            message: ['covers data from 2023-05-01 to 2025-05-01, longer than 24 months', 'Narrow the period']
        });
    });

    test('a period of exactly 24 months does not fire', async () => {
        const result = await tester.check(edit(baseline(), P, '2024-11-01 to 2025-04-30', '2023-05-01 to 2025-04-30'));
        expect(result.codes()).toEqual([]);
    });

    test('month ends are clamped: 2023-01-31 to 2025-01-30 is 24 months, to 2025-01-31 is longer', async () => {
        expect((await tester.check(edit(baseline(), P, '2024-11-01 to 2025-04-30', '2023-01-31 to 2025-01-30'))).codes()).toEqual([]);
        expect((await tester.check(edit(baseline(), P, '2024-11-01 to 2025-04-30', '2023-01-31 to 2025-01-31'))).codes()).toEqual([code]);
    });

    test('option maxPeriodMonths, called directly: the six-month baseline period fits 6 but not 5', async () => {
        const result = await tester.check(baseline());
        const provision = result.provision('P-2025-0117');
        expect(runRule(code, provision, { maxPeriodMonths: 6 })).toEqual([]);
        const findings = runRule(code, provision, { maxPeriodMonths: 5 });
        expect(findings.map(finding => say(code, finding))).toEqual([expect.stringContaining('longer than 5 months')]);
        expect(findings[0].node).toBe(provision.data!.period);
    });
});

describe(`${code}: bulk data`, () => {
    test('bulk data without a bulk-justification is a warning at the `bulk` form', async () => {
        const result = await tester.check(edit(baseline(), P, 'form evaluated', 'form evaluated, bulk'));
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Warning, node: result.provision('P-2025-0117').data!, property: 'forms', index: 1,
            message: ['Provision P-2025-0117 gives bulk data without saying why', 'Add `bulk-justification """…"""`']
        });
    });

    test('bulk data with a bulk-justification does not fire', async () => {
        const result = await tester.check(edit(baseline(), P, 'form evaluated\n', 'form evaluated, bulk\n        bulk-justification "The crossings are only visible in the full passenger lists of the June ferries; a selection would miss the facilitators\' aliases."\n'));
        expectNone(result, code);
    });

    test('a blank bulk-justification counts as none', async () => {
        const result = await tester.check(edit(baseline(), P, 'form evaluated\n', 'form bulk\n        bulk-justification ""\n'));
        expect(result.withCode(code).map(d => d.message)).toEqual([expect.stringContaining('gives bulk data without saying why')]);
    });
});

describe(`${code}: several findings`, () => {
    test('every unbounded part is reported', async () => {
        const result = await tester.check(edit(baseline(), P, dataBlock, '    data {\n        form evaluated\n        subjects all\n        categories all\n    }\n'));
        expect(result.withCode(code).map(d => d.message)).toEqual([
            expect.stringContaining('gives data on all subjects'),
            expect.stringContaining('gives all categories of data'),
            expect.stringContaining('does not say which period')
        ]);
    });
});

describe(`${code}: background checks look back further`, () => {
    const backgroundCheck = (period: string): Files => edits(baseline(), P,
        ['provision P-2025-0117', 'background-check P-2025-0117'],
        ['period 2024-11-01 to 2025-04-30', period]);

    test('ten years of residence history is within the default for a background check, though not for a provision', async () => {
        expectNone(await tester.check(backgroundCheck('period 2015-05-01 to 2025-04-30')), code);
        const provision = await tester.check(edit(baseline(), P, 'period 2024-11-01 to 2025-04-30', 'period 2015-05-01 to 2025-04-30'));
        expect(provision.withCode(code).map(diagnostic => diagnostic.message)).toEqual([expect.stringContaining('longer than 24 months')]);
    });

    test('more than 120 months is a warning at the period', async () => {
        const result = await tester.check(backgroundCheck('period 2015-04-30 to 2025-04-30'));
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Warning, node: result.provision('P-2025-0117').data!.period!,
            message: ['Background check P-2025-0117 covers data from 2015-04-30 to 2025-04-30, longer than 120 months']
        });
    });

    test('option maxBackgroundCheckPeriodMonths, from a configuration file', async () => {
        const configured = await createTester(ruleConfig(code, { maxBackgroundCheckPeriodMonths: 60 }));
        const result = await configured.check(backgroundCheck('period 2015-05-01 to 2025-04-30'));
        expect(result.withCode(code).map(diagnostic => diagnostic.message)).toEqual([expect.stringContaining('longer than 60 months')]);
    });
});

describe(`${code}: placeholders`, () => {
    test('a description without words counts as none', async () => {
        const result = await tester.check(edit(baseline(), P, subjectsLine, '        subjects 2 "…"\n'));
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Warning, node: result.provision('P-2025-0117').data!.subjects!, property: 'count',
            message: ['does not say which persons the data is about']
        });
    });
});

describe(`${code}: the full messages, in English and in Dutch`, () => {
    const unbounded = (): Files => edits(baseline(), P,
        [dataBlock, '    data {\n        form evaluated, bulk\n        subjects 2\n        categories identity, travel, contact, residence, photograph, vehicle\n        period 2022-01-01 to 2025-04-30\n    }\n']);

    test('an undescribed count, too many categories, a long period and unjustified bulk data', async () => {
        expect((await tester.check(unbounded())).withCode(code).map(diagnostic => diagnostic.message)).toEqual([
            'Provision P-2025-0117 does not say which persons the data is about. Describe them after the count, e.g. `subjects 2 "persons under investigation in …"`.',
            'Provision P-2025-0117 names 6 categories of data; at most 5 are expected. Keep only the categories the motivation needs.',
            'Provision P-2025-0117 covers data from 2022-01-01 to 2025-04-30, longer than 24 months. Narrow the period to what the motivation needs.',
            'Provision P-2025-0117 gives bulk data without saying why. Add `bulk-justification """…"""` explaining why selected data will not do.'
        ]);
        const dutch = await createTester(undefined, { locale: 'nl' });
        expect((await dutch.check(unbounded())).withCode(code).map(diagnostic => diagnostic.message)).toEqual([
            'Verstrekking P-2025-0117 vermeldt niet over welke personen de gegevens gaan. Vermeld na het aantal om welke personen het gaat, bijvoorbeeld `subjects 2 "personen in onderzoek bij …"`.',
            'Verstrekking P-2025-0117 noemt 6 categorieën gegevens; het maximum is 5. Houd alleen de categorieën die de motivering nodig maakt.',
            'Verstrekking P-2025-0117 betreft gegevens van 2022-01-01 tot 2025-04-30, langer dan 24 maanden. Beperk de periode tot wat de motivering nodig maakt.',
            'Verstrekking P-2025-0117 verstrekt bulkdata zonder te motiveren waarom. Voeg `bulk-justification """…"""` toe en leg uit waarom geselecteerde gegevens niet volstaan.'
        ]);
        await dutch.clear();
    });

    test('a missing data block and scope block, the braces shown literally', async () => {
        const provision = edit(baseline(), P, dataBlock, '');
        const umbrella = edit(umbrellaBaseline(), U, / {4}scope \{[\s\S]*?\n {4}\}\n/, '');
        expect((await tester.check(provision)).withCode(code).map(diagnostic => diagnostic.message)).toEqual([
            'Provision P-2025-0117 has no data scope. Add a `data { … }` block with the subjects, the categories, the period and the form of the data.'
        ]);
        const dutch = await createTester(undefined, { locale: 'nl' });
        expect((await dutch.check(provision)).withCode(code).map(diagnostic => diagnostic.message)).toEqual([
            'Verstrekking P-2025-0117 bevat geen afbakening van de gegevens. Voeg een blok `data { … }` toe met de personen, de categorieën, de periode en de vorm van de gegevens.'
        ]);
        expect((await dutch.check(umbrella)).withCode(code).map(diagnostic => diagnostic.message)).toEqual([
            'Overkoepelende toestemming UP-2025-HARBOUR bevat geen afbakening van de gegevens. Voeg een blok `scope { … }` toe met de personen, de categorieën en de vorm van de gegevens.'
        ]);
        await dutch.clear();
    });

    test('the subjects, categories and period findings, called directly, in both languages', async () => {
        const result = await tester.check(edit(baseline(), P, dataBlock, '    data {\n        form evaluated\n        subjects all\n        categories all\n    }\n'));
        const findings = runRule(code, result.provision('P-2025-0117'), { maxCategories: 1 });
        expect(findings.map(finding => say(code, finding))).toEqual([
            'Provision P-2025-0117 gives data on all subjects. Name which persons and how many: `subjects <count> "<which persons>"`.',
            'Provision P-2025-0117 gives all categories of data. Name only the categories the motivation needs.',
            'Provision P-2025-0117 does not say which period the data covers. Add `period <from> to <to>`.'
        ]);
        expect(findings.map(finding => say(code, finding, 'nl'))).toEqual([
            'Verstrekking P-2025-0117 verstrekt gegevens over alle personen. Noem over welke personen het gaat en hoeveel: `subjects <aantal> "<welke personen>"`.',
            'Verstrekking P-2025-0117 verstrekt alle categorieën gegevens. Noem alleen de categorieën die de motivering nodig maakt.',
            'Verstrekking P-2025-0117 vermeldt niet over welke periode de gegevens gaan. Voeg `period <van> to <tot>` toe.'
        ]);
        const one = runRule(code, (await tester.check(baseline())).provision('P-2025-0117'), { maxCategories: 1, maxPeriodMonths: 1 });
        expect(one.map(finding => say(code, finding))).toEqual([
            expect.stringContaining('names 2 categories of data; at most 1 is expected.'),
            expect.stringContaining('longer than 1 month.')
        ]);
        expect(one.map(finding => say(code, finding, 'nl'))).toEqual([
            expect.stringContaining('noemt 2 categorieën gegevens; het maximum is 1.'),
            expect.stringContaining('langer dan 1 maand.')
        ]);
    });
});
