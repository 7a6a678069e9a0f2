// recipient/bulk-note-recent — reviewer's rule 5 (docs/domain.md): bulk data goes only to a recipient whose weighing
// note in force uses the joint method and was assessed recently (24 months by default).
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import {
    adequateBaseline, createTester, DiagnosticSeverity, edit, editAfter, expectNone, expectOnly, ruleConfig, runRule, say, umbrellaBaseline, type Files, type Tester
} from './helpers.js';

const code = 'recipient/bulk-note-recent';
const P = 'provision.provisio';
const R = 'registry.provisio';
const U = 'umbrella.provisio';
const bulkJustification = 'bulk-justification "The ferry operator\'s passenger list of 12 June is needed whole: the facilitators travel under changing names, so only the full list shows which passengers booked together with them."';

/** The adequate baseline as a provision of a bulk passenger list to NorthlandSIS, whose joint note of 2024-09-15 permits bulk data. Clean. */
function bulkProvision(): Files {
    const files = edit(adequateBaseline(), P, 'form evaluated', `form bulk\n        ${bulkJustification}`);
    return editAfter(files, R, 'WN-NorthlandSIS-2024', 'permits analytical, personal-data, unevaluated', 'permits analytical, personal-data, unevaluated, bulk');
}

let tester: Tester;
beforeAll(async () => { tester = await createTester(); });
afterEach(() => tester.clear());

describe(`${code}: provisions of bulk data`, () => {
    test('bulk data under a joint note assessed eight months earlier is clean', async () => {
        expect((await tester.check(bulkProvision())).codes()).toEqual([]);
    });

    test('a note assessed more than 24 months before the provision is a warning at the recipient', async () => {
        const result = await tester.check(editAfter(bulkProvision(), R, 'WN-NorthlandSIS-2024', 'assessed 2024-09-15', 'assessed 2023-03-01'));
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Warning, node: result.provision('P-2025-0117'), property: 'recipients', index: 0,
            message: ['Provision P-2025-0117 gives bulk data to NorthlandSIS, but its weighing note WN-NorthlandSIS-2024 was assessed on 2023-03-01, more than 24 months before 2025-05-14.']
        });
        expect(result.codes()).toEqual([code]);
    });

    test('a note assessed exactly 24 months before is still recent', async () => {
        const result = await tester.check(editAfter(bulkProvision(), R, 'WN-NorthlandSIS-2024', 'assessed 2024-09-15', 'assessed 2023-05-14'));
        expectNone(result, code);
    });

    test('a legacy note is reported, however recent', async () => {
        const result = await tester.check(editAfter(bulkProvision(), R, 'WN-NorthlandSIS-2024', 'method joint', 'method legacy'));
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Warning, node: result.provision('P-2025-0117'), property: 'recipients', index: 0,
            message: ['its weighing note WN-NorthlandSIS-2024 does not use the joint method']
        });
    });

    test('a note without a stated method does not show the joint method either', async () => {
        const result = await tester.check(editAfter(bulkProvision(), R, 'WN-NorthlandSIS-2024', '        method joint\n', ''));
        expect(result.withCode(code).map(diagnostic => diagnostic.message)).toEqual([expect.stringContaining('does not use the joint method')]);
    });

    test('a provision without bulk data is not judged by this rule, however old the note', async () => {
        const result = await tester.check(editAfter(adequateBaseline(), R, 'WN-NorthlandSIS-2024', 'assessed 2024-09-15', 'assessed 2022-01-01'));
        expectNone(result, code);
    });

    test('a recipient without a note in force is left to recipient/weighing-note-required', async () => {
        const result = await tester.check(editAfter(bulkProvision(), R, 'WN-NorthlandSIS-2024', 'assessed 2024-09-15', 'assessed 2025-09-15'));
        expectNone(result, code);
        expect(result.codes()).toContain('recipient/weighing-note-required');
    });
});

describe(`${code}: umbrellas`, () => {
    test('an umbrella for bulk data is judged at the start of its validity, per recipient', async () => {
        let files = edit(umbrellaBaseline(), U, 'form analytical, evaluated', `form analytical, evaluated, bulk\n        ${bulkJustification}`);
        files = editAfter(files, R, 'WN-NorthlandSIS-2024', 'assessed 2024-09-15', 'assessed 2022-11-30');
        const result = await tester.check(files);
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Warning, node: result.umbrella('UP-2025-HARBOUR'), property: 'recipients', index: 0,
            message: ['Umbrella UP-2025-HARBOUR gives bulk data to NorthlandSIS, but its weighing note WN-NorthlandSIS-2024 was assessed on 2022-11-30, more than 24 months before 2025-01-01']
        });
    });
});

describe(`${code}: options`, () => {
    test('maxAgeMonths, from a configuration file', async () => {
        const configured = await createTester(ruleConfig(code, { maxAgeMonths: 6 }));
        const result = await configured.check(bulkProvision());
        expect(result.withCode(code).map(diagnostic => diagnostic.message)).toEqual([expect.stringContaining('was assessed on 2024-09-15, more than 6 months before 2025-05-14')]);
        await configured.clear();
    });

    test('requireJointMethod: false accepts a recent legacy note', async () => {
        const result = await tester.check(editAfter(bulkProvision(), R, 'WN-NorthlandSIS-2024', 'method joint', 'method legacy'));
        const provision = result.provision('P-2025-0117');
        expect(runRule(code, provision, { requireJointMethod: false })).toEqual([]);
        expect(runRule(code, provision, { requireJointMethod: true })).toHaveLength(1);
    });
});

describe(`${code}: the full message, in English and in Dutch`, () => {
    test('an old legacy note', async () => {
        let files = editAfter(bulkProvision(), R, 'WN-NorthlandSIS-2024', 'assessed 2024-09-15', 'assessed 2023-03-01');
        files = editAfter(files, R, 'WN-NorthlandSIS-2024', 'method joint', 'method legacy');
        const result = await tester.check(files);
        const [finding] = runRule(code, result.provision('P-2025-0117'));
        expect(say(code, finding)).toBe('Provision P-2025-0117 gives bulk data to NorthlandSIS, but its weighing note WN-NorthlandSIS-2024 was assessed on 2023-03-01, more than 24 months before 2025-05-14, and does not use the joint method. Bulk data is shared only under a recently revised weighing note: reassess NorthlandSIS with the joint method (`method joint`) before this provision.');
        expect(say(code, finding, 'nl')).toBe('Verstrekking P-2025-0117 verstrekt bulkdata aan NorthlandSIS, maar wegingsnotitie WN-NorthlandSIS-2024 van die dienst is vastgesteld op 2023-03-01, meer dan 24 maanden vóór 2025-05-14, en gebruikt niet de gezamenlijke wegingsmethodiek. Bulkdata wordt alleen gedeeld onder een recent herziene wegingsnotitie: herzie de weging van NorthlandSIS volgens de gezamenlijke methodiek (`method joint`) vóór deze verstrekking.');
    });

    test('an old joint note, from the checker in Dutch', async () => {
        const dutch = await createTester(undefined, { locale: 'nl' });
        const result = await dutch.check(editAfter(bulkProvision(), R, 'WN-NorthlandSIS-2024', 'assessed 2024-09-15', 'assessed 2023-03-01'));
        expect(result.withCode(code).map(diagnostic => diagnostic.message)).toEqual([
            'Verstrekking P-2025-0117 verstrekt bulkdata aan NorthlandSIS, maar wegingsnotitie WN-NorthlandSIS-2024 van die dienst is vastgesteld op 2023-03-01, meer dan 24 maanden vóór 2025-05-14. Bulkdata wordt alleen gedeeld onder een recent herziene wegingsnotitie: herzie de weging van NorthlandSIS volgens de gezamenlijke methodiek (`method joint`) vóór deze verstrekking.'
        ]);
        await dutch.clear();
    });
});
