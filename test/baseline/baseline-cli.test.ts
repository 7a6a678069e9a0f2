// `provisio check --baseline-write F` / `--baseline F` with the built CLI on a copy of the
// examples: recorded findings stay quiet, new ones fail the run, fixed ones are listed for
// pruning, and reformatting a file changes nothing.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import type * as Sarif from 'sarif';
import { fingerprintKey, type FingerprintParts } from '../../src/baseline/fingerprint.js';
import type { CodeQualityIssue } from '../../src/cli/formatters/gitlab.js';
import type { LintResult } from '../../src/cli/lint-results.js';
import { rules } from '../../src/rules/registry.js';
import { projectRoot, runCli } from '../cli/run-cli.js';

let folder: string;
let baselineFile: string;

/** A fresh copy of examples/ with a baseline recorded on it. */
beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'provisio-baseline-'));
    cpSync(join(projectRoot, 'examples'), folder, { recursive: true });
    baselineFile = join(folder, 'provisio-baseline.json');
    const write = runCli(['check', '.', '--baseline-write', baselineFile], folder);
    expect(write.stderr).toMatch(/^Recorded \d+ findings in the baseline /);
    expect(write.status).toBe(0);
});

const edit = (path: string, change: (text: string) => string) => {
    const file = join(folder, path);
    const before = readFileSync(file, 'utf8');
    const after = change(before);
    expect(after, `the edit of ${path} changed nothing`).not.toBe(before);
    writeFileSync(file, after);
};

const checkJson = (...extra: string[]) => {
    const run = runCli(['check', '.', '--format', 'json', '--baseline', baselineFile, ...extra], folder);
    const results = JSON.parse(run.stdout) as LintResult[];
    const findings = results.flatMap(result => result.messages.map(message => `${result.filePath.slice(folder.length + 1)}: ${message.ruleId}`));
    return { ...run, findings };
};

describe('provisio check --baseline-write', () => {
    test('records every finding of the examples (at least one per rule) by fingerprint, sorted, without line numbers', () => {
        const full = JSON.parse(runCli(['check', '.', '--format', 'json'], folder).stdout) as LintResult[];
        const findingCount = full.reduce((sum, result) => sum + result.messages.length, 0);
        expect(findingCount).toBeGreaterThanOrEqual(rules.length);
        const text = readFileSync(baselineFile, 'utf8');
        const written = JSON.parse(text) as { version: number; findings: Array<Record<string, unknown>> };
        expect(written.version).toBe(1);
        expect(written.findings.reduce((sum, entry) => sum + (entry.count as number), 0)).toBe(findingCount);
        expect(new Set(written.findings.map(entry => entry.rule))).toEqual(new Set(full.flatMap(result => result.messages.map(message => message.ruleId))));
        expect(Object.keys(written.findings[0])).toEqual(['file', 'rule', 'message', 'declaration', 'path', 'content', 'count']);
        const keys = written.findings.map(entry => `${entry.file as string}\u0000${entry.rule as string}\u0000${entry.path as string}`);
        expect(keys).toEqual([...keys].sort());
        expect(text).not.toMatch(/"(line|column|range)"/);
        expect(written.findings).toContainEqual(expect.objectContaining({
            file: 'defects/risk-mitigation-required.provisio', rule: 'risk/mitigation-required', declaration: 'P-2022-D04', path: 'provision P-2022-D04', count: 1
        }));
        // Recording again on the same files gives the same bytes: the file diffs cleanly.
        expect(runCli(['check', '.', '--baseline-write', baselineFile], folder).status).toBe(0);
        expect(readFileSync(baselineFile, 'utf8')).toBe(text);
    });
});

describe('provisio check --baseline', () => {
    test('with nothing changed: no finding is reported and the run passes', () => {
        const run = runCli(['check', '.', '--baseline', baselineFile], folder);
        expect(run.stdout).toMatch(/^No problems found \(\d+ files checked\)\.\n$/);
        expect(run.stderr).toMatch(/^\d+ findings are in the baseline .*provisio-baseline\.json and not reported\.\n$/);
        expect(run.status).toBe(0);
    });

    test('a new defect is reported, alone, and fails the run', () => {
        edit('workspace/mivd/P-2022-M0041-force-protection.provisio', text => text.replace(/\n\s*conditions third-party-rule, intelligence-use-only[^\n]*/, ''));
        const run = checkJson();
        expect(run.findings).toEqual(['workspace/mivd/P-2022-M0041-force-protection.provisio: conditions/standard-conditions']);
        expect(run.status).toBe(1);
    });

    test('a second occurrence of a recorded finding is new: duplicates are counted', () => {
        // The same provision twice, name and all: its scope/bounded finding now occurs twice, once more than recorded.
        edit('defects/scope-bounded.provisio', text => `${text}\n${text.slice(text.indexOf('provision P-2022-D03'))}`);
        const run = checkJson();
        expect(run.findings.filter(finding => finding.endsWith('scope/bounded'))).toEqual(['defects/scope-bounded.provisio: scope/bounded']);
        expect(run.findings).toContain('defects/scope-bounded.provisio: language/duplicate-name');
        expect(run.status).toBe(1);
    });

    test('a fixed defect is listed as no longer occurring, and the run passes', () => {
        edit('defects/scope-bounded.provisio', text => text.replace('subjects all "', 'subjects at-most 40 "'));
        const run = runCli(['check', '.', '--baseline', baselineFile], folder);
        expect(run.stdout).toMatch(/^No problems found/);
        expect(run.stderr).toContain('1 baseline entry no longer occurs; run --baseline-write to prune:\n  defects/scope-bounded.provisio  scope/bounded  provision P-2022-D03 > data > subjects\n');
        expect(run.status).toBe(0);
        // Recording again prunes it.
        runCli(['check', '.', '--baseline-write', baselineFile], folder);
        expect(readFileSync(baselineFile, 'utf8')).not.toContain('"rule": "scope/bounded"');
    });

    test('a deleted file\'s entries no longer occur; checking one other file lists nothing of the rest', () => {
        rmSync(join(folder, 'defects/motivation-substantive.provisio'));
        const run = runCli(['check', '.', '--baseline', baselineFile], folder);
        expect(run.stderr).toContain('  defects/motivation-substantive.provisio  motivation/substantive  ');
        expect(run.status).toBe(0);
        const one = runCli(['check', 'defects/scope-bounded.provisio', '--baseline', baselineFile], folder);
        expect(one.stdout).toMatch(/^No problems found \(1 file checked\)/);
        expect(one.stderr).not.toContain('scope-bounded');
        expect(one.status).toBe(0);
    });

    test('reformatting a file (re-indenting, moving a declaration down, blank lines and comments) adds no finding', () => {
        edit('defects/recipient-weighing-note-required.provisio', text => {
            const recipient = /recipient OsterlandSIS[^}]*\}\n/.exec(text)![0];
            const moved = `${text.replace(recipient, '')}\n${recipient}`;
            return moved
                .replace('    to OsterlandSIS', '\n\n    // The recipient asked for this in writing.\n    to   OsterlandSIS   ')
                .replace('data {', 'data   /* scope */ {\n')
                .replace(/^ {4}/gm, '\t');
        });
        edit('defects/risk-criteria-mitigated.provisio', text => text.replace(/\n/g, '\n\n').replace(/ {4}/g, '        '));
        const run = checkJson();
        expect(run.findings).toEqual([]);
        expect(run.stderr).not.toContain('no longer occur');
        expect(run.status).toBe(0);
    });

    test('changing the words a finding is about makes it a new finding, and the old entry no longer occurs', () => {
        edit('defects/motivation-substantive.provisio', text => text.replace('Needed for the investigation;', 'Needed for this investigation;'));
        const run = checkJson();
        expect(run.findings).toEqual(['defects/motivation-substantive.provisio: motivation/substantive']);
        expect(run.stderr).toContain('  defects/motivation-substantive.provisio  motivation/substantive  ');
        expect(run.status).toBe(0); // a warning
    });

    test('a file that could not be read is never accepted, and keeps its recorded entries', () => {
        const before = readFileSync(baselineFile, 'utf8');
        const big = join(folder, 'defects/scope-bounded.provisio');
        writeFileSync(big, `${readFileSync(big, 'utf8')}\n${'// padding\n'.repeat(3000)}`);
        const run = checkJson('--max-file-size', '20KB');
        expect(run.findings).toEqual(['defects/scope-bounded.provisio: language/unreadable-file']);
        expect(run.stderr).not.toContain('no longer occur');
        expect(run.status).toBe(2);
        expect(runCli(['check', '.', '--max-file-size', '20KB', '--baseline-write', baselineFile], folder).status).toBe(2);
        expect(readFileSync(baselineFile, 'utf8')).toBe(before);
    });

    test('in Dutch', () => {
        edit('defects/scope-bounded.provisio', text => text.replace('subjects all "', 'subjects at-most 40 "'));
        const run = runCli(['check', '.', '--lang', 'nl', '--baseline', baselineFile], folder);
        expect(run.stderr).toContain('bevindingen staan in de baseline');
        expect(run.stderr).toContain('1 vermelding in de baseline komt niet meer voor; voer --baseline-write uit om de baseline op te schonen:\n  defects/scope-bounded.provisio  scope/bounded  provision P-2022-D03 > data > subjects\n');
        expect(run.status).toBe(0);
    });
});

describe('SARIF and GitLab fingerprint a finding as the baseline does', () => {
    test('each partial fingerprint and Code Quality fingerprint is the fingerprint of the finding\'s baseline entry', () => {
        const recorded = (JSON.parse(readFileSync(baselineFile, 'utf8')) as { findings: Array<FingerprintParts & { count: number }> }).findings;
        const log = JSON.parse(runCli(['check', '.', '-f', 'sarif'], folder).stdout) as Sarif.Log;
        const prints = log.runs[0].results!.filter(result => result.suppressions === undefined).map(result => result.partialFingerprints!['provisio/v2']);
        expect(prints.length).toBe(recorded.reduce((sum, entry) => sum + entry.count, 0));
        // A fingerprint recorded once is the output's fingerprint; the second of two equal findings is told apart by its order.
        for (const entry of recorded) {
            expect(prints.filter(print => print === fingerprintKey(entry)), `${entry.file} ${entry.rule} ${entry.path}`).toHaveLength(1);
        }
        const issues = JSON.parse(runCli(['check', '.', '-f', 'gitlab'], folder).stdout) as CodeQualityIssue[];
        expect(issues.map(issue => issue.fingerprint)).toEqual(prints);
    });
});

describe('a baseline that cannot be used is a located usage error (exit 2)', () => {
    test.each([
        ['missing', undefined, /^provisio: Cannot read the baseline .*absent\.json: no such file\. Record one with --baseline-write .*absent\.json\.\n$/],
        ['not JSON', '{\n  "version": 1,\n  "findings": [\n    {"rule": }\n  ]\n}\n', /^provisio: .*broken\.json:4:14: the baseline is not valid JSON \(ValueExpected\)\. Record it again with --baseline-write /],
        ['another version', '{ "version": 7, "findings": [] }', /^provisio: .*broken\.json:1:14: not a Provisio baseline: `version` must be 1\./],
        ['an entry without a count', '{ "version": 1, "findings": [\n  { "rule": "scope/bounded", "message": "", "file": "a", "declaration": "", "path": "", "content": "" }\n] }', /^provisio: .*broken\.json:2:3: not a Provisio baseline: each finding must have the texts `rule`, `message`, `file`, `declaration`, `path` and `content` and a whole number `count` of at least 1\./],
        ['a list', '[]', /^provisio: .*broken\.json:1:1: not a Provisio baseline: expected an object with `version` and `findings`\./]
    ])('%s', (_case, text, expected) => {
        const file = join(folder, text === undefined ? 'absent.json' : 'broken.json');
        if (text !== undefined) {
            writeFileSync(file, text);
        }
        const run = runCli(['check', '.', '--baseline', file], folder);
        expect(run.stdout).toBe('');
        expect(run.stderr).toMatch(expected);
        expect(run.status).toBe(2);
    });
});
