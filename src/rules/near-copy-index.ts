// Finds motivations that are nearly the same text: a copy with a name, a country or a date
// swapped. Each motivation is cut into word shingles (every run of `shingleSize` consecutive
// words, compared as `comparisonKey` compares them), and an inverted index maps each shingle
// to the motivations that contain it. A query reads, for each of its shingles, at most
// `postingCap` motivations from that shingle's list, counts how many shingles each candidate
// shares, and computes the similarity only for those candidates. So a query costs at most
// (its shingles × postingCap), whatever the size of the workspace, and an opening sentence
// that every file shares cannot make it quadratic. Motivations are never compared pairwise.
import type { Necessity } from '../language/generated/ast.js';
import { comparisonKey } from '../model/text.js';

/** Words per shingle. Three words survive a swapped name in most of a sentence, yet rarely recur by chance. */
export const shingleSize = 3;
/** The most motivations read from one shingle's list per query; a longer list is a shared phrase, not evidence of a copy. */
export const postingCap = 32;
/** The fewest shingles two motivations must share before they are compared at all: a short shared phrase is no copy. */
export const minSharedShingles = 8;

export interface NearCopy {
    necessity: Necessity;
    /** How many distinct shingles the two motivations share. */
    shared: number;
    /** Shared shingles over the shingles of both together, 0–1. */
    jaccard: number;
    /** Shared shingles over the shingles of the shorter one, 0–1: a copy with a paragraph added still scores high. */
    containment: number;
}

interface Entry {
    key: string;
    shingles: ReadonlySet<string>;
}

export class NearCopyIndex {
    private readonly entries = new Map<Necessity, Entry>();
    private readonly postings = new Map<string, Set<Necessity>>();
    /** Posting entries written and read so far: what the index costs, measured without a clock. */
    operations = 0;

    add(necessity: Necessity): void {
        const key = comparisonKey(necessity.text);
        const shingles = shinglesOf(key);
        if (shingles.size === 0) {
            return;
        }
        this.entries.set(necessity, { key, shingles });
        for (const shingle of shingles) {
            this.operations++;
            let posting = this.postings.get(shingle);
            if (!posting) {
                posting = new Set();
                this.postings.set(shingle, posting);
            }
            posting.add(necessity);
        }
    }

    remove(necessity: Necessity): void {
        const entry = this.entries.get(necessity);
        if (!entry) {
            return;
        }
        for (const shingle of entry.shingles) {
            this.operations++;
            const posting = this.postings.get(shingle);
            posting?.delete(necessity);
            if (posting?.size === 0) {
                this.postings.delete(shingle);
            }
        }
        this.entries.delete(necessity);
    }

    /** Other motivations that share at least `minSharedShingles` shingles with this one, most similar first; word-for-word copies are left out. */
    similarTo(necessity: Necessity): NearCopy[] {
        const entry = this.entries.get(necessity);
        if (!entry) {
            return [];
        }
        const sharedCounts = new Map<Necessity, number>();
        for (const shingle of entry.shingles) {
            let read = 0;
            for (const other of this.postings.get(shingle) ?? []) {
                if (read++ === postingCap) {
                    break;
                }
                this.operations++;
                if (other !== necessity) {
                    sharedCounts.set(other, (sharedCounts.get(other) ?? 0) + 1);
                }
            }
        }
        const similar: NearCopy[] = [];
        for (const [other, shared] of sharedCounts) {
            const otherEntry = this.entries.get(other)!;
            if (shared < minSharedShingles || otherEntry.key === entry.key) {
                continue;
            }
            const [mine, theirs] = [entry.shingles.size, otherEntry.shingles.size];
            similar.push({ necessity: other, shared, jaccard: shared / (mine + theirs - shared), containment: shared / Math.min(mine, theirs) });
        }
        return similar.sort((a, b) => b.jaccard - a.jaccard || b.containment - a.containment);
    }
}

/** The distinct word shingles of a text given as its comparison key. */
export function shinglesOf(key: string): Set<string> {
    const words = key === '' ? [] : key.split(' ');
    const shingles = new Set<string>();
    for (let start = 0; start + shingleSize <= words.length; start++) {
        shingles.add(words.slice(start, start + shingleSize).join(' '));
    }
    return shingles;
}
