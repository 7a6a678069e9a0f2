// Text measures for motivations. Word counts and comparisons ignore layout and punctuation,
// so re-indenting or re-wrapping a copied motivation does not hide the copy.

export function wordCount(text: string): number {
    return words(text).length;
}

/** A key under which two motivations with the same words in the same order are equal. */
export function comparisonKey(text: string): string {
    return words(text).join(' ');
}

function words(text: string): string[] {
    return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}
