// Text measures for motivations. Word counts and comparisons ignore layout and punctuation,
// so re-indenting or re-wrapping a copied motivation does not hide the copy. A clause the
// author has not finished has no text yet; it has no words.

export function wordCount(text: string | undefined): number {
    return words(text).length;
}

/** A key under which two motivations with the same words in the same order are equal. */
export function comparisonKey(text: string | undefined): string {
    return words(text).join(' ');
}

function words(text: string | undefined): string[] {
    return text?.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}
