// "Did you mean …?" for misspelled rule ids and names.

export function closestMatch(input: string, candidates: readonly string[]): string | undefined {
    let best: string | undefined;
    let bestDistance = Math.max(3, Math.floor(input.length / 3)) + 1;
    for (const candidate of candidates) {
        // A rule id may be given without its category: `necessity-required`.
        const distance = Math.min(editDistance(input, candidate), editDistance(input, candidate.slice(candidate.indexOf('/') + 1)));
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}

function editDistance(a: string, b: string): number {
    let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        previous = current;
    }
    return previous[b.length];
}
