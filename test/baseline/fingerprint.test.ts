// The fingerprint of a finding (for baselines, SARIF's partialFingerprints and GitLab's
// fingerprints): the same after layout changes and in every language, different when the
// words the finding is about change, and the same whether made from a diagnostic or from the
// lint message the outputs read.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { baselineOf, serializeBaseline } from '../../src/baseline/baseline-file.js';
import { fingerprintKey, fingerprintOf, fingerprintParts, lintMessageFingerprintParts, lintMessageSubject } from '../../src/baseline/fingerprint.js';
import { toLintResult } from '../../src/cli/lint-results.js';
import { projectRoot } from '../cli/run-cli.js';
import { baseline, edit, registryText } from '../rules/helpers.js';
import { createTestWorkspace, type TestWorkspace } from '../support/workspace.js';

let english: TestWorkspace;
let dutch: TestWorkspace;
beforeAll(async () => {
    english = await createTestWorkspace('en');
    dutch = await createTestWorkspace('nl');
});
afterEach(async () => {
    await english.clear();
    await dutch.clear();
});

/** The fingerprints of the findings in provision.provisio, by rule id. */
async function fingerprints(workspace: TestWorkspace, files: Record<string, string>): Promise<string[]> {
    const built = await workspace.build({ registry: files['registry.provisio'], provision: files['provision.provisio'] });
    const document = built.provision;
    return (document.diagnostics ?? []).map(diagnostic => `${String(diagnostic.code)} ${fingerprintOf(document, diagnostic, '/workspace')}`).sort();
}

/** A provision with one finding: one of its recipient's risks (data protection) has no mitigation. */
const withDefect = () => edit(baseline(), 'provision.provisio', /\n {4}mitigation for data-protection .*/, '');

describe('fingerprintOf', () => {
    test('names the finding by rule, message, file, declaration, node path and a hash of its words', async () => {
        const built = await english.build({ registry: registryText, provision: withDefect()['provision.provisio'] });
        const [diagnostic] = built.provision.diagnostics ?? [];
        expect(fingerprintParts(built.provision, diagnostic, '/workspace')).toEqual({
            rule: 'risk/criteria-mitigated',
            message: expect.any(String),
            file: 'provision.provisio',
            declaration: 'P-2025-0117',
            path: 'provision P-2025-0117',
            content: expect.stringMatching(/^[0-9a-f]{16}$/)
        });
        expect(fingerprintOf(built.provision, diagnostic, '/workspace')).toMatch(/^[0-9a-f]{32}$/);
    });

    test('survives re-indenting, blank lines, comments and moving the provision down the file', async () => {
        const before = await fingerprints(english, withDefect());
        await english.clear();
        const text = withDefect()['provision.provisio']
            .replace('    to EastmarkGIS', '    // asked for in writing\n    to    EastmarkGIS /* the partner */')
            .replace(/^ {4}/gm, '\t')
            .replace(/\n/g, '\n\n');
        const moved = { ...withDefect(), 'provision.provisio': `category unrelated-category "Declared above the provision"\n\n\n${text}` };
        expect(before).toHaveLength(1);
        expect(await fingerprints(english, moved)).toEqual(before);
    });

    test('is the same whatever language the messages are in', async () => {
        expect(await fingerprints(dutch, withDefect())).toEqual(await fingerprints(english, withDefect()));
    });

    test('changes when the words the finding is about change', async () => {
        const before = await fingerprints(english, withDefect());
        await english.clear();
        const renamed = edit(withDefect(), 'provision.provisio', 'provision P-2025-0117', 'provision P-2025-0118');
        expect(await fingerprints(english, renamed)).not.toEqual(before);
    });
});

describe('lintMessageSubject and lintMessageFingerprintParts', () => {
    test('gives every finding of the examples the parts of the diagnostic it was made from', async () => {
        const examples = join(projectRoot, 'examples');
        const files = readdirSync(examples, { recursive: true }).map(String).filter(file => file.endsWith('.provisio'));
        const built = await english.build(Object.fromEntries(files.map(file => [file.replace(/\.provisio$/, ''), readFileSync(join(examples, file), 'utf8')])));
        const fromDiagnostics: string[] = [];
        const fromMessages: string[] = [];
        for (const document of Object.values(built)) {
            const result = toLintResult(document);
            fromDiagnostics.push(...(document.diagnostics ?? []).map(diagnostic => JSON.stringify(fingerprintParts(document, diagnostic, '/workspace'))));
            fromMessages.push(...result.messages.map(message => JSON.stringify(lintMessageFingerprintParts(result.filePath, message, lintMessageSubject(document, message), '/workspace'))));
        }
        // Findings over one or several lines, on a name, on a whole declaration: enough that an off-by-one would show.
        expect(new Set(fromDiagnostics).size).toBeGreaterThanOrEqual(20);
        expect(fromMessages.sort()).toEqual(fromDiagnostics.sort());
    });

    test('without a subject (a finding that could not be placed) keeps the rule, message and file', () => {
        const message = { ruleId: 'scope/bounded', messageId: 'allSubjects', severity: 1 as const, severityName: 'warning' as const, message: '', line: 3, column: 5, endLine: 3, endColumn: 20 };
        const parts = lintMessageFingerprintParts('/workspace/aivd/p.provisio', message, undefined, '/workspace');
        expect(parts).toMatchObject({ rule: 'scope/bounded', message: 'allSubjects', file: 'aivd/p.provisio', declaration: '', path: '' });
        expect(fingerprintKey(parts)).toMatch(/^[0-9a-f]{32}$/);
    });
});

describe('the baseline file', () => {
    test('counts findings with the same fingerprint and writes them sorted, with a version', () => {
        const parts = { rule: 'scope/bounded', message: 'allSubjects', file: 'b.provisio', declaration: 'P-2', path: 'provision P-2 > data > subjects', content: '0123456789abcdef' };
        const other = { ...parts, file: 'a.provisio', declaration: 'P-1', path: 'provision P-1 > data > subjects' };
        const text = serializeBaseline(baselineOf([parts, other, parts]));
        const written = JSON.parse(text) as { version: number; findings: Array<{ file: string; count: number }> };
        expect(written.version).toBe(1);
        expect(written.findings.map(entry => [entry.file, entry.count])).toEqual([['a.provisio', 1], ['b.provisio', 2]]);
        expect(serializeBaseline(baselineOf([parts, parts, other]))).toBe(text);
    });
});
