// A cached run reports exactly what a full check reports: on the examples, and on workspaces
// after random sequences of edits (fast-check), including edits that break the syntax, move
// text, copy motivations, rename, duplicate and delete declarations and files.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type * as Sarif from 'sarif';
import { runCheck, type CheckOptions } from '../../src/cli/check-command.js';
import { Translator } from '../../src/i18n/translator.js';
import { projectRoot } from '../cli/run-cli.js';
import { cached, check, diskWorkspace, motivation, recipient } from './cache-workspace.js';

function provisioFiles(folder: string): string[] {
    return readdirSync(folder).flatMap(name => {
        const path = join(folder, name);
        return statSync(path).isDirectory() ? provisioFiles(path) : name.endsWith('.provisio') ? [path] : [];
    }).sort();
}

/** What `provisio check` writes to standard output for the workspace. */
async function output(root: string, options: Partial<CheckOptions>): Promise<string> {
    let out = '';
    await runCheck([root], { color: false, ...options }, { out: text => { out += text; }, error: () => undefined }, new Translator('en'));
    return out;
}

async function expectSameAsFull(root: string, step: string) {
    const run = await cached(root);
    const full = await check(root);
    expect(run.json, step).toBe(full.json);
    expect(run.exitCode, step).toBe(full.exitCode);
    expect(run.errors, step).toBe(full.errors);
}

describe('the examples', () => {
    test('a cold and a warm cached run give the JSON of a full check', async () => {
        const cache = join(mkdtempSync(join(tmpdir(), 'provisio-cache-')), 'examples.cache');
        const examples = join(projectRoot, 'examples');
        const full = await check(examples);
        const cold = await cached(examples, { cacheLocation: cache });
        const warm = await cached(examples, { cacheLocation: cache });
        expect(cold.json).toBe(full.json);
        expect(warm.json).toBe(full.json);
        expect(warm.counts?.parsed).toBe(0);
        expect(full.findings.length).toBeGreaterThan(10);
    });

    test('a cold and a warm cached run give the SARIF and GitLab fingerprints of a full check, also after an edit', async () => {
        const root = mkdtempSync(join(tmpdir(), 'provisio-cache-prints-'));
        cpSync(join(projectRoot, 'examples'), root, { recursive: true });
        const prints = async (options: Partial<CheckOptions>) => {
            const sarif = JSON.parse(await output(root, { format: 'sarif', ...options })) as Sarif.Log;
            const gitlab = JSON.parse(await output(root, { format: 'gitlab', ...options })) as Array<{ fingerprint: string }>;
            return { sarif: sarif.runs[0].results!.map(result => result.partialFingerprints!['provisio/v2']), gitlab: gitlab.map(issue => issue.fingerprint) };
        };
        const full = await prints({});
        expect(full.sarif.length).toBeGreaterThan(10);
        expect(await prints({ cache: true })).toEqual(full);
        expect(await prints({ cache: true })).toEqual(full);
        // One file checked again, the others reused: every fingerprint is still the full check's.
        const defect = join(root, 'defects/risk-mitigation-required.provisio');
        writeFileSync(defect, `// Reviewed again.\n\n${readFileSync(defect, 'utf8')}`);
        expect(await prints({ cache: true })).toEqual(await prints({}));
        expect(await prints({ cache: true })).toEqual(full);
    });

    test('after random line edits, cached output equals uncached output', async () => {
        const root = mkdtempSync(join(tmpdir(), 'provisio-cache-examples-'));
        cpSync(join(projectRoot, 'examples'), root, { recursive: true });
        const files = provisioFiles(root);
        const edit = fc.record({
            file: fc.nat(files.length - 1),
            line: fc.nat(200),
            other: fc.nat(files.length - 1),
            otherLine: fc.nat(200),
            kind: fc.constantFrom('delete', 'duplicate', 'copy-from-other', 'blank-above')
        });
        await fc.assert(fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 4 }), async edits => {
            const originals = new Map(files.map(file => [file, readFileSync(file, 'utf8')]));
            try {
                await cached(root);
                for (const [step, change] of edits.entries()) {
                    const lines = readFileSync(files[change.file], 'utf8').split('\n');
                    const at = change.line % lines.length;
                    const otherLines = readFileSync(files[change.other], 'utf8').split('\n');
                    switch (change.kind) {
                        case 'delete': lines.splice(at, 1); break;
                        case 'duplicate': lines.splice(at, 0, lines[at]); break;
                        case 'copy-from-other': lines.splice(at, 0, otherLines[change.otherLine % otherLines.length]); break;
                        case 'blank-above': lines.splice(at, 0, ''); break;
                    }
                    writeFileSync(files[change.file], lines.join('\n'));
                    await expectSameAsFull(root, `step ${step}: ${JSON.stringify(change)} in ${relative(root, files[change.file])}`);
                }
            } finally {
                for (const [file, text] of originals) {
                    writeFileSync(file, text);
                }
            }
        }), { numRuns: 4 });
    }, 240_000);
});

describe('a generated workspace', () => {
    test('after random sequences of edits, cached output equals uncached output', async () => {
        const recipients = 4;
        const edit = fc.oneof(
            fc.record({ kind: fc.constant('copy-motivation' as const), file: fc.nat(5), from: fc.nat(17) }),
            fc.record({ kind: fc.constant('short-motivation' as const), file: fc.nat(5) }),
            fc.record({ kind: fc.constant('note-risk' as const), recipient: fc.nat(recipients - 1), risky: fc.boolean() }),
            fc.record({ kind: fc.constant('rename-recipient' as const), recipient: fc.nat(recipients - 1) }),
            fc.record({ kind: fc.constant('duplicate-recipient' as const), recipient: fc.nat(recipients - 1), file: fc.nat(5) }),
            fc.record({ kind: fc.constant('delete-file' as const), file: fc.nat(5) }),
            fc.record({ kind: fc.constant('lines-above' as const), file: fc.nat(5) }),
            fc.record({ kind: fc.constant('break-syntax' as const), file: fc.nat(5) }),
            fc.record({ kind: fc.constant('config' as const), minWords: fc.integer({ min: 5, max: 60 }) })
        );
        await fc.assert(fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 5 }), async edits => {
            const workspace = diskWorkspace(6, 3, recipients);
            try {
                await cached(workspace.root);
                const batch = (file: number) => workspace.path(`cases/batch-${file}.provisio`);
                const read = (path: string) => { try { return readFileSync(path, 'utf8'); } catch { return ''; } };
                for (const [step, change] of edits.entries()) {
                    switch (change.kind) {
                        case 'copy-motivation':
                            writeFileSync(batch(change.file), read(batch(change.file)).replace(motivation(change.file * 3), motivation(change.from)));
                            break;
                        case 'short-motivation':
                            writeFileSync(batch(change.file), read(batch(change.file)).replace(motivation(change.file * 3 + 1), 'Needed.'));
                            break;
                        case 'note-risk': {
                            const registry = read(workspace.path('registry.provisio'));
                            const block = registry.indexOf(`recipient R${change.recipient} `);
                            if (block >= 0) {
                                const next = recipient(change.recipient, change.risky ? 'risk "New concerns"' : 'adequate');
                                const end = registry.indexOf('\n}\n', block) + 3;
                                writeFileSync(workspace.path('registry.provisio'), registry.slice(0, block) + next + registry.slice(end));
                            }
                            break;
                        }
                        case 'rename-recipient':
                            writeFileSync(workspace.path('registry.provisio'), read(workspace.path('registry.provisio')).replace(`recipient R${change.recipient} `, `recipient Renamed${change.recipient} `));
                            break;
                        case 'duplicate-recipient':
                            workspace.write(`extra/copy-${change.file}.provisio`, recipient(change.recipient));
                            break;
                        case 'delete-file':
                            rmSync(batch(change.file), { force: true });
                            break;
                        case 'lines-above':
                            writeFileSync(batch(change.file), `// moved down\n\n${read(batch(change.file))}`);
                            break;
                        case 'break-syntax':
                            writeFileSync(batch(change.file), read(batch(change.file)).replace('}\n', '\n'));
                            break;
                        case 'config':
                            workspace.write('provisio.config.yaml', `rules:\n  motivation/substantive:\n    minWords: ${change.minWords}\n`);
                            break;
                    }
                    await expectSameAsFull(workspace.root, `step ${step}: ${JSON.stringify(change)}`);
                }
            } finally {
                rmSync(workspace.root, { recursive: true, force: true });
            }
        }), { numRuns: 6 });
    }, 240_000);
});
