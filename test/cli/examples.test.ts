// The shipped examples are the product's demonstration: the workspace is clean, and each
// defects file shows its rule. Checked with the built CLI, exactly as the README runs it.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { rules } from '../../src/rules/registry.js';
import type { LintResult } from '../../src/cli/lint-results.js';
import { projectRoot, runCli } from './run-cli.js';

describe('examples', () => {
    test('examples/workspace is clean', () => {
        const run = runCli(['check', 'examples/workspace']);
        expect(run.stdout).toMatch(/^No problems found \(\d+ files checked\)\.\n$/);
        expect(run.status).toBe(0);
    });

    test('examples reports findings only in examples/defects, each file showing the rule it is named after', () => {
        const run = runCli(['check', 'examples', '--format', 'json']);
        expect(run.status).toBe(1);
        const results = JSON.parse(run.stdout) as LintResult[];
        const withFindings = results.filter(result => result.messages.length > 0);
        for (const result of withFindings) {
            expect(relative(projectRoot, result.filePath)).toMatch(/^examples\/defects\//);
            const shownRule = basename(result.filePath, '.provisio');
            expect(result.messages.map(message => message.ruleId?.replace('/', '-'))).toContain(shownRule);
        }
        const reported = new Set(withFindings.flatMap(result => result.messages.map(message => message.ruleId)));
        expect([...reported].sort()).toEqual(rules.map(rule => rule.id).sort());
    });

    test('a half-typed `necessity` in one file of the workspace is one syntax error there; every other file stays clean', () => {
        const folder = mkdtempSync(join(tmpdir(), 'provisio-half-typed-'));
        cpSync(join(projectRoot, 'examples/workspace'), folder, { recursive: true });
        const file = join(folder, 'aivd/P-2022-0031-ctp-facilitation-network.provisio');
        writeFileSync(file, readFileSync(file, 'utf8').replace(/ {4}necessity """[\s\S]*?"""\n/, '    necessity\n'));
        const run = runCli(['check', folder, '--format', 'json']);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(1);
        const results = JSON.parse(run.stdout) as LintResult[];
        const withFindings = results.filter(result => result.messages.length > 0);
        expect(withFindings.map(result => result.filePath)).toEqual([file]);
        expect(withFindings[0].messages.map(message => message.ruleId)).toEqual(['language/syntax']);
    });
});
