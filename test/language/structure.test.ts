// Checks on the text's structure: repeated and missing clauses, dates, markings, and syntax errors.
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { codes, coveredText, createTestWorkspace, withCode, type TestWorkspace } from '../support/workspace.js';

let workspace: TestWorkspace;

beforeAll(async () => {
    workspace = await createTestWorkspace();
});

afterEach(() => workspace.clear());

async function diagnose(text: string) {
    const { file } = await workspace.build({ file: text });
    return file;
}

describe('repeated clauses', () => {
    test('a clause that takes one value, written twice, is an error at the second one', async () => {
        const file = await diagnose('provision P-1 {\n    date 2021-02-14\n    by AIVD\n    date 2021-02-15\n}');
        const [diagnostic] = withCode(file, 'language/repeated-clause');
        expect(diagnostic.message).toBe('`date` is already stated on line 2; a block states it once. Remove one of them.');
        expect(coveredText(file, diagnostic)).toBe('2021-02-15');
    });

    test('a repeated block clause is named by its keyword', async () => {
        const file = await diagnose('umbrella U-1 {\n    valid 2021-01-01 to 2021-06-30\n    valid 2021-01-01 to 2021-12-31\n}');
        expect(withCode(file, 'language/repeated-clause').map(diagnostic => diagnostic.message)).toEqual([expect.stringMatching(/^`valid` is already stated on line 2/)]);
    });

    test('a list that names the same recipient, category, criterion or condition twice is an error at the second one', async () => {
        const file = await diagnose('provision P-1 {\n    to Westland, Eastmark, Westland\n    data { categories flight-data, flight-data }\n    mitigation for human-rights, human-rights "Only the route."\n    conditions third-party-rule, third-party-rule\n}');
        const repeated = withCode(file, 'language/repeated-clause').sort((a, b) => a.range.start.line - b.range.start.line);
        expect(repeated.map(diagnostic => [coveredText(file, diagnostic), diagnostic.message])).toEqual([
            ['Westland', '`Westland` is already listed on line 2. Remove the repetition: it would be counted twice.'],
            ['flight-data', '`flight-data` is already listed on line 3. Remove the repetition: it would be counted twice.'],
            ['human-rights', '`human-rights` is already listed on line 4. Remove the repetition: it would be counted twice.'],
            ['third-party-rule', '`third-party-rule` is already listed on line 5. Remove the repetition: it would be counted twice.']
        ]);
    });

    test('clauses that take lists may be written more than once', async () => {
        const file = await diagnose('provision P-1 { conditions third-party-rule conditions intelligence-use-only mitigation "a" mitigation "b" }');
        expect(withCode(file, 'language/repeated-clause')).toEqual([]);
    });
});

describe('missing clauses', () => {
    test('a provision without service, recipient or date', async () => {
        const file = await diagnose('provision P-1 { }');
        expect(withCode(file, 'language/missing-clause').map(diagnostic => diagnostic.message)).toEqual([
            'Provision P-1 does not say which service provides the data. Add `by <service>`.',
            'Provision P-1 names no recipient. Add `to <recipient>`.',
            'Provision P-1 has no date. Add `date YYYY-MM-DD`.'
        ]);
    });

    test('an umbrella without service, kind, recipients or validity', async () => {
        const file = await diagnose('umbrella U-1 { }');
        expect(withCode(file, 'language/missing-clause').map(diagnostic => diagnostic.message)).toEqual([
            expect.stringContaining('which service holds it'),
            expect.stringContaining('what kind of umbrella'),
            expect.stringContaining('names no recipients'),
            'Umbrella U-1 has no validity period. Add `valid YYYY-MM-DD to YYYY-MM-DD`.'
        ]);
    });

    test('a criterion assessed twice in one weighing note', async () => {
        const file = await diagnose('recipient R { weighing-note W {\n    professionalism adequate\n    professionalism risk "Unreliable reporting"\n} }');
        const [diagnostic] = withCode(file, 'language/repeated-clause');
        expect(diagnostic.message).toBe('`professionalism` is already assessed on line 2; a weighing note assesses each criterion once. Remove one of them.');
        expect(coveredText(file, diagnostic)).toBe('professionalism risk "Unreliable reporting"');
    });

    test('a weighing note without an assessment date', async () => {
        const file = await diagnose('recipient R { weighing-note WN-1 { } }');
        const [diagnostic] = withCode(file, 'language/missing-clause');
        expect(diagnostic.message).toBe('Weighing note WN-1 has no assessment date. Add `assessed YYYY-MM-DD`.');
        expect(coveredText(file, diagnostic)).toBe('WN-1');
    });
});

describe('dates', () => {
    test.each([
        ['2021-02-30', '2021-02-30 is not a date: February 2021 has 28 days.'],
        ['2023-02-29', '2023-02-29 is not a date: February 2023 has 28 days.'],
        ['2021-13-01', '2021-13-01 is not a date: there is no month 13.'],
        ['2021-00-10', '2021-00-10 is not a date: there is no month 0.'],
        ['2021-6-2', '2021-6-2 is not written YYYY-MM-DD: write 2021-06-02.'],
        ['15-03-2021', '15-03-2021 is not written YYYY-MM-DD: write 2021-03-15.'],
        ['31-02-2021', '31-02-2021 is not written YYYY-MM-DD.']
    ])('%s is reported as one date, saying what is wrong', async (date, message) => {
        const file = await diagnose(`provision P-1 { date ${date} }`);
        const [diagnostic] = withCode(file, 'language/invalid-date');
        expect(diagnostic.message).toBe(message);
        expect(coveredText(file, diagnostic)).toBe(date);
        expect(withCode(file, 'language/syntax')).toEqual([]);
    });

    test('a declaration with a date that is not a date is not judged by the rules, nor is what refers to it', async () => {
        const { registry, provision } = await workspace.build({
            registry: 'service AIVD\nrecipient R { weighing-note W { assessed 15-03-2021 } }',
            provision: 'provision P-1 { by AIVD to R date 2021-06-01 }\nprovision P-2 { by AIVD to R date 2021-6-1 }'
        });
        expect(withCode(registry, 'language/invalid-date')).toHaveLength(1);
        expect(withCode(provision, 'language/invalid-date')).toHaveLength(1);
        expect((provision.diagnostics ?? []).filter(diagnostic => !String(diagnostic.code).startsWith('language/'))).toEqual([]);
    });

    test('29 February of a leap year is a date', async () => {
        expect(withCode(await diagnose('provision P-1 { date 2024-02-29 }'), 'language/invalid-date')).toEqual([]);
    });

    test('a period that ends before it starts', async () => {
        const file = await diagnose('provision P-1 { data { period 2021-03-01 to 2021-02-01 } }');
        expect(withCode(file, 'language/invalid-date').map(diagnostic => diagnostic.message)).toEqual(['The period ends on 2021-02-01, before it starts on 2021-03-01.']);
    });

    test('a period of one day is fine', async () => {
        expect(withCode(await diagnose('provision P-1 { data { period 2021-03-01 to 2021-03-01 } }'), 'language/invalid-date')).toEqual([]);
    });
});

describe('amounts', () => {
    test('a provision about 0 data subjects is an error at the number', async () => {
        const file = await diagnose('provision P-1 { data { subjects 0 "passengers" } }');
        const [diagnostic] = withCode(file, 'language/zero-amount');
        expect(diagnostic.message).toBe('A provision about 0 data subjects provides nothing. Give the number of persons whose data is provided, or an upper bound with `at-most`.');
        expect(coveredText(file, diagnostic)).toBe('0');
    });

    test('destruction after 0 days is an error; one day, `all` and `at-most` are fine', async () => {
        const file = await diagnose('provision P-1 { conditions destroy-after 0 days, destroy-after 1 day data { subjects at-most 3 } }');
        expect(withCode(file, 'language/zero-amount').map(diagnostic => coveredText(file, diagnostic))).toEqual(['0']);
    });

    test('`subjects all` has no number to check', async () => {
        expect(withCode(await diagnose('provision P-1 { data { subjects all } }'), 'language/zero-amount')).toEqual([]);
    });

    test('in Dutch', async () => {
        const dutch = await createTestWorkspace('nl');
        const { file } = await dutch.build({ file: 'provision P-1 { conditions destroy-after 0 weeks }' });
        expect(withCode(file, 'language/zero-amount').map(diagnostic => diagnostic.message)).toEqual(['`destroy-after 0 weeks` vraagt om vernietiging voordat de gegevens gebruikt kunnen worden. Noem de termijn waarna de ontvanger de gegevens moet vernietigen, of gebruik `destruction-request`.']);
    });
});

describe('weighing criteria and markings', () => {
    test('a risk without a reason', async () => {
        const file = await diagnose('recipient R { weighing-note WN-1 { human-rights risk professionalism risk "Unreliable reporting" } }');
        const diagnostics = withCode(file, 'language/risk-without-reason');
        expect(diagnostics.map(diagnostic => diagnostic.message)).toEqual(['human-rights is assessed as a risk without a reason. Add the reason in quotes: `human-rights risk "<reason>"`.']);
        expect(coveredText(file, diagnostics[0])).toBe('risk');
    });

    test.each(['STG. GEHEIM', 'stg. zeer geheim', 'Staatsgeheim Confidentieel', 'DEPARTEMENTAAL VERTROUWELIJK', 'ONGERUBRICEERD'])('the marking "%s" is known', async marking => {
        expect(withCode(await diagnose(`classification "${marking}"`), 'language/unknown-classification')).toEqual([]);
    });

    test('an unknown marking lists the known ones', async () => {
        const file = await diagnose('classification "TOP SECRET"');
        expect(withCode(file, 'language/unknown-classification')[0].message).toBe(
            'Unknown classification marking "TOP SECRET". Use one of: "ONGERUBRICEERD", "DEPARTEMENTAAL VERTROUWELIJK", "STG. CONFIDENTIEEL", "STG. GEHEIM", "STG. ZEER GEHEIM".'
        );
    });
});

describe('syntax errors', () => {
    test('a misspelt clause names the block, suggests the keyword and lists the clauses', async () => {
        const file = await diagnose('provision P-1 {\n    dat 2021-02-14\n}');
        const [diagnostic] = withCode(file, 'language/syntax');
        expect(diagnostic.message).toBe('`dat` is not a clause of a provision. Did you mean `date`? Expected one of: `by`, `to`, `date`, `under`, `data`, `necessity`, `mitigation`, `risk`, `conditions`, `approved`, `oversight-notified`, `}`.');
        expect(coveredText(file, diagnostic)).toBe('dat');
    });

    test('a misspelt declaration keyword', async () => {
        const file = await diagnose('recipent NorthlandSIS');
        expect(withCode(file, 'language/syntax')[0].message).toBe(
            '`recipent` does not start a declaration. Did you mean `recipient`? A file declares: `service`, `category`, `recipient`, `umbrella`, `provision`, `group-provision`, `background-check`.'
        );
    });

    test('a value of the wrong kind says what was expected', async () => {
        const file = await diagnose('provision P-1 { date tomorrow }');
        expect(withCode(file, 'language/syntax')[0].message).toBe('Expected a date (YYYY-MM-DD) but found `tomorrow`.');
    });

    test('a declaration keyword inside an unclosed block says which block to close', async () => {
        const file = await diagnose('provision P-1 {\n    by AIVD\n\ngroup-provision G-1 { }');
        expect(withCode(file, 'language/syntax')[0].message).toBe('`group-provision` starts a new declaration, but the provision above is not closed. Add `}` before it.');
    });

    test('a clause of the sibling block is pointed to the right name', async () => {
        const file = await diagnose('umbrella U-1 {\n    data { form analytical }\n}');
        expect(withCode(file, 'language/syntax')[0].message).toMatch(/^`data` is not a clause of an umbrella\. Did you mean `scope`\?/);
    });

    test('a misspelt criterion is matched against every criterion', async () => {
        const file = await diagnose('recipient R { weighing-note W { democratic-anchorage adequate } }');
        expect(withCode(file, 'language/syntax')[0].message).toMatch(/^`democratic-anchorage` is not a clause of a weighing note\. Did you mean `democratic-anchoring`\?/);
    });

    test('a stray closing brace', async () => {
        const file = await diagnose('service AIVD }');
        expect(withCode(file, 'language/syntax').map(diagnostic => diagnostic.message)).toEqual(['This `}` closes no block. Remove it, or check the braces above it.']);
    });

    test('a second classification', async () => {
        const file = await diagnose('classification "STG. GEHEIM"\nservice AIVD\nclassification "STG. GEHEIM"');
        expect(withCode(file, 'language/syntax').map(diagnostic => diagnostic.message)).toEqual(['A file has one `classification`, on its first line.']);
    });

    test('a mitigation without its text says what kind of text is expected', async () => {
        const file = await diagnose('provision P-1 {\n    mitigation for human-rights\n    conditions third-party-rule\n}');
        expect(withCode(file, 'language/syntax')[0].message).toBe('Expected a quoted text or a """ text block but found `conditions`.');
    });

    test('an approval date may be written without `on`', async () => {
        const file = await diagnose('provision P-1 { approved minister 2021-06-01 }');
        expect(withCode(file, 'language/syntax')).toEqual([]);
        expect((file.parseResult.value.declarations[0] as { approval?: { date?: string } }).approval?.date).toBe('2021-06-01');
    });

    test('an unclosed text block stops before the next declaration instead of swallowing it', async () => {
        const file = await diagnose('provision P-1 {\n    necessity """\n        The text runs on.\n}\n\nprovision P-2 {\n    necessity """ Closed. """\n}');
        const [unclosed, unfinished] = withCode(file, 'language/syntax');
        expect(unclosed.message).toBe('This """ text block is not closed. End it with """ before the next declaration.');
        expect(unclosed.range.start).toEqual({ line: 1, character: 14 });
        expect(unfinished.message).toBe('`provision` starts a new declaration, but the provision above is not closed. Add `}` before it.');
        expect(file.parseResult.value.declarations.map(declaration => declaration.name)).toEqual(['P-1', 'P-2']);
    });

    test('an unclosed text block', async () => {
        const file = await diagnose('provision P-1 {\n    necessity """\n        The text never ends.\n}');
        expect(withCode(file, 'language/syntax')[0].message).toBe('This """ text block is not closed. End it with """ before the next declaration.');
    });

    test('an unclosed comment is one error where it opens; the declarations before and after it are still checked', async () => {
        const file = await diagnose('provision P-1 {\n    dat 2021-02-14\n}\nservice AIVD "The service" /* the general\n    intelligence service\n\nprovision P-2 {\n    date 2021-02-30\n}');
        const syntax = withCode(file, 'language/syntax').sort((a, b) => a.range.start.line - b.range.start.line);
        expect(syntax.map(diagnostic => [diagnostic.range.start.line, String(diagnostic.message).slice(0, 30)])).toEqual([[1, '`dat` is not a clause of a pro'], [3, 'This /* comment is not closed.']]);
        expect(syntax[1].message).toBe('This /* comment is not closed. End it with */ before the next declaration.');
        expect(syntax[1].range).toEqual({ start: { line: 3, character: 27 }, end: { line: 3, character: 29 } });
        expect(withCode(file, 'language/invalid-date').map(diagnostic => diagnostic.range.start.line)).toEqual([7]);
        expect(file.parseResult.value.declarations.map(declaration => declaration.name)).toEqual(['P-1', 'AIVD', 'P-2']);
    });

    test('an unclosed comment with no declaration after it runs to the end of the file', async () => {
        const file = await diagnose('service AIVD\n/* Never closed,\n   and nothing after it.\n');
        expect(withCode(file, 'language/syntax').map(diagnostic => [diagnostic.range, diagnostic.message])).toEqual([
            [{ start: { line: 1, character: 0 }, end: { line: 1, character: 2 } }, 'This /* comment is not closed. End it with */.']
        ]);
        expect(file.parseResult.value.$cstNode?.root.content.at(-1)?.text).toBe('/* Never closed,\n   and nothing after it.');
    });

    test('an unclosed text block right after an unexpected character is reported once', async () => {
        const file = await diagnose('provision P-1 {\n    necessity §"""\n        The text never ends.\n}');
        expect(withCode(file, 'language/syntax').map(diagnostic => [diagnostic.range.start, diagnostic.message])).toEqual([
            [{ line: 1, character: 14 }, 'Unexpected character `§`.'],
            [{ line: 1, character: 15 }, 'This """ text block is not closed. End it with """ before the next declaration.'],
            [{ line: 3, character: 1 }, 'Expected `}` but found the end of the file.']
        ]);
    });

    test('a declaration with a syntax error gets no findings about clauses the parser lost; others still do', async () => {
        const file = await diagnose('provision P-1 {\n    dat 2021-02-14\n}\nprovision P-2 { }');
        const lines = (code: string) => withCode(file, code).map(diagnostic => diagnostic.range.start.line + 1);
        expect(lines('language/syntax')).toEqual([2]);
        expect(lines('language/missing-clause')).toEqual([4, 4, 4]);
        expect(lines('motivation/necessity-required')).toEqual([4]);
    });

    test('a clean file has no diagnostics at all', async () => {
        expect(codes(await diagnose('classification "STG. GEHEIM"\nservice AIVD "Algemene Inlichtingen- en Veiligheidsdienst"'))).toEqual([]);
    });
});
