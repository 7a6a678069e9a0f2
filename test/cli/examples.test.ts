// The shipped examples are the product's demonstration: the workspace is clean, and each
// defects file shows its rule. Checked with the built CLI, exactly as the README runs it.
import { basename, relative } from 'node:path';
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
});
