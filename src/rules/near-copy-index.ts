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
import { MultiMap } from './support/multi-map.js';

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

/** A motivation in the index. The entry outlives the syntax node: when a document is parsed again, an unchanged motivation's entry moves to the new node. */
interface Entry {
    necessity: Necessity;
    key: string;
    /** The distinct shingles of the text, each as a number (see `shingleIds`). */
    shingles: readonly number[];
    /** The last answer to `similarTo`, until a change can alter it; it names entries, so it survives their moves. */
    answer?: ReadonlyArray<{ other: Entry; shared: number; jaccard: number; containment: number }>;
}

const none: readonly NearCopy[] = [];

export class NearCopyIndex {
    private readonly entries = new Map<Necessity, Entry>();
    private readonly postings = new MultiMap<number, Entry>();
    /** Entries whose answers were forgotten since `takeInvalidated` was last asked, kept only while `trackInvalidated`. */
    private readonly invalidated = new Set<Entry>();
    trackInvalidated = false;
    /** Shingle-list entries written, read and invalidated so far: what the index costs, measured without a clock. */
    operations = 0;

    add(necessity: Necessity): void {
        const key = comparisonKey(necessity.text);
        const shingles = shingleIds(key);
        if (shingles.length === 0) {
            return;
        }
        const entry: Entry = { necessity, key, shingles };
        this.entries.set(necessity, entry);
        for (const shingle of shingles) {
            this.operations++;
            const size = this.postings.add(shingle, entry);
            if (size > 1) {
                this.invalidateReaders(shingle, size);
            }
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
            const size = this.postings.delete(shingle, entry);
            // Before the removal the list had one more entry: its readers may see a change if it was within the cap then.
            if (size > 0) {
                this.invalidateReaders(shingle, size + 1);
            }
        }
    }

    /**
     * The same motivation, parsed again: `current` has the text `previous` had. Its entry and
     * every answer naming it stay valid, so moving costs nothing per shingle.
     */
    move(previous: Necessity, current: Necessity): void {
        const entry = this.entries.get(previous);
        if (!entry) {
            return;
        }
        this.operations++;
        this.entries.delete(previous);
        entry.necessity = current;
        this.entries.set(current, entry);
    }

    /** The motivations still indexed whose answers a change since the last call may have altered: the editor checks their documents again. */
    takeInvalidated(): Necessity[] {
        const necessities = [...this.invalidated].filter(entry => this.entries.get(entry.necessity) === entry).map(entry => entry.necessity);
        this.invalidated.clear();
        return necessities;
    }

    /** Other motivations that share at least `minSharedShingles` shingles with this one, most similar first; word-for-word copies are left out. */
    similarTo(necessity: Necessity): readonly NearCopy[] {
        const entry = this.entries.get(necessity);
        if (!entry) {
            return none;
        }
        entry.answer ??= this.query(entry);
        return entry.answer.length === 0 ? none : entry.answer.map(({ other, ...measures }) => ({ necessity: other.necessity, ...measures }));
    }

    private query(entry: Entry): NonNullable<Entry['answer']> {
        const sharedCounts = new Map<Entry, number>();
        const countShared = (other: Entry) => {
            this.operations++;
            if (other !== entry) {
                sharedCounts.set(other, (sharedCounts.get(other) ?? 0) + 1);
            }
        };
        for (const shingle of entry.shingles) {
            this.operations++;
            const size = this.postings.count(shingle);
            if (size > 1 && size <= postingCap) {
                this.postings.forEach(shingle, countShared);
            }
        }
        const similar: Array<{ other: Entry; shared: number; jaccard: number; containment: number }> = [];
        for (const [other, shared] of sharedCounts) {
            if (shared < minSharedShingles || other.key === entry.key) {
                continue;
            }
            const [mine, theirs] = [entry.shingles.length, other.shingles.length];
            similar.push({ other, shared, jaccard: shared / (mine + theirs - shared), containment: shared / Math.min(mine, theirs) });
        }
        return similar.sort((a, b) => b.jaccard - a.jaccard || b.containment - a.containment);
    }

    /** Forgets the answers of a shingle list's readers after a change, given the list's size on the longer side of it (before a removal, after an addition). */
    private invalidateReaders(shingle: number, longerSize: number): void {
        if (longerSize > postingCap + 1) {
            return; // the list was and is beyond the cap: no reader reads it
        }
        this.postings.forEach(shingle, reader => {
            this.operations++;
            reader.answer = undefined;
            if (this.trackInvalidated) {
                this.invalidated.add(reader);
            }
        });
    }
}

/**
 * The distinct word shingles of a text given as its comparison key, each as a 30-bit hash of
 * its three words: a small integer is what a map keys fastest and stores in the least memory.
 * Two different shingles may share a hash (a few hundred pairs among half a million shingles);
 * such a pair only makes two motivations seem to share one run of three words more than they
 * do, which moves a similarity by about one part in the motivation's length.
 */
export function shingleIds(key: string): number[] {
    if (key === '') {
        return [];
    }
    const wordHashes = key.split(' ').map(wordHash);
    const shingles = new Set<number>();
    for (let start = 0; start + shingleSize <= wordHashes.length; start++) {
        shingles.add(shingleHash(wordHashes[start], wordHashes[start + 1], wordHashes[start + 2]));
    }
    return [...shingles];
}

/** FNV-1a over the word's UTF-16 code units. */
function wordHash(word: string): number {
    let hash = 0x811c9dc5;
    for (let i = 0; i < word.length; i++) {
        hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
    }
    return hash >>> 0;
}

/** Mixes three word hashes, in order, into 30 bits. */
function shingleHash(first: number, second: number, third: number): number {
    return mix(mix(mix(0x9e3779b9, first), second), third) & 0x3fffffff;
}

function mix(hash: number, value: number): number {
    const mixed = Math.imul(hash ^ value, 0xcc9e2d51);
    return Math.imul((mixed << 15) | (mixed >>> 17), 0x1b873593) ^ (mixed >>> 13);
}
