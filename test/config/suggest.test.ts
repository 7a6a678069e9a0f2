// "Did you mean": the nearest candidate, at a cost bounded per suggestion however many
// candidates there are. The distance function is counted, never timed.
import fc from 'fast-check';
import leven from 'leven';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { closestMatch, maxCandidatesCompared, maxSuggestionInputLength, Suggestions } from '../../src/config/suggest.js';

vi.mock('leven', async importOriginal => {
    const actual = await importOriginal<typeof import('leven')>();
    const counted = Object.assign((...args: Parameters<typeof actual.default>) => {
        counted.calls++;
        return actual.default(...args);
    }, { calls: 0 });
    return { ...actual, default: counted };
});

const counted = leven as typeof leven & { calls: number };
const distanceCalls = () => counted.calls;

beforeEach(() => { counted.calls = 0; });

/** Names of one length that differ from each other in more than a few letters. */
function names(count: number, prefix: string): string[] {
    return Array.from({ length: count }, (_, index) => `${prefix}${String(index * 7919 % 100000).padStart(5, '0')}`);
}

describe('suggestions', () => {
    test('the nearest candidate within a third of the input, and nothing for a word unlike any', () => {
        expect(closestMatch('recipent', ['service', 'recipient', 'provision'])).toBe('recipient');
        expect(closestMatch('necessity-required', ['motivation/necessity-required', 'scope/bounded'])).toBe('motivation/necessity-required');
        expect(closestMatch('nothing-like-it', ['motivation/necessity-required', 'scope/bounded'])).toBeUndefined();
    });

    test('among a few candidates, one at the least distance, or none when all are too far', () => {
        const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '-'), maxLength: 12 });
        fc.assert(fc.property(word, fc.array(word, { maxLength: 20 }), (input, candidates) => {
            const distances = candidates.map(candidate => leven(input, candidate));
            const least = Math.min(...distances);
            const suggestion = closestMatch(input, candidates);
            if (least > Math.max(3, Math.floor(input.length / 3))) {
                expect(suggestion).toBeUndefined();
            } else {
                expect(suggestion).toBeDefined();
                expect(leven(input, suggestion!)).toBe(least);
            }
        }));
    });

    test('a candidate whose length differs by more than the largest distance is never compared', () => {
        expect(closestMatch('AIVD', ['Algemene-Inlichtingen-en-Veiligheidsdienst', 'MIVD'])).toBe('MIVD');
        expect(distanceCalls()).toBe(1);
    });

    test('among thousands of candidates, a suggestion compares at most a fixed number', () => {
        const candidates = names(5000, 'Service');
        const target = candidates[4321];
        const suggestions = new Suggestions(candidates);
        expect(suggestions.closest('Unrelated99999')).toBeUndefined();
        expect(distanceCalls()).toBe(maxCandidatesCompared);
        // The exact name ends the search at once; a near miss is still found among the first compared.
        counted.calls = 0;
        expect(new Suggestions([...candidates.slice(0, 10), target]).closest(target.replace('Service', 'Servise'))).toBe(target);
        expect(distanceCalls()).toBeLessThanOrEqual(11);
    });

    test('the work for n lookups among n candidates grows linearly, not with n²', () => {
        const work = (count: number) => {
            counted.calls = 0;
            const suggestions = new Suggestions(names(count, 'Service'));
            for (const input of names(count, 'Unknown')) {
                suggestions.closest(input);
            }
            return distanceCalls();
        };
        const small = work(300);
        const large = work(1200);
        expect(small).toBeGreaterThan(0);
        expect(large / small).toBeLessThan(6);
    });

    test('very long input gets no suggestion and costs no comparison', () => {
        expect(closestMatch('a'.repeat(maxSuggestionInputLength + 1), ['a'.repeat(maxSuggestionInputLength)])).toBeUndefined();
        expect(distanceCalls()).toBe(0);
    });
});
