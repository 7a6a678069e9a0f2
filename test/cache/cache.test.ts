// `provisio check --cache`: a file's results are reused only when nothing they depend on
// changed, and a cached run reports exactly what a full check reports. Work is counted in
// documents parsed and files checked, never timed.
import { readFileSync, writeFileSync, existsSync, rmSync, mkdirSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { cacheFormat, cacheVersion } from '../../src/cache/cache-file.js';
import { runCli } from '../cli/run-cli.js';
import { cached, check, diskWorkspace, motivation, provision, recipient, registry } from './cache-workspace.js';

afterEach(() => {
    vi.useRealTimers();
});

/** Checks with the cache, and checks the cached run against a full check of the same files. */
async function cachedMatchingFull(root: string, options = {}) {
    const run = await cached(root, options);
    const full = await check(root, options);
    expect(run.json).toBe(full.json);
    expect(run.exitCode).toBe(full.exitCode);
    return run;
}

describe('reuse', () => {
    test('a second run with nothing changed parses and checks nothing, and reports the same', async () => {
        const workspace = diskWorkspace(5, 3);
        const first = await cachedMatchingFull(workspace.root);
        expect(first.counts).toEqual({ parsed: 6, checked: 6, reused: 0 });
        expect(existsSync(join(workspace.root, '.provisiocache'))).toBe(true);
        const second = await cachedMatchingFull(workspace.root);
        expect(second.counts).toEqual({ parsed: 0, checked: 0, reused: 6 });
        expect(second.json).toBe(first.json);
    });

    test('editing a file checks that file again, and parses only it and the files declaring what it refers to', async () => {
        const workspace = diskWorkspace(5, 3);
        await cached(workspace.root);
        const text = readFileSync(workspace.path('cases/batch-2.provisio'), 'utf8');
        workspace.write('cases/batch-2.provisio', text.replace('subjects 2 "members of network 7"', 'subjects 0 "members of network 7"'));
        const run = await cachedMatchingFull(workspace.root);
        expect(run.counts).toEqual({ parsed: 2, checked: 1, reused: 5 });
        expect(run.findings).toEqual([expect.stringMatching(/^cases\/batch-2.provisio:\d+ language\/zero-amount /)]);
    });

    test('editing a motivation checks every file with a motivation again (motivation facts may relate any two)', async () => {
        const workspace = diskWorkspace(5, 3);
        await cached(workspace.root);
        workspace.write('cases/batch-2.provisio', [provision(6, 2, 'Too short to argue anything.'), provision(7, 3), provision(8, 0)].join('\n'));
        const run = await cachedMatchingFull(workspace.root);
        expect(run.counts).toEqual({ parsed: 6, checked: 5, reused: 1 });
        expect(run.findings).toEqual([expect.stringContaining('cases/batch-2.provisio:6 motivation/substantive The necessity motivation of provision P-6 has 5 words')]);
    });

    test('the cache is written where --cache-location says: a file, or a folder', async () => {
        const workspace = diskWorkspace(2, 2);
        const folder = join(workspace.root, 'caches');
        mkdirSync(folder);
        await cached(workspace.root, { cacheLocation: folder });
        expect(existsSync(join(folder, '.provisiocache'))).toBe(true);
        await cached(workspace.root, { cacheLocation: join(workspace.root, 'my.cache') });
        expect(existsSync(join(workspace.root, 'my.cache'))).toBe(true);
        expect((await cached(workspace.root, { cacheLocation: join(workspace.root, 'my.cache') })).counts?.checked).toBe(0);
    });
});

describe('what a file depends on', () => {
    test("editing a recipient's weighing note checks the files that provide to it again: the finding appears, and goes when undone", async () => {
        const workspace = diskWorkspace(4, 4, 4);
        await cached(workspace.root);
        // R2 gets a human-rights risk; its provisions (P-2, P-6, …) have no mitigation for it.
        const risky = registry(4).replace(recipient(2), recipient(2, 'risk "New reports"'));
        workspace.write('registry.provisio', risky);
        const run = await cachedMatchingFull(workspace.root);
        expect(run.findings.filter(finding => finding.includes('risk/mitigation-required')).length).toBe(4);
        expect(run.findings.some(finding => finding.includes('cases/batch-1.provisio') && finding.includes('Provision P-6 gives data to R2'))).toBe(true);
        // Only the registry and the files providing to R2 were checked (R2 gets one provision in each file).
        expect(run.counts?.checked).toBe(5);
        workspace.write('registry.provisio', registry(4));
        const undone = await cachedMatchingFull(workspace.root);
        expect(undone.findings).toEqual([]);
    });

    test('a file providing to another recipient is not checked again when one note changes', async () => {
        const workspace = diskWorkspace(2, 1, 4);
        // batch-0 provides to R0, batch-1 to R1.
        await cached(workspace.root);
        workspace.write('registry.provisio', registry(4).replace(recipient(1), recipient(1, 'risk "Changed reason"')));
        const run = await cachedMatchingFull(workspace.root);
        expect(run.counts).toEqual({ parsed: 2, checked: 2, reused: 1 });
    });

    test('renaming a declaration breaks the references in other files, and they are reported', async () => {
        const workspace = diskWorkspace(3, 2, 4);
        await cached(workspace.root);
        workspace.write('registry.provisio', registry(4).replace('recipient R3 ', 'recipient R3b '));
        const run = await cachedMatchingFull(workspace.root);
        const unresolved = run.findings.filter(finding => finding.includes('language/unresolved-reference'));
        expect(unresolved.length).toBe(1);
        expect(unresolved[0]).toContain('cases/batch-1.provisio');
        expect(unresolved[0]).toContain('R3');
        // Renaming it back resolves them again.
        workspace.write('registry.provisio', registry(4));
        expect((await cachedMatchingFull(workspace.root)).findings).toEqual([]);
    });

    test('an unresolved name is checked again when a name it could be a misspelling of is declared anywhere', async () => {
        const workspace = diskWorkspace(2, 1, 4);
        workspace.write('cases/batch-1.provisio', provision(1, 1).replace('to R1', 'to Zetaland1'));
        const before = await cachedMatchingFull(workspace.root);
        expect(before.findings.filter(finding => finding.includes('Zetaland1'))).toEqual([expect.not.stringContaining('Zetaland2')]);
        workspace.write('extra/zetaland.provisio', recipient(1).replace('recipient R1 ', 'recipient Zetaland2 '));
        const after = await cachedMatchingFull(workspace.root);
        expect(after.findings.filter(finding => finding.includes('Zetaland1'))).toEqual([expect.stringContaining('Zetaland2')]);
    });

    test('a duplicate name added in another file is reported in both files', async () => {
        const workspace = diskWorkspace(2, 2, 4);
        await cached(workspace.root);
        workspace.write('extra/more-recipients.provisio', recipient(1));
        const run = await cachedMatchingFull(workspace.root);
        const duplicates = run.findings.filter(finding => finding.includes('language/duplicate-name'));
        expect(duplicates.map(finding => finding.split(':')[0]).sort()).toEqual(['extra/more-recipients.provisio', 'registry.provisio']);
        // The files that only refer to R1 were checked too (the name now means two things); nothing else was.
        rmSync(workspace.path('extra/more-recipients.provisio'));
        expect((await cachedMatchingFull(workspace.root)).findings).toEqual([]);
    });

    test('a motivation copied into another file is reported in both files, and no more once changed back', async () => {
        const workspace = diskWorkspace(3, 2, 4);
        await cached(workspace.root);
        const original = readFileSync(workspace.path('cases/batch-2.provisio'), 'utf8');
        workspace.write('cases/batch-2.provisio', original.replace(motivation(4), motivation(0)));
        const run = await cachedMatchingFull(workspace.root);
        const reused = run.findings.filter(finding => finding.includes('is the same text as'));
        expect(reused.map(finding => finding.split(':')[0]).sort()).toEqual(['cases/batch-0.provisio', 'cases/batch-2.provisio']);
        workspace.write('cases/batch-2.provisio', original);
        expect((await cachedMatchingFull(workspace.root)).findings).toEqual([]);
    });

    test('a change of position in a file that another file\'s findings point to is followed', async () => {
        const workspace = diskWorkspace(2, 1, 4);
        const copy = readFileSync(workspace.path('cases/batch-0.provisio'), 'utf8').replace('P-0', 'P-100');
        workspace.write('cases/copy.provisio', copy);
        expect((await cached(workspace.root)).findings.length).toBeGreaterThan(0);
        workspace.write('cases/copy.provisio', `\n\n\n${copy}`);
        await cachedMatchingFull(workspace.root);
    });
});

describe('settings that invalidate everything', () => {
    test('changing the configuration checks every file again', async () => {
        const workspace = diskWorkspace(2, 2);
        await cached(workspace.root);
        workspace.write('provisio.config.yaml', 'rules:\n  motivation/substantive:\n    minWords: 100\n');
        const run = await cachedMatchingFull(workspace.root);
        expect(run.counts?.checked).toBe(3);
        expect(run.findings.filter(finding => finding.includes('at least 100 are expected')).length).toBe(4);
    });

    test('another language checks every file again, and speaks it', async () => {
        const workspace = diskWorkspace(2, 1);
        workspace.write('cases/batch-0.provisio', provision(0, 0, 'Too short.'));
        await cached(workspace.root);
        const dutch = await cached(workspace.root, {}, 'nl');
        expect(dutch.counts?.checked).toBe(3);
        expect(dutch.findings[0]).toContain('De motivering van de noodzaak in verstrekking P-0 telt 2 woorden');
        expect((await cached(workspace.root, {}, 'nl')).counts?.checked).toBe(0);
    });

    test('a run on another day checks every file again: results judge dates', async () => {
        const workspace = diskWorkspace(2, 1);
        vi.useFakeTimers({ toFake: ['Date'] });
        vi.setSystemTime(new Date('2026-03-01T12:00:00Z'));
        await cached(workspace.root);
        expect((await cached(workspace.root)).counts?.checked).toBe(0);
        vi.setSystemTime(new Date('2026-03-02T12:00:00Z'));
        expect((await cached(workspace.root)).counts?.checked).toBe(3);
    });

    test('--no-inline-suppressions checks every file again', async () => {
        const workspace = diskWorkspace(1, 1);
        await cached(workspace.root);
        expect((await cached(workspace.root, { inlineSuppressions: false })).counts?.checked).toBe(2);
    });

    test('output options do not invalidate', async () => {
        const workspace = diskWorkspace(1, 1);
        await cached(workspace.root);
        expect((await cached(workspace.root, { maxWarnings: 0 })).counts?.checked).toBe(0);
    });
});

describe('a damaged or foreign cache file', () => {
    test.each([
        ['damaged', JSON.stringify({ format: cacheFormat, version: cacheVersion, run: 'x', files: { a: { content: 1 } } }), 'is damaged'],
        ['not JSON', '{"format": "provisio-check-cache", "ver', 'is damaged'],
        ['foreign', '{"compilerOptions": {}}', 'is not a Provisio cache'],
        ['binary', '\u0000\u0001\u0002', 'is damaged']
    ])('%s: one warning, a full check, and the right results', async (_kind, content, warning) => {
        const workspace = diskWorkspace(2, 1);
        workspace.write('cases/batch-0.provisio', provision(0, 0, 'Too short.'));
        const expected = await check(workspace.root);
        writeFileSync(workspace.path('.provisiocache'), content);
        const run = await cached(workspace.root);
        expect(run.errors.trim().split('\n')).toEqual([expect.stringContaining(warning)]);
        expect(run.json).toBe(expected.json);
        expect(run.counts?.checked).toBe(3);
        const next = await cached(workspace.root);
        if (warning === 'is damaged') {
            // A damaged cache is replaced by a good one.
            expect(next.errors).toBe('');
            expect(next.counts?.checked).toBe(0);
        } else {
            // Another program's file is never overwritten.
            expect(next.errors).toContain(warning);
            expect(readFileSync(workspace.path('.provisiocache'), 'utf8')).toBe(content);
        }
    });

    test('records filed under each other\'s file are a damaged cache, not wrong results', async () => {
        const workspace = diskWorkspace(2, 1);
        workspace.write('cases/batch-0.provisio', provision(0, 0, 'Too short.'));
        await cached(workspace.root);
        const cache = JSON.parse(readFileSync(workspace.path('.provisiocache'), 'utf8')) as { files: Record<string, unknown> };
        const [first, second] = [workspace.path('cases/batch-0.provisio'), workspace.path('cases/batch-1.provisio')];
        [cache.files[first], cache.files[second]] = [cache.files[second], cache.files[first]];
        writeFileSync(workspace.path('.provisiocache'), JSON.stringify(cache));
        const run = await cached(workspace.root);
        expect(run.errors).toContain('is damaged');
        expect(run.json).toBe((await check(workspace.root)).json);
    });

    test('a named pipe as the cache file is not read (it would never end), and is not replaced', async () => {
        const workspace = diskWorkspace(1, 1);
        const pipe = workspace.path('pipe.cache');
        execFileSync('mkfifo', [pipe]);
        const run = await cached(workspace.root, { cacheLocation: pipe });
        expect(run.errors.split('\n')[0]).toContain('is not a Provisio cache');
        expect(run.json).toBe((await check(workspace.root)).json);
        expect(statSync(pipe).isFIFO()).toBe(true);
    });

    test('a folder that cannot hold the cache gives a warning, and the results are complete', async () => {
        const workspace = diskWorkspace(1, 1);
        workspace.write('blocker', 'a file, not a folder');
        const run = await cached(workspace.root, { cacheLocation: join(workspace.root, 'blocker/cache') });
        expect(run.errors).toContain('could not be written');
        expect(run.json).toBe((await check(workspace.root)).json);
    });
});

describe('the command line', () => {
    test('--cache and --cache-location are options of check, and a cached run prints what an uncached one prints', () => {
        const workspace = diskWorkspace(2, 1);
        workspace.write('cases/batch-0.provisio', provision(0, 0, 'Too short.'));
        const plain = runCli(['check', '.'], workspace.root);
        const first = runCli(['check', '.', '--cache'], workspace.root);
        const second = runCli(['check', '.', '--cache'], workspace.root);
        expect(existsSync(workspace.path('.provisiocache'))).toBe(true);
        for (const run of [first, second]) {
            expect(run.stdout).toBe(plain.stdout);
            expect(run.status).toBe(plain.status);
            expect(run.stderr).toBe('');
        }
        runCli(['check', '.', '--cache', '--cache-location', 'elsewhere.cache'], workspace.root);
        expect(existsSync(workspace.path('elsewhere.cache'))).toBe(true);
        expect(runCli(['check', '--help']).stdout).toContain('--cache-location <path>');
    }, 120_000);
});
