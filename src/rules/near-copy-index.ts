// Finds motivations that are nearly the same text: a copy with a name, a country or a date
// swapped. Each motivation is cut into word shingles (every run of `shingleSize` consecutive
// words, compared as `comparisonKey` compares them), and an inverted index maps each shingle
// to the motivations that contain it. A query counts, over the shingle lists of its own
// shingles, how many shingles each other motivation shares, and computes the similarity only
// for those. A list longer than `postingCap` is a phrase that very many motivations share
// (an opening sentence, a standard paragraph): it is boilerplate, not evidence of a copy, and
// is skipped. So a query costs at most (its shingles × postingCap), whatever the size of the
// workspace, and motivations are never compared pairwise.
//
// Answers are kept until a change can alter them: adding or removing a motivation touches
// only the lists of its own shingles, and only the readers of a list at or below the cap can
// see the difference. So after an edit, only the motivations that share a rare shingle with
// the edited ones are asked again.
import type { Necessity } from '../language/generated/ast.js';
import { comparisonKey } from '../model/text.js';

/** Words per shingle. Three words survive a swapped name in most of a sentence, yet rarely recur by chance. */
export const shingleSize = 3;
/** The longest shingle list a query reads; a longer one is a phrase shared too widely to show a copy. */
export const postingCap = 32;
/** The fewest shingles two motivations must share before they are compared at all: a short shared phrase is no copy. */
export const minSharedShingles = 8;

export interface NearCopy {
    necessity: Necessity;
    /** How many distinct shingles the two motivations share (counting only lists within the cap). */
    shared: number;
    /** Shared shingles over the shingles of both together, 0–1. */
    jaccard: number;
    /** Shared shingles over the shingles of the shorter one, 0–1: a copy with a paragraph added still scores high. */
    containment: number;
}

interface Entry {
    key: string;
    shingles: ReadonlySet<string>;
    /** The last answer to `similarTo`, until a change can alter it. */
    answer?: NearCopy[];
}

export class NearCopyIndex {
    private readonly entries = new Map<Necessity, Entry>();
    private readonly postings = new Map<string, Set<Necessity>>();
    /** Shingle-list entries written, read and invalidated so far: what the index costs, measured without a clock. */
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
            this.invalidateReaders(posting);
        }
    }

    remove(necessity: Necessity): void {
        const entry = this.entries.get(necessity);
        if (!entry) {
            return;
        }
        this.entries.delete(necessity);
        for (const shingle of entry.shingles) {
            this.operations++;
            const posting = this.postings.get(shingle);
            if (!posting) {
                continue;
            }
            posting.delete(necessity);
            if (posting.size === 0) {
                this.postings.delete(shingle);
            } else {
                // Before the removal the list had one more entry: its readers may see a change if it was within the cap then.
                this.invalidateReaders(posting, 1);
            }
        }
    }

    /** Other motivations that share at least `minSharedShingles` shingles with this one, most similar first; word-for-word copies are left out. */
    similarTo(necessity: Necessity): readonly NearCopy[] {
        const entry = this.entries.get(necessity);
        if (!entry) {
            return [];
        }
        entry.answer ??= this.query(necessity, entry);
        return entry.answer;
    }

    private query(necessity: Necessity, entry: Entry): NearCopy[] {
        const sharedCounts = new Map<Necessity, number>();
        for (const shingle of entry.shingles) {
            const posting = this.postings.get(shingle);
            if (!posting || posting.size > postingCap) {
                continue;
            }
            for (const other of posting) {
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

    /** Forgets the answers of a list's readers when the change (a list `removed` entries longer before) was within the cap. */
    private invalidateReaders(posting: ReadonlySet<Necessity>, removed = 0): void {
        if (posting.size - 1 + removed > postingCap) {
            return; // the list was and is beyond the cap: no reader reads it
        }
        for (const reader of posting) {
            this.operations++;
            const entry = this.entries.get(reader);
            if (entry) {
                entry.answer = undefined;
            }
        }
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
