// Text measures for motivations. Word counts and comparisons ignore layout and punctuation,
// so re-indenting or re-wrapping a copied motivation does not hide the copy.

export function wordCount(text: string): number {
    return words(text).length;
}

/** A key under which two motivations with the same words in the same order are equal. */
export function comparisonKey(text: string): string {
    let key = recentKeys.get(text);
    if (key === undefined) {
        key = olderKeys.get(text) ?? words(text).join(' ');
        if (recentKeys.size >= keysPerGeneration) {
            olderKeys = recentKeys;
            recentKeys = new Map();
        }
        recentKeys.set(text, key);
    }
    return key;
}

// The editor asks for the key of every motivation in the workspace after each keystroke,
// while the keystroke changed one of them, so keys are remembered by text. Two generations
// bound the memory: when the recent one is full the older one is dropped, and with it every
// text not asked for since.
const keysPerGeneration = 50_000;
let recentKeys = new Map<string, string>();
let olderKeys = new Map<string, string>();

function words(text: string): string[] {
    return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}
