// recipient/weighing-note-current — reviewer's rule 5 (docs/domain.md): the provision date is not past the review date
// of the recipient's weighing note, and every note says when it is due for review.
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import {
    baseline, createTester, DiagnosticSeverity, edit, edits, expectNone, expectOnly, umbrellaBaseline, weighingNote, type Tester
} from './helpers.js';

const code = 'recipient/weighing-note-current';
const P = 'provision.provisio';
const R = 'registry.provisio';

let tester: Tester;
beforeAll(async () => { tester = await createTester(); });
afterEach(() => tester.clear());

describe(`${code}: overdue notes`, () => {
    test('a provision dated after the note\'s review date is a warning at the recipient', async () => {
        const result = await tester.check(edit(baseline(), R, 'review-due 2025-09-01', 'review-due 2025-05-13'));
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Warning, node: result.provision('P-2025-0117'), property: 'recipients', index: 0,
            message: [
                'Provision P-2025-0117 is dated 2025-05-14, after weighing note WN-EastmarkGIS-2024 of EastmarkGIS was due for review on 2025-05-13',
                'Review the weighing note before this provision'
            ]
        });
        expect(result.codes()).toEqual([code]);
    });

    test('a review date equal to the provision date does not fire', async () => {
        const result = await tester.check(edit(baseline(), R, 'review-due 2025-09-01', 'review-due 2025-05-14'));
        expect(result.codes()).toEqual([]);
    });

    test('an overdue older note does not count when a newer note is in force', async () => {
        const olderNote = `${weighingNote('WN-EastmarkGIS-2022', { assessed: '2022-02-01', reviewDue: '2023-02-01', risks: { 'human-rights': 'Arbitrary detention of opposition members' } })}
    weighing-note WN-EastmarkGIS-2024`;
        const result = await tester.check(edit(baseline(), R, 'weighing-note WN-EastmarkGIS-2024', olderNote));
        expectNone(result, code);
        expect(result.codes()).toEqual([]);
    });

    test('in a group provision, each overdue member is reported at its index', async () => {
        const files = edits(edit(baseline(), R, 'review-due 2027-01-10', 'review-due 2025-03-01'), P,
            ['provision P-2025-0117', 'group-provision P-2025-0117'],
            ['to EastmarkGIS', 'to EastmarkGIS, WestholmDIS'],
            ['Only EastmarkGIS controls those border crossings', 'Both partners control border crossings on the route']);
        const result = await tester.check(files);
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Warning, node: result.provision('P-2025-0117'), property: 'recipients', index: 1,
            message: ['after weighing note WN-WestholmDIS-2025 of WestholmDIS was due for review on 2025-03-01']
        });
    });

    test('a provision under an umbrella is judged on its own date', async () => {
        // NorthlandSIS's note is due on 2026-09-15; the provision under the umbrella is dated 2025-06-02.
        const result = await tester.check(edit(umbrellaBaseline(), R, 'review-due 2026-09-15', 'review-due 2025-06-01'));
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Warning, node: result.provision('P-2025-0231'), property: 'recipients', index: 0,
            message: ['Provision P-2025-0231 is dated 2025-06-02', 'due for review on 2025-06-01']
        });
    });
});

describe(`${code}: notes without a review date`, () => {
    test('a note without review-due is a warning at its name', async () => {
        const result = await tester.check(edit(baseline(), R, '        review-due 2026-09-15\n', ''));
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Warning, node: result.note('WN-NorthlandSIS-2024'), property: 'name',
            message: ['Weighing note WN-NorthlandSIS-2024 does not say when it is due for review', 'Add `review-due <date>`']
        });
        expect(result.codes()).toEqual([code]);
    });

    test('a provision to a recipient whose note has no review date is not also reported as overdue', async () => {
        const result = await tester.check(edit(baseline(), R, '        review-due 2025-09-01\n', ''));
        expect(result.withCode(code).map(d => d.message)).toEqual([expect.stringContaining('Weighing note WN-EastmarkGIS-2024 does not say when')]);
    });
});

test(`${code} does not fire on the baseline`, async () => {
    expectNone(await tester.check(baseline()), code);
});

test(`${code}: the full messages, in English and in Dutch`, async () => {
    const overdue = edit(baseline(), R, 'review-due 2025-09-01', 'review-due 2025-05-13');
    const undated = edit(baseline(), R, '        review-due 2026-09-15\n', '');
    const english = async (files: typeof overdue) => (await tester.check(files)).withCode(code).map(diagnostic => diagnostic.message);
    expect(await english(overdue)).toEqual(['Provision P-2025-0117 is dated 2025-05-14, after weighing note WN-EastmarkGIS-2024 of EastmarkGIS was due for review on 2025-05-13. Review the weighing note before this provision.']);
    expect(await english(undated)).toEqual(['Weighing note WN-NorthlandSIS-2024 does not say when it is due for review. Add `review-due <date>`.']);
    const dutch = await createTester(undefined, { locale: 'nl' });
    const inDutch = async (files: typeof overdue) => (await dutch.check(files)).withCode(code).map(diagnostic => diagnostic.message);
    expect(await inDutch(overdue)).toEqual(['Verstrekking P-2025-0117 is gedateerd op 2025-05-14, terwijl wegingsnotitie WN-EastmarkGIS-2024 van EastmarkGIS uiterlijk op 2025-05-13 herzien had moeten zijn. Herzie de wegingsnotitie voordat deze verstrekking plaatsvindt.']);
    expect(await inDutch(undated)).toEqual(['Wegingsnotitie WN-NorthlandSIS-2024 vermeldt niet wanneer zij herzien moet worden. Voeg `review-due <datum>` toe.']);
    await dutch.clear();
});
