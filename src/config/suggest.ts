// "Did you mean …?" for misspelled rule ids, keywords and names. Bounded work per suggestion,
// however many candidates there are: a workspace with thousands of unresolved names and
// thousands of declarations must not compare every pair in full.
import leven from 'leven';

/** Longer input is no misspelt name, keyword or rule id; it gets no suggestion. */
export const maxSuggestionInputLength = 64;
/** At most this many candidates are compared per suggestion, those nearest in length first. */
export const maxCandidatesCompared = 250;

/** The largest edit distance still worth suggesting: a third of the input, at least 3. */
function maxDistanceFor(input: string): number {
    return Math.max(3, Math.floor(input.length / 3));
}

interface Entry {
    /** What the input is compared with. */
    key: string;
    /** What is suggested. */
    candidate: string;
}

/** Candidates grouped by length, to suggest from many times. */
export class Suggestions {
    private readonly byLength = new Map<number, Entry[]>();

    constructor(candidates: Iterable<string>) {
        const added = new Set<string>();
        for (const candidate of candidates) {
            if (added.has(candidate)) {
                continue;
            }
            added.add(candidate);
            this.add(candidate, candidate);
            // A rule id may be given without its category: `necessity-required`.
            const slash = candidate.indexOf('/');
            if (slash >= 0) {
                this.add(candidate.slice(slash + 1), candidate);
            }
        }
    }

    /** The closest candidate within the distance worth suggesting; candidates of the input's length are compared first. */
    closest(input: string): string | undefined {
        if (input.length > maxSuggestionInputLength) {
            return undefined;
        }
        let best: string | undefined;
        // Only distances below this one count; the length difference is a lower bound of the distance.
        let bound = maxDistanceFor(input) + 1;
        let compared = 0;
        for (let lengthDifference = 0; lengthDifference < bound; lengthDifference++) {
            const lengths = lengthDifference === 0 ? [input.length] : [input.length - lengthDifference, input.length + lengthDifference];
            for (const length of lengths) {
                for (const { key, candidate } of this.byLength.get(length) ?? []) {
                    if (compared++ >= maxCandidatesCompared || lengthDifference >= bound) {
                        return best;
                    }
                    // With maxDistance, leven stops early and returns `bound` for anything at least that far.
                    const distance = leven(input, key, { maxDistance: bound });
                    if (distance < bound) {
                        best = candidate;
                        bound = distance;
                    }
                }
            }
        }
        return best;
    }

    private add(key: string, candidate: string): void {
        const entries = this.byLength.get(key.length);
        if (entries) {
            entries.push({ key, candidate });
        } else {
            this.byLength.set(key.length, [{ key, candidate }]);
        }
    }
}

/** The closest candidate, for a one-off suggestion from a short list. */
export function closestMatch(input: string, candidates: Iterable<string>): string | undefined {
    return new Suggestions(candidates).closest(input);
}
