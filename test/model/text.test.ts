// Comparison keys ignore layout and punctuation.
import { describe, expect, test } from 'vitest';
import { comparisonKey } from '../../src/model/text.js';

describe('comparisonKey', () => {
    test('re-wrapped, re-indented or re-punctuated motivations share a key', () => {
        expect(comparisonKey('The network plans an attack;\n    its members travel.')).toBe(comparisonKey('the network  plans an attack, its members travel'));
        expect(comparisonKey('Één netwerk')).toBe('één netwerk');
    });

});
