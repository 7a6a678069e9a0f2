// Comparison keys ignore layout and punctuation, and stay right however many texts were keyed before.
import { describe, expect, test } from 'vitest';
import { comparisonKey } from '../../src/model/text.js';

describe('comparisonKey', () => {
    test('re-wrapped, re-indented or re-punctuated motivations share a key', () => {
        expect(comparisonKey('The network plans an attack;\n    its members travel.')).toBe(comparisonKey('the network  plans an attack, its members travel'));
        expect(comparisonKey('Één netwerk')).toBe('één netwerk');
    });

    test('keys stay right after more texts than one remembered generation holds', () => {
        const first = 'Network 0 is under investigation.';
        expect(comparisonKey(first)).toBe('network 0 is under investigation');
        for (let n = 1; n <= 60_000; n++) {
            comparisonKey(`Network ${n} is under investigation.`);
        }
        expect(comparisonKey(first)).toBe('network 0 is under investigation');
        expect(comparisonKey('Network 59999 is under investigation.')).toBe('network 59999 is under investigation');
    });
});
