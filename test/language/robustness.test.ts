// Properties over generated input: whatever an author types, checking never throws, and every
// diagnostic is located inside the text and carries a code. Also the date and text measures
// the rules rely on.
import fc from 'fast-check';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { addMonths, isCalendarDate, spansMoreThanMonths } from '../../src/model/dates.js';
import { comparisonKey, wordCount } from '../../src/model/text.js';
import { expectSound } from '../support/soundness.js';
import { createTestWorkspace, type TestWorkspace } from '../support/workspace.js';

const justification = `classification "STG. GEHEIM"
service AIVD "Algemene Inlichtingen- en Veiligheidsdienst"
recipient EastmarkGIS "Eastmark General Intelligence Service" {
    weighing-note WN-1 {
        assessed 2021-11-02 method joint review-due 2023-11-02
        democratic-anchoring adequate human-rights risk "Detainees ill-treated" professionalism adequate
        legal-powers adequate data-protection adequate permits analytical, personal-data
    }
}
umbrella UT-1 { by AIVD kind multilateral recipients EastmarkGIS valid 2022-01-01 to 2022-12-31
    scope { form analytical subjects at-most 5 "members of a network" categories identity } approved minister on 2021-12-20 }
provision P-1 "A provision" {
    by AIVD to EastmarkGIS date 2022-04-04 under UT-1
    data { form analytical subjects 1 "a member of the network" categories identity period 2022-01-01 to 2022-03-31 }
    necessity """
        Eastmark hosts the training site where the person was approached.
    """
    mitigation for human-rights regarding EastmarkGIS "Nothing shared can lead to an arrest."
    conditions third-party-rule, intelligence-use-only, destroy-after 6 months
    approved head-of-service on 2022-04-01
    oversight-notified on 2022-04-02
}
`;

/** The justification with slices cut out and fragments of it pasted elsewhere: what half-finished editing looks like. */
const editedJustification = fc.array(
    fc.record({ at: fc.nat(justification.length), cut: fc.nat(40), paste: fc.oneof(fc.string({ maxLength: 12 }), fc.nat(justification.length - 30).map(start => justification.slice(start, start + 30))) }),
    { maxLength: 6 }
).map(edits => edits.reduce((text, { at, cut, paste }) => text.slice(0, at) + paste + text.slice(Math.min(text.length, at + cut)), justification));

let workspace: TestWorkspace;
beforeAll(async () => { workspace = await createTestWorkspace(); });
afterEach(() => workspace.clear());

describe('checking never fails on any text', () => {
    test.each([
        ['edited justifications', editedJustification],
        ['arbitrary text', fc.string({ maxLength: 300 })]
    ])('%s: diagnostics are located inside the text and carry a code', async (_name, texts) => {
        await fc.assert(fc.asyncProperty(texts, async text => {
            await workspace.clear();
            const { file } = await workspace.build({ file: text });
            expectSound(file);
        }), { numRuns: 150 });
    });
});

describe('dates', () => {
    const calendarDate = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true })
        .map(date => date.toISOString().slice(0, 10));

    test('a calendar date is what the JavaScript calendar says, leap days included; a date not yet written is none', () => {
        fc.assert(fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (year, month, day) => {
            const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
            const date = new Date(0);
            date.setUTCFullYear(year, month - 1, day);
            const real = month >= 1 && month <= 12 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
            expect(isCalendarDate(text)).toBe(real);
        }));
        expect(isCalendarDate(undefined)).toBe(false);
        expect(isCalendarDate('2024-02-29')).toBe(true);
        expect(isCalendarDate('2100-02-29')).toBe(false);
    });

    test('adding months gives a calendar date in the right month, never past its end', () => {
        fc.assert(fc.property(calendarDate, fc.integer({ min: 0, max: 240 }), (date, months) => {
            const later = addMonths(date, months);
            expect(isCalendarDate(later)).toBe(true);
            const [year, month, day] = date.split('-').map(Number);
            const [laterYear, laterMonth, laterDay] = later.split('-').map(Number);
            expect((laterYear - year) * 12 + laterMonth - month).toBe(months);
            expect(laterDay).toBeLessThanOrEqual(day);
        }));
    });

    test('a period spans more than n months exactly when it reaches the same day n months on', () => {
        fc.assert(fc.property(calendarDate, fc.integer({ min: 1, max: 60 }), (from, months) => {
            const limit = addMonths(from, months);
            expect(spansMoreThanMonths(from, limit, months)).toBe(true);
            expect(spansMoreThanMonths(from, from, months)).toBe(false);
        }));
    });
});

describe('comparing motivations', () => {
    /** Words as English and Dutch analysts write them: plain, year ranges, possessives, abbreviations, hyphenated and accented words. */
    const word = fc.oneof(
        { weight: 4, arbitrary: fc.stringMatching(/^[a-z0-9]{1,10}$/) },
        fc.tuple(fc.integer({ min: 1990, max: 2040 }), fc.integer({ min: 1990, max: 2040 })).map(([from, to]) => `${from}-${to}`),
        fc.stringMatching(/^[a-z]{2,8}$/).map(stem => `${stem}'s`),
        fc.constantFrom('d.w.z.', 'e.g.', 'i.e.', 'o.a.', 'm.b.t.', 't.a.v.', "subject's", "risico's", 'follow-up', 'geëvalueerde', 'ongeëvalueerde', '10.000')
    );
    const separator = fc.constantFrom(' ', '  ', '\n        ', ', ', '; ', ' — ', '.\n', ': ', ' (', ') ');
    /** The same word typed differently: upper case, a curly apostrophe, an en dash. */
    const retyped = (text: string, index: number) => {
        const cased = index % 3 === 0 ? text.toUpperCase() : text;
        return index % 2 === 0 ? cased.replace("'", '\u2019').replace(/(?<=\d)-(?=\d)/, '\u2013') : cased;
    };

    test('re-wrapping, re-indenting, letter case and punctuation do not change the comparison key, and each word counts once', () => {
        fc.assert(fc.property(fc.array(word, { minLength: 1, maxLength: 30 }), fc.array(separator, { minLength: 30, maxLength: 30 }), (list, separators) => {
            const plain = list.join(' ');
            const reflowed = list.map((text, index) => retyped(text, index) + separators[index]).join('');
            expect(comparisonKey(reflowed)).toBe(comparisonKey(plain));
            expect(wordCount(reflowed)).toBe(list.length);
            expect(wordCount(plain)).toBe(list.length);
        }));
    });

    test('year ranges, possessives and abbreviations are one word each, in English and in Dutch', () => {
        expect(wordCount("In 2014-2015 the subject's travel, i.e. his routes, was shared with partners, e.g. NorthlandSIS.")).toBe(14);
        expect(wordCount("In 2014–2015 zijn o.a. de risico's voor de betrokkene, d.w.z. de facilitator, gewogen.")).toBe(13);
        expect(comparisonKey("De risico’s, d.w.z. ONGEËVALUEERDE gegevens (2014–2015)")).toBe(comparisonKey("de risico's d.w.z. ongeëvalueerde gegevens 2014-2015"));
        expect(comparisonKey('risico')).not.toBe(comparisonKey("risico's"));
        expect(wordCount('de groep.\nDaarna')).toBe(3);
    });

    test('a decomposed accent is the same word as a composed one', () => {
        const decomposed = 'geëvalueerde'.normalize('NFD');
        expect(wordCount(decomposed)).toBe(1);
        expect(comparisonKey(decomposed)).toBe(comparisonKey('geëvalueerde'));
    });
});

describe('text beyond what the parser can take', () => {
    test('130,000 comment lines in a row are one located error in that file; the file beside it is still checked', async () => {
        const { huge, other } = await workspace.build({ huge: '// c\n'.repeat(130_000), other: 'provision P-1 {\n}\n' });
        expect(huge.diagnostics?.map(diagnostic => [diagnostic.code, diagnostic.range.start.line, diagnostic.range.start.character])).toEqual([['language/syntax', 0, 0]]);
        expect(huge.diagnostics?.[0].message).toMatch(/^This file repeats or nests more than Provisio can read \(.*\); it was not checked\./);
        expect(other.diagnostics?.map(diagnostic => diagnostic.code)).toContain('language/missing-clause');
    });
});
