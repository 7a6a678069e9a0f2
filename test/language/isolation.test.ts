// A check that throws is a bug, but it must cost the author one finding, not the run: the
// failure names the check and the node, and every other rule and file is still checked.
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { findRule } from '../../src/rules/registry.js';
import { baseline, createTester, edit, type Tester } from '../rules/helpers.js';

let tester: Tester;
beforeAll(async () => { tester = await createTester(); });
afterEach(() => tester.clear());

describe('a rule that throws', () => {
    test('becomes one internal finding naming the rule and the node; the other rules still report', async () => {
        const rule = findRule('scope/bounded')!;
        const original = rule.check;
        rule.check = () => { throw new TypeError('Cannot read properties of undefined (reading \'length\')'); };
        try {
            // Without conditions, conditions/standard-conditions must still fire beside the failure.
            const result = await tester.check(edit(baseline(), 'provision.provisio', /    conditions .*\n/, ''));
            const failures = result.withCode('internal/check-failed');
            expect(failures.map(failure => failure.message)).toEqual([
                'Rule scope/bounded failed on Provision P-2025-0117 (TypeError: Cannot read properties of undefined (reading \'length\')). This is a bug in Provisio; please report it with this text. Every other check still ran.'
            ]);
            expect(failures[0].severity).toBe(1);
            expect(result.codes()).toContain('conditions/standard-conditions');
        } finally {
            rule.check = original;
        }
        expect((await tester.check(baseline())).codes()).toEqual([]);
    });
});
