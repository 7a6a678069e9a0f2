// The quick fix of risk/mitigation-required and risk/criteria-mitigated: one clause naming every criterion at risk
// that is still unaddressed, with `regarding` when there are several recipients, so one step addresses them all.
// No fix can know the measure: it leaves a placeholder, which risk/mitigation-substance then reports, and nothing else.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { applyFix, baseline, firstFix, createTester, edit, edits, umbrellaBaseline, type Files, type Tester } from './helpers.js';
import { projectRoot } from '../cli/run-cli.js';

const P = 'provision.provisio';
const U = 'umbrella.provisio';
const humanRights = / {4}mitigation for human-rights .*\n/;
const dataProtection = / {4}mitigation for data-protection .*\n/;
const closing = '    """\n    conditions';

let tester: Tester;
beforeAll(async () => { tester = await createTester(); });
afterEach(() => tester.clear());

/** Applies the quick fix of the only finding of `code` in `file`, and checks the result again. */
async function fixOnce(files: Files, file: string, code: string) {
    const result = await tester.check(files);
    const findings = result.withCode(code);
    expect(findings, code).toHaveLength(1);
    const title = firstFix(findings[0])?.title;
    const fixed = { ...files, [file]: applyFix(result.file(file).document, findings[0]) };
    const after = await tester.check(fixed);
    return { title, text: fixed[file], after };
}

describe('risk/mitigation-required: the fix', () => {
    test('names both criteria at risk in one clause after the motivation; only the placeholder is left to write', async () => {
        const files = edits(baseline(), P, [humanRights, ''], [dataProtection, '']);
        const { title, text, after } = await fixOnce(files, P, 'risk/mitigation-required');
        expect(title).toBe('Add mitigation for human-rights, data-protection "…"');
        expect(text).toBe(edit(files, P, closing, '    """\n    mitigation for human-rights, data-protection "TODO"\n    conditions')[P]);
        expect(after.codes()).toEqual(['risk/mitigation-substance']);
        expect(after.withCode('risk/mitigation-substance')[0].message).toContain('The mitigation for human rights and data protection in provision P-2025-0117 only points elsewhere or holds a place ("todo")');
    });

    test('in a group provision, says `regarding` the member it is for, and leaves the other members alone', async () => {
        const files = edits(baseline(), P,
            ['provision P-2025-0117', 'group-provision P-2025-0117'],
            ['to EastmarkGIS', 'to WestholmDIS, EastmarkGIS'],
            ['Only EastmarkGIS controls those border crossings', 'Both partners control border crossings on the route'],
            [humanRights, ''], [dataProtection, '']);
        const result = await tester.check(files);
        expect(result.withCode('risk/mitigation-required')[0].message).toContain('Add `mitigation for human-rights, data-protection regarding EastmarkGIS "…"`');
        const { text, after } = await fixOnce(files, P, 'risk/mitigation-required');
        expect(text).toContain('    """\n    mitigation for human-rights, data-protection regarding EastmarkGIS "TODO"\n    conditions');
        expect(after.codes()).toEqual(['risk/mitigation-substance']);
    });

    test('on an umbrella for two recipients, the clause is about the one at risk', async () => {
        const files = edits(umbrellaBaseline(), U, [/ {4}mitigation for human-rights .*\n/, ''], [/ {4}mitigation for data-protection .*\n/, '']);
        const { text, after } = await fixOnce(files, U, 'risk/mitigation-required');
        expect(text).toContain('    """\n    mitigation for human-rights, data-protection regarding EastmarkGIS "TODO"\n    conditions');
        expect(after.codes()).toEqual(['risk/mitigation-substance']);
    });
});

describe('risk/criteria-mitigated: the fix', () => {
    test('adds the open criterion after the last mitigation', async () => {
        const files = edit(baseline(), P, dataProtection, '');
        const { title, text, after } = await fixOnce(files, P, 'risk/criteria-mitigated');
        expect(title).toBe('Add mitigation for data-protection "…"');
        expect(text).toMatch(/mitigation for human-rights "[^"]*"\n {4}mitigation for data-protection "TODO"\n {4}conditions/);
        expect(after.codes()).toEqual(['risk/mitigation-substance']);
    });

    test('names every open criterion at once when a mitigation covers the recipient but addresses neither risk', async () => {
        const files = edits(baseline(), P, [humanRights, ''], [dataProtection, '    mitigation for professionalism "Only the analytical conclusion is shared, never the underlying source reports or their origin."\n']);
        const result = await tester.check(files);
        expect(result.withCode('risk/criteria-mitigated').map(diagnostic => diagnostic.message)).toContain(
            'Provision P-2025-0117: no mitigation addresses human rights ("Detainees held without trial after arrests based on EastmarkGIS intelligence") and data protection ("No independent oversight of how EastmarkGIS stores and shares personal data"), assessed as risks for EastmarkGIS. Add `mitigation for human-rights, data-protection "…"`, or, for a risk that does not apply to this cooperation, `risk human-rights not-applicable "…"` saying why.');
    });

    test('a provision that sets aside an inherited mitigation gets a clause for that criterion only', async () => {
        const files = edits(umbrellaBaseline(), P, ['to NorthlandSIS', 'to EastmarkGIS'], ['NorthlandSIS can only watch', 'EastmarkGIS can only watch'],
            ['    """\n}', '    """\n    risk human-rights inherited-mitigation-unfit "The umbrella withholds associations, but this provision is about the facilitator\'s contacts."\n}']);
        const { text, after } = await fixOnce(files, P, 'risk/criteria-mitigated');
        expect(text).toContain('contacts."\n    mitigation for human-rights "TODO"\n}');
        expect(after.codes()).toEqual(['risk/mitigation-substance']);
    });
});

describe('the fixes on the examples', () => {
    const example = (path: string) => readFileSync(join(projectRoot, 'examples', path), 'utf8');
    const registry = (): Files => ({
        'registry/services.provisio': example('workspace/registry/services.provisio'),
        'registry/recipients.provisio': example('workspace/registry/recipients.provisio'),
        'registry/categories.provisio': example('workspace/registry/categories.provisio')
    });

    for (const [rule, file] of [
        ['risk/mitigation-required', 'defects/risk-mitigation-required.provisio'],
        ['risk/criteria-mitigated', 'defects/risk-criteria-mitigated.provisio'],
        ['background-check/risk-weighed', 'defects/background-check-risk-weighed.provisio']
    ]) {
        test(`${file}: the fix removes the ${rule} finding; what is left is the placeholder to fill in`, async () => {
            const files: Files = { ...registry(), [file]: example(file) };
            const before = await tester.check(files);
            expect(before.codes()).toEqual([rule]);
            const { after } = await fixOnce(files, file, rule);
            expect(after.codes()).toEqual(['risk/mitigation-substance']);
        });
    }
});
