// Suppression comments are audit records: they need a reason, may carry an expiry date and an
// approver, and suppress nothing when written wrongly, unknown, expired, or switched off.
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { suppressedDiagnostics } from '../../src/suppressions/suppressions.js';
import { baseline, createTester, edit, edits, type Files, type Tester } from '../rules/helpers.js';

const P = 'provision.provisio';
const code = 'risk/mitigation-required';
const withoutMitigations = (): Files => edits(baseline(), P, [/ {4}mitigation for human-rights .*\n/, ''], [/ {4}mitigation for data-protection .*\n/, '']);
/** The finding of risk/mitigation-required sits on `to EastmarkGIS`; a comment goes on the line above it. */
const above = (comment: string): Files => edit(withoutMitigations(), P, '    to EastmarkGIS\n', `    ${comment}\n    to EastmarkGIS\n`);

let tester: Tester;
beforeAll(async () => {
    tester = await createTester();
    tester.services.suppressions.InlineSuppressions.today = () => '2026-11-29';
});
afterEach(async () => {
    tester.services.suppressions.InlineSuppressions.enabled = true;
    await tester.clear();
});

describe('provisio-disable-next-line', () => {
    test('with a reason, it suppresses the finding on the next line and keeps it, with reason, expiry and approver, for the reports', async () => {
        const result = await tester.check(above(`// provisio-disable-next-line ${code} until 2026-12-31 approved-by "J. de Vries" -- Urgent threat to life; the head of service accepted the risk by phone.`));
        expect(result.codes()).toEqual([]);
        const [suppressed] = suppressedDiagnostics(result.documents[1]);
        expect(suppressed.diagnostic.code).toBe(code);
        expect(suppressed.suppression).toEqual({
            kind: 'next-line', reason: 'Urgent threat to life; the head of service accepted the risk by phone.', until: '2026-12-31', approvedBy: 'J. de Vries', line: 3
        });
    });

    test('without a reason it suppresses nothing and is reported', async () => {
        const result = await tester.check(above(`// provisio-disable-next-line ${code}`));
        expect(result.codes()).toEqual([code, 'suppression/malformed']);
        expect(result.withCode('suppression/malformed')[0].message).toBe(`This suppression gives no reason, so it suppresses nothing. Add the reason after \`--\`: \`// provisio-disable-next-line ${code} -- <why this deviation is accepted>\`.`);
    });

    test('naming an unknown rule, or a problem with the text itself, it suppresses nothing', async () => {
        const unknown = await tester.check(above('// provisio-disable-next-line risk/mitigation-requird -- Accepted.'));
        expect(unknown.codes()).toEqual([code, 'suppression/unknown-rule']);
        expect(unknown.withCode('suppression/unknown-rule')[0].message).toContain('`risk/mitigation-requird`, which is not a rule');
        const language = await tester.check(above('// provisio-disable-next-line language/syntax -- Accepted.'));
        expect(language.withCode('suppression/unknown-rule')[0].message).toContain('a problem with the text itself, which cannot be suppressed');
    });

    test('past its `until` date it suppresses nothing; on that date it still does', async () => {
        const expired = await tester.check(above(`// provisio-disable-next-line ${code} until 2026-11-28 -- Accepted until the new weighing note.`));
        expect(expired.codes()).toEqual([code, 'suppression/expired']);
        expect(expired.withCode('suppression/expired')[0].message).toContain('expired on 2026-11-28');
        const today = await tester.check(above(`// provisio-disable-next-line ${code} until 2026-11-29 -- Accepted until the new weighing note.`));
        expect(today.codes()).toEqual([]);
        const invalid = await tester.check(above(`// provisio-disable-next-line ${code} until 2026-02-30 -- Accepted.`));
        expect(invalid.codes()).toEqual([code, 'suppression/expired']);
    });

    test('one that suppresses nothing is a warning', async () => {
        const result = await tester.check(edit(baseline(), P, '    to EastmarkGIS\n', `    // provisio-disable-next-line ${code} -- No longer needed.\n    to EastmarkGIS\n`));
        expect(result.codes()).toEqual(['suppression/unused']);
        expect(result.withCode('suppression/unused').map(diagnostic => [diagnostic.severity, diagnostic.message]))
            .toEqual([[2, `This suppression of \`${code}\` suppresses no finding. Remove it.`]]);
    });

    test('the same words inside a text block are prose, not a directive', async () => {
        const files = edit(withoutMitigations(), P, 'The AIVD investigates', `// provisio-disable-next-line ${code} -- quoted.\n        The AIVD investigates`);
        const result = await tester.check(files);
        expect(result.codes()).toEqual([code]);
    });
});

describe('block and file forms', () => {
    test('provisio-disable … provisio-enable suppresses what lies between', async () => {
        const block = edits(withoutMitigations(), P,
            ['    by AIVD\n', `    // provisio-disable ${code} -- Accepted in the operational meeting of 12 May.\n    by AIVD\n`],
            ['    date 2025-05-14\n', '    // provisio-enable\n    date 2025-05-14\n']);
        expect((await tester.check(block)).codes()).toEqual([]);
        // Enabled again before the finding's line: nothing is suppressed, and the directive is unused.
        const closedEarly = edits(withoutMitigations(), P,
            ['    by AIVD\n', `    // provisio-disable ${code} -- Accepted.\n    // provisio-enable ${code}\n    by AIVD\n`]);
        expect((await tester.check(closedEarly)).codes()).toEqual([code, 'suppression/unused']);
    });

    test('a provisio-enable that ends no block is reported; after an invalid disable it is not reported again', async () => {
        const stray = await tester.check(edit(baseline(), P, '    by AIVD\n', `    // provisio-enable ${code}\n    by AIVD\n`));
        expect(stray.codes()).toEqual(['suppression/unused']);
        expect(stray.withCode('suppression/unused')[0].message).toBe('This `provisio-enable` ends no `provisio-disable` block above it. Remove it, or add the `provisio-disable` it belongs to.');
        expect((await tester.check(edit(baseline(), P, '    by AIVD\n', '    // provisio-enable\n    by AIVD\n'))).codes()).toEqual(['suppression/unused']);
        const withoutReason = edits(withoutMitigations(), P,
            ['    by AIVD\n', `    // provisio-disable ${code}\n    by AIVD\n`],
            ['    date 2025-05-14\n', '    // provisio-enable\n    date 2025-05-14\n']);
        expect((await tester.check(withoutReason)).codes()).toEqual([code, 'suppression/malformed']);
    });

    test('provisio-disable-file suppresses the rule in the whole file', async () => {
        const files = edit(withoutMitigations(), P, 'provision P-2025-0117', `// provisio-disable-file ${code} approved-by HoS -- Mitigations are in the classified annex.\nprovision P-2025-0117`);
        const result = await tester.check(files);
        expect(result.codes()).toEqual([]);
        expect(suppressedDiagnostics(result.documents[1])[0].suppression).toMatchObject({ kind: 'file', approvedBy: 'HoS' });
    });
});

describe('an audit run', () => {
    test('with inline suppressions switched off, every finding is reported and the comments are not judged', async () => {
        tester.services.suppressions.InlineSuppressions.enabled = false;
        const result = await tester.check(above(`// provisio-disable-next-line ${code} -- Accepted.`));
        expect(result.codes()).toEqual([code]);
        expect(suppressedDiagnostics(result.documents[1])).toEqual([]);
    });
});

describe('in Dutch', () => {
    test('a suppression without a reason', async () => {
        const dutch = await createTester(undefined, { locale: 'nl' });
        const result = await dutch.check(above(`// provisio-disable-next-line ${code}`));
        expect(result.withCode('suppression/malformed')[0].message).toBe(`Deze onderdrukking geeft geen reden en onderdrukt dus niets. Zet de reden na \`--\`: \`// provisio-disable-next-line ${code} -- <waarom deze afwijking is aanvaard>\`.`);
        await dutch.clear();
    });
});

describe('comments that mean to be suppressions but are not', () => {
    test.each([
        ['a misspelt directive', `// provisio-disable-nextline ${code} -- Accepted.`, '`provisio-disable-nextline` is not a suppression comment'],
        ['a directive in capitals', `// PROVISIO-DISABLE-NEXT-LINE ${code} -- Accepted.`, '`PROVISIO-DISABLE-NEXT-LINE` is not a suppression comment'],
        ['an approver without a name', `// provisio-disable-next-line ${code} approved-by -- Accepted.`, 'has `approved-by` without a value']
    ])('%s suppresses nothing and is reported', async (_case, comment, message) => {
        const result = await tester.check(above(comment));
        expect(result.codes()).toEqual([code, 'suppression/malformed']);
        expect(result.withCode('suppression/malformed')[0].message).toContain(message);
    });

    test('a block comment works as a directive too', async () => {
        const result = await tester.check(above(`/* provisio-disable-next-line ${code} -- Accepted in the weekly meeting. */`));
        expect(result.codes()).toEqual([]);
    });
});
