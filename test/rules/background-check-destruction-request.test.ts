// background-check/destruction-request — reviewer's rule 7 (docs/domain.md): a background-check request always asks
// the foreign service to destroy the data.
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import {
    adequateBaseline, applyFix, baseline, createTester, DiagnosticSeverity, edit, edits, expectNone, expectOnly, umbrellaBaseline, type Files, type Tester
} from './helpers.js';

const code = 'background-check/destruction-request';
const P = 'provision.provisio';
const U = 'umbrella.provisio';
const ownConditions = 'conditions third-party-rule, intelligence-use-only, destroy-after 6 months';

/** The adequate baseline as a background check on a candidate for a cleared position (clean: it already has `destroy-after`). */
function backgroundCheck(): Files {
    return edits(adequateBaseline(), P,
        ['provision P-2025-0117 "Travel data of two Harbour Network facilitators"', 'background-check P-2025-0117 "Residence history of a candidate for a cleared post"'],
        ['subjects 2 "two facilitators of the Harbour Network under AIVD investigation"', 'subjects 1 "a candidate for a post at the Ministry of Defence who lived in Northland"'],
        ['categories identity, travel', 'categories identity, residence']);
}

let tester: Tester;
beforeAll(async () => { tester = await createTester(); });
afterEach(() => tester.clear());

describe(code, () => {
    test('the background-check variant with `destroy-after` is clean', async () => {
        expect((await tester.check(backgroundCheck())).codes()).toEqual([]);
    });

    test('a background check without a destruction clause is an error at its conditions, saying what to add', async () => {
        const result = await tester.check(edit(backgroundCheck(), P, ownConditions, 'conditions third-party-rule, intelligence-use-only'));
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Error, node: result.provision('P-2025-0117'), property: 'conditions',
            message: ['Background check P-2025-0117 does not ask the recipient to destroy the data', 'Add `destruction-request` (or `destroy-after <n> months`) to its conditions']
        });
        expect(result.codes()).toEqual([code]);
    });

    test('the full message and fix title, in English and in Dutch, from the same finding', async () => {
        const files = edit(backgroundCheck(), P, ownConditions, 'conditions third-party-rule, intelligence-use-only');
        const fixTitle = (diagnostic: { data?: unknown }) => (diagnostic.data as { fix: { title: string } }).fix.title;
        const english = (await tester.check(files)).withCode(code);
        expect(english.map(diagnostic => diagnostic.message)).toEqual(['Background check P-2025-0117 does not ask the recipient to destroy the data. Add `destruction-request` (or `destroy-after <n> months`) to its conditions.']);
        expect(fixTitle(english[0])).toBe('Add destruction-request to the conditions');
        const dutch = await createTester(undefined, { locale: 'nl' });
        const result = (await dutch.check(files)).withCode(code);
        expect(result.map(diagnostic => diagnostic.message)).toEqual(['Naslagverzoek P-2025-0117 bevat geen verzoek tot vernietiging van de gegevens. Voeg `destruction-request` (of `destroy-after <aantal> months`) toe aan de voorwaarden.']);
        expect(fixTitle(result[0])).toBe('Voeg destruction-request toe aan de voorwaarden');
        await dutch.clear();
    });

    test('a background check without any conditions is an error at its name', async () => {
        const result = await tester.check(edit(backgroundCheck(), P, `    ${ownConditions}\n`, ''));
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Error, node: result.provision('P-2025-0117'), property: 'name',
            message: ['Background check P-2025-0117 does not ask the recipient to destroy the data']
        });
        expect(result.codes()).toEqual([code, 'conditions/standard-conditions']);
    });

    test('`destruction-request` satisfies the rule as well as `destroy-after`', async () => {
        const result = await tester.check(edit(backgroundCheck(), P, 'destroy-after 6 months', 'destruction-request'));
        expect(result.codes()).toEqual([]);
    });

    test('an ordinary provision needs no destruction clause', async () => {
        const result = await tester.check(edit(adequateBaseline(), P, ownConditions, 'conditions third-party-rule, intelligence-use-only'));
        expectNone(result, code);
        expect(result.codes()).toEqual([]);
    });

    test('a group provision needs no destruction clause', async () => {
        const files = edits(baseline(), P,
            ['provision P-2025-0117', 'group-provision P-2025-0117'],
            ['to EastmarkGIS', 'to WestholmDIS, EastmarkGIS'],
            ['Only EastmarkGIS controls those border crossings', 'Both partners control border crossings on the route'],
            [ownConditions, 'conditions third-party-rule, intelligence-use-only']);
        expectNone(await tester.check(files), code);
    });

    describe('inheritance from the umbrella', () => {
        const checkUnderUmbrella = (umbrellaConditions: string): Files => edits(
            edit(umbrellaBaseline(), U, 'conditions third-party-rule, intelligence-use-only', umbrellaConditions), P,
            ['provision P-2025-0231', 'background-check P-2025-0231']);

        test('a background check under an umbrella whose conditions include a destruction request inherits it', async () => {
            const result = await tester.check(checkUnderUmbrella('conditions third-party-rule, intelligence-use-only, destruction-request'));
            expectNone(result, code);
            expect(result.codes()).toEqual([]);
        });

        test('a background check under an umbrella without one is an error at the background check', async () => {
            const result = await tester.check(checkUnderUmbrella('conditions third-party-rule, intelligence-use-only'));
            expectOnly(result, code, {
                severity: DiagnosticSeverity.Error, node: result.provision('P-2025-0231'), property: 'name',
                message: ['Background check P-2025-0231 does not ask the recipient to destroy the data']
            });
        });
    });

    describe('quick fix', () => {
        test('appends `destruction-request` to the existing conditions', async () => {
            const files = edit(backgroundCheck(), P, ownConditions, 'conditions third-party-rule, intelligence-use-only');
            const result = await tester.check(files);
            const finding = result.withCode(code)[0];
            expect((finding.data as { fix: { title: string } }).fix.title).toBe('Add destruction-request to the conditions');
            const fixed = applyFix(result.file(P).document, finding);
            expect(fixed).toBe(edit(files, P, 'conditions third-party-rule, intelligence-use-only', 'conditions third-party-rule, intelligence-use-only, destruction-request')[P]);
            expect((await tester.check({ ...files, [P]: fixed })).codes()).toEqual([]);
        });

        test('adds a conditions clause when there is none', async () => {
            const files = edit(backgroundCheck(), P, `    ${ownConditions}\n`, '');
            const result = await tester.check(files);
            const fixed = applyFix(result.file(P).document, result.withCode(code)[0]);
            expect(fixed).toBe(edit(files, P, '2025-05-12\n}', '2025-05-12\n    conditions destruction-request\n}')[P]);
            // The background check now asks for destruction; only the standard conditions remain to be added.
            expect((await tester.check({ ...files, [P]: fixed })).codes()).toEqual(['conditions/standard-conditions']);
        });
    });
});
