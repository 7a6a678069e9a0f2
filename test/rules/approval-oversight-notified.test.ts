// approval/oversight-notified — reviewer's rule 1 (docs/domain.md)2: a provision of unevaluated data records that the
// oversight body (CTIVD) was notified.
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import {
    adequateBaseline, baseline, createTester, DiagnosticSeverity, edit, editAfter, edits, expectNone, expectOnly, rangeOf, umbrellaBaseline, type Files, type Tester
} from './helpers.js';

const code = 'approval/oversight-notified';
const P = 'provision.provisio';
const U = 'umbrella.provisio';
const notified = '\n    oversight-notified on 2025-05-13';

/** The adequate baseline giving unevaluated data, approved by the minister, the CTIVD notified. Clean. */
function unevaluated(): Files {
    return edits(adequateBaseline(), P,
        ['form evaluated', 'form unevaluated'],
        ['approved mandated-official on 2025-05-12', `approved minister on 2025-05-12${notified}`]);
}

/** The umbrella baseline allowing unevaluated data, approved by the minister, the CTIVD notified; the provision under it gives unevaluated data. Clean. */
function unevaluatedUnderUmbrella(): Files {
    const files = edits(umbrellaBaseline(), U,
        ['form analytical, evaluated', 'form analytical, evaluated, unevaluated'],
        ['approved head-of-service on 2024-12-20', 'approved minister on 2024-12-20\n    oversight-notified on 2024-12-21']);
    // EastmarkGIS, a recipient of the umbrella, must be permitted unevaluated data (recipient/cooperation-permitted).
    const permitted = editAfter(files, 'registry.provisio', 'WN-EastmarkGIS-2024', 'permits analytical, personal-data', 'permits analytical, personal-data, unevaluated');
    return edit(permitted, P, 'form evaluated', 'form unevaluated');
}

let tester: Tester;
beforeAll(async () => { tester = await createTester(); });
afterEach(() => tester.clear());

describe(code, () => {
    test('the unevaluated variants are clean', async () => {
        expect((await tester.check(unevaluated())).codes()).toEqual([]);
        expect((await tester.check(unevaluatedUnderUmbrella())).codes()).toEqual([]);
    });

    test('unevaluated data without a notification is an error at the `unevaluated` form', async () => {
        const result = await tester.check(edit(unevaluated(), P, notified, ''));
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Error, node: result.provision('P-2025-0117').data!, property: 'forms', index: 0,
            message: ['Provision P-2025-0117 gives unevaluated data but does not record that the oversight body was notified', 'Add `oversight-notified on <date>`']
        });
        expect(result.codes()).toEqual([code]);
    });

    test('the full message, in English and in Dutch, from the same finding', async () => {
        const files = edit(unevaluatedUnderUmbrella(), U, '\n    oversight-notified on 2024-12-21', '');
        const messages = (result: Awaited<ReturnType<Tester['check']>>) => result.withCode(code).map(diagnostic => diagnostic.message).sort();
        expect(messages(await tester.check(files))).toEqual([
            'Provision P-2025-0231 gives unevaluated data but does not record that the oversight body was notified. Add `oversight-notified on <date>`.',
            'Umbrella UP-2025-HARBOUR gives unevaluated data but does not record that the oversight body was notified. Add `oversight-notified on <date>`.'
        ]);
        const dutch = await createTester(undefined, { locale: 'nl' });
        expect(messages(await dutch.check(files))).toEqual([
            'Overkoepelende toestemming UP-2025-HARBOUR verstrekt ongeëvalueerde gegevens, maar vermeldt niet dat de CTIVD daarvan in kennis is gesteld. Voeg `oversight-notified on <datum>` toe.',
            'Verstrekking P-2025-0231 verstrekt ongeëvalueerde gegevens, maar vermeldt niet dat de CTIVD daarvan in kennis is gesteld. Voeg `oversight-notified on <datum>` toe.'
        ]);
        expect(messages(await dutch.check(edit(unevaluated(), P, 'oversight-notified on 2025-05-13', 'oversight-notified')))).toEqual([
            'Verstrekking P-2025-0117 vermeldt dat de CTIVD is ingelicht, maar niet wanneer. Voeg de datum toe: `oversight-notified on <datum>`.'
        ]);
        await dutch.clear();
    });

    test('the finding points at `unevaluated` among several forms', async () => {
        const result = await tester.check(edits(unevaluated(), P, [notified, ''], ['form unevaluated', 'form evaluated, unevaluated']));
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Error, node: result.provision('P-2025-0117').data!, property: 'forms', index: 1,
            message: ['gives unevaluated data']
        });
    });

    test('a notification without a date is an error at the notification', async () => {
        const result = await tester.check(edit(unevaluated(), P, 'oversight-notified on 2025-05-13', 'oversight-notified'));
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Error, node: result.provision('P-2025-0117').oversight!,
            message: ['Provision P-2025-0117 records that the oversight body was notified, but not when', '`oversight-notified on <date>`']
        });
        expect(result.codes()).toEqual([code]);
    });

    test('evaluated data needs no notification', async () => {
        expectNone(await tester.check(baseline()), code);
        expectNone(await tester.check(adequateBaseline()), code);
    });

    test('an umbrella allowing unevaluated data without a notification is an error at its scope, and so is the provision under it', async () => {
        const result = await tester.check(edit(unevaluatedUnderUmbrella(), U, '\n    oversight-notified on 2024-12-21', ''));
        const findings = result.withCode(code);
        expect(findings.map(d => d.message).sort()).toEqual([
            expect.stringContaining('Provision P-2025-0231 gives unevaluated data but does not record'),
            expect.stringContaining('Umbrella UP-2025-HARBOUR gives unevaluated data but does not record')
        ]);
        const onUmbrella = findings.find(d => d.message.startsWith('Umbrella'))!;
        expect(onUmbrella.severity).toBe(DiagnosticSeverity.Error);
        expect(onUmbrella.range).toEqual(rangeOf(result.umbrella('UP-2025-HARBOUR').scope!, 'forms', 2));
    });

    test('a provision under an umbrella inherits the umbrella\'s notification', async () => {
        const result = await tester.check(unevaluatedUnderUmbrella());
        expect(result.provision('P-2025-0231').oversight).toBeUndefined();
        expectNone(result, code);
    });

    test('a provision under an umbrella may record its own notification', async () => {
        const files = edit(edit(unevaluatedUnderUmbrella(), U, '\n    oversight-notified on 2024-12-21', ''), P, '    """\n}', '    """\n    oversight-notified on 2025-06-01\n}');
        const result = await tester.check(files);
        expect(result.withCode(code).map(d => d.message)).toEqual([expect.stringContaining('Umbrella UP-2025-HARBOUR')]);
    });
});
