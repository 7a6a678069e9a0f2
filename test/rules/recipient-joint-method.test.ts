// recipient/joint-method — reviewer's rule 5 (docs/domain.md): a weighing note from before the joint AIVD/MIVD method
// (2020-06-01), or made with the legacy method, is information.
import { expectIssue } from 'langium/test';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import {
    baseline, createTester, DiagnosticSeverity, edit, expectNone, expectOnly, ruleConfig, runRule, weighingNote, type Tester
} from './helpers.js';

const code = 'recipient/joint-method';
const R = 'registry.provisio';

let tester: Tester;
beforeAll(async () => { tester = await createTester(); });
afterEach(() => tester.clear());

describe(code, () => {
    test('a note made with the legacy method is information at `method`', async () => {
        const result = await tester.check(edit(baseline(), R, 'assessed 2024-09-15\n        method joint', 'assessed 2024-09-15\n        method legacy'));
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Information, node: result.note('WN-NorthlandSIS-2024'), property: 'method',
            message: ['Weighing note WN-NorthlandSIS-2024 uses the legacy method', 'Reassess it with the joint weighing method']
        });
        expect(result.codes()).toEqual([code]);
        expectIssue(result.file(R), { severity: DiagnosticSeverity.Information, node: result.note('WN-NorthlandSIS-2024'), property: 'method', code, message: /legacy method/ });
    });

    test('a note assessed the day before the joint method is information at `assessed`', async () => {
        const result = await tester.check(edit(baseline(), R, 'assessed 2024-09-15', 'assessed 2020-05-31'));
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Information, node: result.note('WN-NorthlandSIS-2024'), property: 'assessed',
            message: ['Weighing note WN-NorthlandSIS-2024 was assessed on 2020-05-31, before the joint weighing method was introduced on 2020-06-01']
        });
    });

    test('a note assessed on 2020-06-01 itself does not fire', async () => {
        const result = await tester.check(edit(baseline(), R, 'assessed 2024-09-15', 'assessed 2020-06-01'));
        expectNone(result, code);
    });

    test('a legacy note from before the joint method gets one finding, about the method', async () => {
        const result = await tester.check(edit(baseline(), R, 'assessed 2024-09-15\n        method joint', 'assessed 2019-11-20\n        method legacy'));
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Information, node: result.note('WN-NorthlandSIS-2024'), property: 'method',
            message: ['uses the legacy method']
        });
    });

    test('a recent note without a method clause does not fire', async () => {
        const result = await tester.check(edit(baseline(), R, 'assessed 2024-09-15\n        method joint\n', 'assessed 2024-09-15\n'));
        expect(result.codes()).toEqual([]);
    });

    test('option jointMethodSince, from a configuration file, moves the cut-off date', async () => {
        const configured = await createTester(ruleConfig(code, { jointMethodSince: '2024-06-01' }));
        const result = await configured.check(baseline());
        // Only EastmarkGIS's note (2024-03-01) predates 2024-06-01; NorthlandSIS's (2024-09-15) and WestholmDIS's (2025-01-10) do not.
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Information, node: result.note('WN-EastmarkGIS-2024'), property: 'assessed',
            message: ['assessed on 2024-03-01, before the joint weighing method was introduced on 2024-06-01']
        });
    });

    test('option jointMethodSince, called directly', async () => {
        const result = await tester.check(baseline());
        const note = result.note('WN-WestholmDIS-2025');
        expect(runRule(code, note, { jointMethodSince: '2025-01-10' })).toEqual([]);
        expect(runRule(code, note, { jointMethodSince: '2025-01-11' }).map(finding => finding.property)).toEqual(['assessed']);
    });

    test('the severity can be raised through the configuration', async () => {
        const configured = await createTester('rules:\n  recipient/joint-method: warning\n');
        const result = await configured.check(edit(baseline(), R, 'assessed 2024-09-15\n        method joint', 'assessed 2024-09-15\n        method legacy'));
        expect(result.withCode(code).map(d => d.severity)).toEqual([DiagnosticSeverity.Warning]);
    });

    test('the full messages, in English and in Dutch', async () => {
        const legacy = edit(baseline(), R, 'assessed 2024-09-15\n        method joint', 'assessed 2024-09-15\n        method legacy');
        const early = edit(baseline(), R, 'assessed 2024-09-15', 'assessed 2020-05-31');
        const english = async (files: typeof legacy) => (await tester.check(files)).withCode(code).map(diagnostic => diagnostic.message);
        expect(await english(legacy)).toEqual(['Weighing note WN-NorthlandSIS-2024 uses the legacy method. Reassess it with the joint weighing method.']);
        expect(await english(early)).toEqual(['Weighing note WN-NorthlandSIS-2024 was assessed on 2020-05-31, before the joint weighing method was introduced on 2020-06-01. Reassess it with the joint method.']);
        const dutch = await createTester(undefined, { locale: 'nl' });
        const inDutch = async (files: typeof legacy) => (await dutch.check(files)).withCode(code).map(diagnostic => diagnostic.message);
        expect(await inDutch(legacy)).toEqual(['Wegingsnotitie WN-NorthlandSIS-2024 is opgesteld volgens de oude methode. Weeg de dienst opnieuw volgens de gezamenlijke wegingsmethodiek.']);
        expect(await inDutch(early)).toEqual(['Wegingsnotitie WN-NorthlandSIS-2024 is vastgesteld op 2020-05-31, vóór de invoering van de gezamenlijke wegingsmethodiek op 2020-06-01. Weeg de dienst opnieuw volgens de gezamenlijke methodiek.']);
        await dutch.clear();
    });

    test('does not fire on the baseline', async () => {
        expectNone(await tester.check(baseline()), code);
    });

    test('a legacy note that a later note has replaced is not pointed out', async () => {
        const replaced = `${weighingNote('WN-NorthlandSIS-2019', { assessed: '2019-11-20', reviewDue: '2021-11-20', method: 'legacy' })}
    weighing-note WN-NorthlandSIS-2024`;
        const result = await tester.check(edit(baseline(), R, 'weighing-note WN-NorthlandSIS-2024', replaced));
        expectNone(result, code);
    });
});
