// umbrella/multilateral-yearly — reviewer's rule 9 (docs/domain.md): a multilateral umbrella is valid for at most
// twelve months and approved by the minister.
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import {
    createTester, DiagnosticSeverity, edit, edits, expectNone, expectOnly, ruleConfig, runRule, umbrellaBaseline, type Files, type Tester
} from './helpers.js';

const code = 'umbrella/multilateral-yearly';
const U = 'umbrella.provisio';

/** The umbrella baseline as a multilateral arrangement, approved by the minister, valid exactly twelve months. Clean. */
function multilateral(): Files {
    return edits(umbrellaBaseline(), U,
        ['kind umbrella-permission', 'kind multilateral'],
        ['approved head-of-service on 2024-12-20', 'approved minister on 2024-12-20']);
}

let tester: Tester;
beforeAll(async () => { tester = await createTester(); });
afterEach(() => tester.clear());

describe(`${code}: validity`, () => {
    test('a multilateral umbrella of exactly twelve months, approved by the minister, is clean', async () => {
        expect((await tester.check(multilateral())).codes()).toEqual([]);
    });

    test('twelve months and a day is an error at the validity period', async () => {
        const result = await tester.check(edit(multilateral(), U, 'valid 2025-01-01 to 2025-12-31', 'valid 2025-01-01 to 2026-01-01'));
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Error, node: result.umbrella('UP-2025-HARBOUR').validity!,
            message: [
                'Multilateral umbrella UP-2025-HARBOUR is valid from 2025-01-01 to 2026-01-01, longer than 12 months',
                'The minister reviews it every year: end it within 12 months and renew it'
            ]
        });
        expect(result.codes()).toEqual([code]);
    });

    test('no validity period is left to language/missing-clause, reported for every umbrella', async () => {
        const result = await tester.check(edit(multilateral(), U, '    valid 2025-01-01 to 2025-12-31\n', ''));
        expectNone(result, code);
        expect(result.codes()).toEqual(['language/missing-clause', 'umbrella/within-umbrella']);
    });

    test('other umbrellas may run longer than twelve months', async () => {
        const result = await tester.check(edit(umbrellaBaseline(), U, 'valid 2025-01-01 to 2025-12-31', 'valid 2025-01-01 to 2026-12-31'));
        expectNone(result, code);
        expect(result.codes()).toEqual([]);
    });

    test('option maxValidityMonths, from a configuration file: 24 admits a two-year arrangement', async () => {
        const configured = await createTester(ruleConfig(code, { maxValidityMonths: 24 }));
        expectNone(await configured.check(edit(multilateral(), U, 'valid 2025-01-01 to 2025-12-31', 'valid 2025-01-01 to 2026-12-31')), code);
        const result = await configured.check(edit(multilateral(), U, 'valid 2025-01-01 to 2025-12-31', 'valid 2025-01-01 to 2027-01-01'));
        expect(result.withCode(code).map(d => d.message)).toEqual([expect.stringContaining('longer than 24 months')]);
    });
});

describe(`${code}: the full message, in English and in Dutch`, () => {
    const tooLongAndTooLow = () => edits(multilateral(), U, ['valid 2025-01-01 to 2025-12-31', 'valid 2025-01-01 to 2026-06-30'], ['approved minister', 'approved head-of-service']);
    const messages = (result: Awaited<ReturnType<Tester['check']>>) => result.withCode(code).map(diagnostic => diagnostic.message);

    test('in English', async () => {
        expect(messages(await tester.check(tooLongAndTooLow()))).toEqual([
            'Multilateral umbrella UP-2025-HARBOUR is valid from 2025-01-01 to 2026-06-30, longer than 12 months. The minister reviews it every year: end it within 12 months and renew it.',
            'Multilateral umbrella UP-2025-HARBOUR is approved by the head of service; it needs the approval of the minister. Add or change `approved minister on <date>`.'
        ]);
    });

    test('in Dutch, from the same findings, with the approval levels in Dutch and the keyword as written', async () => {
        const dutch = await createTester(undefined, { locale: 'nl' });
        expect(messages(await dutch.check(tooLongAndTooLow()))).toEqual([
            'De multilaterale samenwerking UP-2025-HARBOUR geldt van 2025-01-01 tot en met 2026-06-30, langer dan 12 maanden. De minister beoordeelt haar jaarlijks: laat haar binnen 12 maanden eindigen en verleng haar daarna.',
            'Voor de multilaterale samenwerking UP-2025-HARBOUR heeft het hoofd van de dienst toestemming gegeven; daarvoor is toestemming van de minister nodig. Voeg `approved minister on <datum>` toe of pas de toestemming daarop aan.'
        ]);
        const unapproved = await dutch.check(edit(multilateral(), U, '    approved minister on 2024-12-20\n', ''));
        expect(messages(unapproved)).toEqual(['Voor de multilaterale samenwerking UP-2025-HARBOUR is geen toestemming vastgelegd; daarvoor is toestemming van de minister nodig. Voeg `approved minister on <datum>` toe.']);
        await dutch.clear();
    });
});

describe(`${code}: approval`, () => {
    test('approval by the head of service is an error at the approval level', async () => {
        const result = await tester.check(edit(multilateral(), U, 'approved minister', 'approved head-of-service'));
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Error, node: result.umbrella('UP-2025-HARBOUR').approval!, property: 'level',
            message: ['Multilateral umbrella UP-2025-HARBOUR is approved by the head of service; it needs the approval of the minister', 'Add or change `approved minister on <date>`']
        });
        expect(result.codes()).toEqual([code]);
    });

    test('no approval is an error at the umbrella\'s name', async () => {
        const result = await tester.check(edit(multilateral(), U, '    approved minister on 2024-12-20\n', ''));
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Error, node: result.umbrella('UP-2025-HARBOUR'), property: 'name',
            message: ['Multilateral umbrella UP-2025-HARBOUR is not approved; it needs the approval of the minister']
        });
        // required-approval reports the missing approval too, on the umbrella and on the provision under it.
        expect(result.codes()).toEqual(['approval/required-approval', 'approval/required-approval', code]);
    });

    test('option requiredApproval: head-of-service admits the head of service, and the minister above it', async () => {
        const configured = await createTester(ruleConfig(code, { requiredApproval: 'head-of-service' }));
        expectNone(await configured.check(edit(multilateral(), U, 'approved minister', 'approved head-of-service')), code);
        expectNone(await configured.check(multilateral()), code);
        const result = await configured.check(edit(multilateral(), U, 'approved minister', 'approved mandated-official'));
        expect(result.withCode(code).map(d => d.message)).toEqual([expect.stringContaining('is approved by the mandated official; it needs the approval of the head of service')]);
    });

    test('option requiredApproval, called directly', async () => {
        const result = await tester.check(multilateral());
        const umbrella = result.umbrella('UP-2025-HARBOUR');
        expect(runRule(code, umbrella, { requiredApproval: 'minister' })).toEqual([]);
        expect(runRule(code, umbrella, { requiredApproval: 'mandated-official' })).toEqual([]);
    });

    test('a non-multilateral umbrella needs no minister', async () => {
        expectNone(await tester.check(umbrellaBaseline()), code);
    });
});
