// The clean fixtures every rule test derives its defect cases from. If one of these produced a
// diagnostic, every "must fire" test would prove less than it claims.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expectNoIssues } from 'langium/test';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { rules } from '../../src/rules/registry.js';
import { adequateBaseline, baseline, createTester, edit, umbrellaBaseline, type Tester } from './helpers.js';

let tester: Tester;
beforeAll(async () => { tester = await createTester(); });
afterEach(() => tester.clear());

const describeDiagnostics = (result: Awaited<ReturnType<Tester['check']>>) => result.diagnostics().map(d => `${d.code}: ${d.message}`);

describe('clean fixtures', () => {
    test('the baseline (registry + provision to an elevated-risk recipient) produces zero diagnostics', async () => {
        const result = await tester.check(baseline());
        expect(describeDiagnostics(result)).toEqual([]);
        expectNoIssues(result.file('registry.provisio'));
        expectNoIssues(result.file('provision.provisio'));
        // …and it is a real justification: every name resolves, the recipient has an elevated risk profile.
        const provision = result.provision('P-2025-0117');
        expect(provision.service?.ref?.name).toBe('AIVD');
        expect(provision.recipients.map(recipient => recipient.ref?.name)).toEqual(['EastmarkGIS']);
        expect(provision.data!.categories.map(category => category.ref?.name)).toEqual(['identity', 'travel']);
        expect(result.note('WN-EastmarkGIS-2024').assessments.filter(assessment => assessment.verdict === 'risk').map(assessment => assessment.criterion))
            .toEqual(['human-rights', 'data-protection']);
        expect(provision.mitigations).toHaveLength(2);
    });

    test('the adequate variant (to NorthlandSIS, no mitigations, mandated official) produces zero diagnostics', async () => {
        const result = await tester.check(adequateBaseline());
        expect(describeDiagnostics(result)).toEqual([]);
        expect(result.provision('P-2025-0117').mitigations).toHaveLength(0);
    });

    test('the umbrella variant (umbrella permission + a provision under it) produces zero diagnostics', async () => {
        const result = await tester.check(umbrellaBaseline());
        expect(describeDiagnostics(result)).toEqual([]);
        expect(result.provision('P-2025-0231').umbrella?.ref?.name).toBe('UP-2025-HARBOUR');
    });

    test('a defect derived from the baseline is seen (the fixtures are really validated)', async () => {
        const result = await tester.check(edit(baseline(), 'provision.provisio', 'conditions third-party-rule, ', 'conditions '));
        expect(result.codes()).toEqual(['conditions/standard-conditions']);
    });

    test('edit() refuses a change whose text is missing or ambiguous, so no test passes on an edit that did nothing', () => {
        expect(() => edit(baseline(), 'provision.provisio', 'to WestholmDIS', 'to NorthlandSIS')).toThrow(/exactly once/);
        expect(() => edit(baseline(), 'registry.provisio', 'human-rights adequate', '')).toThrow(/exactly once/);
    });
});

test('every rule in the registry has its own test file', () => {
    const missing = rules
        .map(rule => `${rule.id.replace('/', '-')}.test.ts`)
        .filter(file => !existsSync(fileURLToPath(new URL(file, import.meta.url))));
    expect(missing).toEqual([]);
});
