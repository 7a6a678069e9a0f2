// What a mitigation or a reason says of its own: the words left when the phrases that only point
// elsewhere ("zie wegingsnotitie", "as usual", "n.v.t.") or hold a place ("TODO") are taken out.
import { comparisonKey } from './text.js';

export interface Substance {
    /** Words that are not part of a pointer phrase. */
    ownWords: number;
    /** The first pointer phrase found, as configured. */
    pointer?: string;
}

/**
 * Measures a text against pointer phrases, matched as whole words whatever the letter case,
 * layout or punctuation. Each phrase is looked for once, so the cost is the text's length times
 * the number of phrases, however often a phrase recurs.
 */
export function substanceOf(text: string | undefined, pointerPhrases: readonly string[]): Substance {
    let key = ` ${comparisonKey(text)} `;
    let pointer: string | undefined;
    for (const phrase of pointerPhrases) {
        const phraseKey = comparisonKey(phrase);
        if (phraseKey !== '' && key.includes(` ${phraseKey} `)) {
            pointer ??= phrase;
            // The spaces around each occurrence are looked at, not taken, so `idem idem` loses both.
            key = key.replace(new RegExp(`(?<= )${escapeRegExp(phraseKey)}(?= )`, 'g'), '');
        }
    }
    const ownWords = key.split(' ').filter(word => word !== '').length;
    return { ownWords, pointer };
}

function escapeRegExp(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
