// Author text shown in a summary: invisible controls become codes, and white space that breaks
// the line becomes one space, in one pass over the text however long its runs of spaces.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { visibleText } from '../../src/summary/report.js';

/** The rule as first written: every run of white space holding a line break or tab becomes one space. */
function byBacktrackingPattern(text: string): string {
    return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g,
        character => `<U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`)
        .replace(/\s*[\r\n\t]\s*/g, ' ');
}

describe('white space in author text', () => {
    test.each([
        ['a\nb', 'a b'],
        ['a  \n\t  b', 'a b'],
        ['a   b', 'a   b'],
        ['\n', ' '],
        ['  a  ', '  a  '],
        ['a \u00a0\n\u2028 b', 'a b'],
        ['a\u00a0\u3000b', 'a\u00a0\u3000b'],
        ['a\r\nb', 'a<U+000D> b'],
        ['a\u000b b', 'a<U+000B> b'],
        ['a \ufeff\tb', 'a <U+FEFF> b'],
        ['a\u2028b', 'a\u2028b']
    ])('%j is shown as %j', (text, shown) => {
        expect(visibleText(text)).toBe(shown);
    });

    test('any text is shown as the first pattern showed it', () => {
        const character = fc.constantFrom(' ', '\t', '\n', '\r', '\u000b', '\u000c', '\u00a0', '\u2028', '\u3000', '\ufeff', '\u200b', 'a', 'é');
        fc.assert(fc.property(fc.array(character, { maxLength: 40 }).map(characters => characters.join('')), text => {
            expect(visibleText(text)).toBe(byBacktrackingPattern(text));
        }), { numRuns: 2000 });
    });

    // No operation count reaches inside the regular expression engine; the backtracking pattern
    // needed minutes for this text (3.6 s for 100,000 spaces, four times that for each doubling),
    // far beyond the test's time limit, so the test fails if it returns.
    test('a title of a million spaces keeps its spaces, and one break among them folds them all', () => {
        const spaces = ' '.repeat(1_000_000);
        expect(visibleText(`a${spaces}b`)).toBe(`a${spaces}b`);
        expect(visibleText(`a${spaces}\n${spaces}b`)).toBe('a b');
    });
});
