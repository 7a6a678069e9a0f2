// recipient/cooperation-permitted — reviewer's rule 5 (docs/domain.md) (the weighing note decides what cooperation it
// permits): no form of data beyond what the recipient's note in force permits.
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import {
    adequateBaseline, baseline, createTester, DiagnosticSeverity, edit, editAfter, expectAt, expectNone, expectOnly, runRule, say, umbrellaBaseline, type Tester
} from './helpers.js';

const code = 'recipient/cooperation-permitted';
const R = 'registry.provisio';
const P = 'provision.provisio';
const U = 'umbrella.provisio';

let tester: Tester;
beforeAll(async () => { tester = await createTester(); });
afterEach(() => tester.clear());

describe(code, () => {
    test('forms within the permission are clean, and a broader permission allows a narrower form', async () => {
        expectNone(await tester.check(baseline()), code);
        // EastmarkGIS permits analytical and personal-data; analytical data is narrower than personal data.
        expectNone(await tester.check(edit(baseline(), P, 'form evaluated', 'form analytical')), code);
    });

    test('unevaluated data to a recipient whose note permits only analytical products and personal data is an error at the recipient', async () => {
        const files = edit(edit(baseline(), P, 'form evaluated', 'form evaluated, unevaluated'), P, 'approved head-of-service on 2025-05-12', 'approved minister on 2025-05-12\n    oversight-notified on 2025-05-13');
        const result = await tester.check(files);
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Error, node: result.provision('P-2025-0117'), property: 'recipients', index: 0,
            message: ['Provision P-2025-0117 gives unevaluated data to EastmarkGIS, but its weighing note WN-EastmarkGIS-2024 permits only `analytical` and `personal-data`', 'Give less, or revise the weighing note first']
        });
        expect(result.codes()).toEqual([code]);
    });

    test('personal data to a recipient permitted analytical products only', async () => {
        const files = editAfter(baseline(), R, 'WN-EastmarkGIS-2024', 'permits analytical, personal-data', 'permits analytical');
        const result = await tester.check(files);
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Error, node: result.provision('P-2025-0117'), property: 'recipients', index: 0,
            message: ['gives evaluated data to EastmarkGIS', 'permits only `analytical`.']
        });
    });

    test('bulk data needs a bulk permission even where unevaluated data is permitted', async () => {
        const files = edit(adequateBaseline(), P, 'form evaluated', 'form bulk\n        bulk-justification "The whole passenger list is needed because the facilitators travel under changing names."');
        const result = await tester.check(files);
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Error, node: result.provision('P-2025-0117'), property: 'recipients', index: 0,
            message: ['gives bulk data to NorthlandSIS', 'permits only `analytical`, `personal-data`, and `unevaluated`.']
        });
    });

    test('an umbrella is checked against the notes in force at the start of its validity', async () => {
        const files = edit(umbrellaBaseline(), U, 'form analytical, evaluated', 'form analytical, evaluated, bulk\n        bulk-justification "Ferry passenger lists are needed whole."');
        const result = await tester.check(files);
        const umbrella = result.umbrella('UP-2025-HARBOUR');
        const findings = result.withCode(code);
        expect(findings).toHaveLength(2);
        ['NorthlandSIS', 'EastmarkGIS'].forEach((recipient, index) => expectAt(findings[index], {
            severity: DiagnosticSeverity.Error, node: umbrella, property: 'recipients', index,
            message: [`Umbrella UP-2025-HARBOUR gives bulk data to ${recipient}`]
        }));
    });

    test('a weighing note that does not say what it permits is an error at its name', async () => {
        const files = editAfter(baseline(), R, 'WN-WestholmDIS-2025', '        permits analytical, personal-data\n', '');
        const result = await tester.check(files);
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Error, node: result.note('WN-WestholmDIS-2025'), property: 'name',
            message: ['Weighing note WN-WestholmDIS-2025 does not say what cooperation it permits', 'Add `permits`']
        });
    });

    test('the full messages, in English and in Dutch', async () => {
        const beyond = edit(adequateBaseline(), P, 'form evaluated', 'form unevaluated, bulk\n        bulk-justification "The whole passenger list is needed because the facilitators travel under changing names."');
        const unstated = editAfter(baseline(), R, 'WN-WestholmDIS-2025', '        permits analytical, personal-data\n', '');
        const english = async (files: typeof beyond) => (await tester.check(files)).withCode(code).map(diagnostic => diagnostic.message);
        expect(await english(beyond)).toEqual(['Provision P-2025-0117 gives bulk data to NorthlandSIS, but its weighing note WN-NorthlandSIS-2024 permits only `analytical`, `personal-data`, and `unevaluated`. Give less, or revise the weighing note first.']);
        expect(await english(unstated)).toEqual(['Weighing note WN-WestholmDIS-2025 does not say what cooperation it permits. Add `permits` with any of `analytical`, `personal-data`, `unevaluated`, `bulk`.']);
        const dutch = await createTester(undefined, { locale: 'nl' });
        const inDutch = async (files: typeof beyond) => (await dutch.check(files)).withCode(code).map(diagnostic => diagnostic.message);
        expect(await inDutch(beyond)).toEqual(['Verstrekking P-2025-0117 verstrekt bulkdata aan NorthlandSIS, maar wegingsnotitie WN-NorthlandSIS-2024 van die dienst staat alleen `analytical`, `personal-data` en `unevaluated` toe. Verstrek minder, of herzie eerst de wegingsnotitie.']);
        expect(await inDutch(unstated)).toEqual(['Wegingsnotitie WN-WestholmDIS-2025 vermeldt niet welke samenwerking zij toestaat. Voeg `permits` toe met een of meer van `analytical`, `personal-data`, `unevaluated` en `bulk`.']);
        await dutch.clear();
    });

    test('several forms beyond the permission are named together, in each language', async () => {
        const files = editAfter(edit(baseline(), P, 'form evaluated', 'form evaluated, unevaluated'), R, 'WN-EastmarkGIS-2024', 'permits analytical, personal-data', 'permits analytical');
        const [finding] = runRule(code, (await tester.check(files)).provision('P-2025-0117'));
        expect(say(code, finding)).toBe('Provision P-2025-0117 gives evaluated and unevaluated data to EastmarkGIS, but its weighing note WN-EastmarkGIS-2024 permits only `analytical`. Give less, or revise the weighing note first.');
        expect(say(code, finding, 'nl')).toBe('Verstrekking P-2025-0117 verstrekt geëvalueerde gegevens en ongeëvalueerde gegevens aan EastmarkGIS, maar wegingsnotitie WN-EastmarkGIS-2024 van die dienst staat alleen `analytical` toe. Verstrek minder, of herzie eerst de wegingsnotitie.');
    });

    test('a provision to a recipient whose note states no permission is not judged again', async () => {
        const files = edit(editAfter(baseline(), R, 'WN-EastmarkGIS-2024', '        permits analytical, personal-data\n', ''), P, 'form evaluated', 'form evaluated, bulk\n        bulk-justification "All records are needed."');
        const result = await tester.check(files);
        expect(result.withCode(code).map(diagnostic => diagnostic.message)).toEqual([expect.stringContaining('Weighing note WN-EastmarkGIS-2024 does not say')]);
    });
});
