// Text measures for motivations, in English or Dutch. Word counts and comparisons ignore layout,
// letter case and punctuation, so re-indenting or re-wrapping a copied motivation does not hide
// the copy. A clause the author has not finished has no text yet; it has no words.
//
// A word is a run of letters and digits (with their accents), and stays one word across
// - a hyphen or dash between letters or digits: `2014-2015`, `2014–2015`, `follow-up`;
// - an apostrophe between letters: `subject's`, `risico's`, `risico’s`;
// - a dot or comma between digits: `10.000`, `2,5`;
// - the dots of an abbreviation: `d.w.z.`, `e.g.`, `i.e.`, `o.a.`, `m.b.t.`.
// Each alternative fails within a few characters or consumes what it read, so tokenising is linear.

const letterOrDigit = '[\\p{L}\\p{N}\\p{M}]';
const abbreviation = '(?:\\p{L}{1,2}\\.){2,}';
const joiner = `(?:[-\\u2010\\u2011\\u2013'\\u2019]|(?<=\\p{N})[.,](?=\\p{N}))`;
const word = new RegExp(`${abbreviation}|${letterOrDigit}+(?:${joiner}${letterOrDigit}+)*`, 'gu');
/** What a word's key leaves out, so `risico’s` equals `risico's` and `d.w.z.` equals `dwz`. */
const keyPunctuation = /[.,'\u2019]/gu;
const dash = /[\u2010\u2011\u2013]/gu;

/** The number of words, counted on the comparison key (one word between two spaces) so a text is tokenised once for every measure. */
export function wordCount(text: string | undefined): number {
    const key = comparisonKey(text);
    let count = key === '' ? 0 : 1;
    for (let at = key.indexOf(' '); at !== -1; at = key.indexOf(' ', at + 1)) {
        count++;
    }
    return count;
}

/**
 * A key under which two motivations with the same words in the same order are equal. Keys are
 * kept per text: the motivation index and the editor's cross-file refresh ask for every
 * motivation's key again after each change. Bounded, so typing does not collect keys forever.
 */
export function comparisonKey(text: string | undefined): string {
    if (!text) {
        return '';
    }
    let key = keys.get(text);
    if (key === undefined) {
        key = words(text).map(wordKey).join(' ');
        if (keys.size >= keyLimit) {
            keys.clear();
        }
        keys.set(text, key);
    }
    return key;
}

const keyLimit = 50_000;
const keys = new Map<string, string>();

/** The words of a text, lower case, as the author wrote them. */
function words(text: string): string[] {
    return text.normalize('NFC').toLowerCase().match(word) ?? [];
}

/**
 * Whether a text, given as its `comparisonKey` (so it is tokenised once for many phrases),
 * contains `phrase` as whole words in the same order, whatever the layout, letter case and
 * punctuation: "de groep als geheel" is in "…voor de Groep\n als geheel."
 */
export function containsPhrase(textKey: string, phrase: string): boolean {
    const phraseKey = comparisonKey(phrase);
    return phraseKey !== '' && ` ${textKey} `.includes(` ${phraseKey} `);
}

/** Whether a word has anything `wordKey` changes: most words have not, and testing is cheaper than replacing. */
const keyChanges = /[.,'\u2019\u2010\u2011\u2013]/u;

function wordKey(word: string): string {
    return keyChanges.test(word) ? word.replace(keyPunctuation, '').replace(dash, '-') : word;
}
