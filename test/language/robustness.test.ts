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
    test('re-wrapping, re-indenting, letter case and punctuation do not change the comparison key', () => {
        const words = fc.array(fc.stringMatching(/^[a-z0-9]{1,10}$/), { minLength: 1, maxLength: 30 });
        const separator = fc.constantFrom(' ', '  ', '\n        ', ', ', '; ', ' — ', '.\n');
        fc.assert(fc.property(words, fc.array(separator, { minLength: 30, maxLength: 30 }), (list, separators) => {
            const plain = list.join(' ');
            const reflowed = list.map((word, index) => (index % 3 === 0 ? word.toUpperCase() : word) + separators[index]).join('');
            expect(comparisonKey(reflowed)).toBe(comparisonKey(plain));
            expect(wordCount(reflowed)).toBe(list.length);
        }));
    });
});
