// The exit status of `provisio check` at every edge: 0 clean (or below the fail level and the
// warning limit), 1 findings that fail the run, 2 usage errors. The built CLI, run as a process.
import { describe, expect, test } from 'vitest';
import { anotherProvisionWithoutConditions, cleanProvision, provisionWithoutConditions, registry } from './check-fixtures.js';
import { folderWith, runCli } from './run-cli.js';

/** A workspace whose one finding is conditions/standard-conditions; `--rule` sets its severity. */
const oneFinding = () => folderWith({ 'registry.provisio': registry, 'p.provisio': provisionWithoutConditions });

/** Two provisions without conditions: two findings of conditions/standard-conditions. */
const twoFindings = () => folderWith({
    'registry.provisio': registry,
    'p.provisio': provisionWithoutConditions,
    'q.provisio': anotherProvisionWithoutConditions('P-2022-0032')
});

const severity = (level: string) => ['--rule', `conditions/standard-conditions=${level}`];

describe('--fail-level: which severities make the exit status 1', () => {
    const folder = oneFinding();
    // The finding's severity, and the exit status at fail level error, warning and info.
    const matrix: Array<[string, { error: number; warning: number; info: number }]> = [
        ['off', { error: 0, warning: 0, info: 0 }],
        ['hint', { error: 0, warning: 0, info: 0 }],
        ['info', { error: 0, warning: 0, info: 1 }],
        ['warning', { error: 0, warning: 1, info: 1 }],
        ['error', { error: 1, warning: 1, info: 1 }]
    ];
    for (const [level, expected] of matrix) {
        test(`a finding of severity ${level}`, () => {
            for (const failLevel of ['error', 'warning', 'info'] as const) {
                const run = runCli(['check', ...severity(level), '--fail-level', failLevel], folder);
                expect({ failLevel, status: run.status, stderr: run.stderr }).toEqual({ failLevel, status: expected[failLevel], stderr: '' });
            }
        });
    }

    test('without --fail-level, only errors fail: the default is error', () => {
        expect(runCli(['check', ...severity('warning')], folder).status).toBe(0);
        expect(runCli(['check', ...severity('error')], folder).status).toBe(1);
    });
});

describe('--max-warnings at its limit and one over', () => {
    const folder = twoFindings();

    test('two warnings: a limit of 2 passes, a limit of 1 fails with the count on standard error', () => {
        const atLimit = runCli(['check', '--max-warnings', '2'], folder);
        expect(atLimit.stdout).toContain('2 problems (0 errors, 2 warnings, 0 infos)');
        expect(atLimit.status).toBe(0);
        const over = runCli(['check', '--max-warnings', '1'], folder);
        expect(over.status).toBe(1);
        expect(over.stderr).toBe('Too many warnings: 2, and --max-warnings allows 1.\n');
    });

    test('-1 is no limit, and infos do not count as warnings', () => {
        expect(runCli(['check', '--max-warnings', '-1'], folder).status).toBe(0);
        expect(runCli(['check', '--max-warnings', '0', ...severity('info')], folder).status).toBe(0);
    });

    test('an error fails the run whatever the warning limit', () => {
        expect(runCli(['check', '--max-warnings', '5', ...severity('error')], folder).status).toBe(1);
    });

    test('a limit that is not a whole number of -1 or more is a usage error', () => {
        for (const limit of ['-2', '1.5', 'many', '']) {
            const run = runCli(['check', '--max-warnings', limit], folder);
            expect(run.status).toBe(2);
            expect(run.stderr).toContain('Expected a whole number of 0 or more, or -1 for no limit.');
        }
    });
});

describe('--quiet keeps errors only, before anything is counted', () => {
    const folder = twoFindings();

    test('warnings are neither shown nor counted against --max-warnings or --fail-level', () => {
        const quiet = runCli(['check', '--quiet', '--max-warnings', '0', '--fail-level', 'warning'], folder);
        expect(quiet.stdout).toBe('No problems found (3 files checked).\n');
        expect(quiet.status).toBe(0);
        // The same run without --quiet fails on both counts.
        expect(runCli(['check', '--max-warnings', '0', '--fail-level', 'warning'], folder).status).toBe(1);
    });

    test('errors are still shown and still fail the run', () => {
        const run = runCli(['check', '--quiet', ...severity('error')], folder);
        expect(run.stdout).toContain('2 problems (2 errors, 0 warnings, 0 infos)');
        expect(run.status).toBe(1);
    });

    test('a clean workspace exits 0 with every combination', () => {
        const clean = folderWith({ 'registry.provisio': registry, 'p.provisio': cleanProvision });
        expect(runCli(['check', '--quiet', '--max-warnings', '0', '--fail-level', 'info'], clean).status).toBe(0);
    });
});

describe('usage errors exit with 2', () => {
    const folder = oneFinding();

    test('an unknown fail level', () => {
        const run = runCli(['check', '--fail-level', 'hint'], folder);
        expect(run.status).toBe(2);
        expect(run.stderr).toContain('Allowed choices are error, warning, info.');
    });

    test('an unknown rule in --rule, with the rule that was meant', () => {
        const run = runCli(['check', '--rule', 'conditions/standard-condition=error'], folder);
        expect(run.stderr).toBe('provisio: Unknown rule conditions/standard-condition in --rule. Did you mean conditions/standard-conditions? Run `provisio rules` to list the rules.\n');
        expect(run.status).toBe(2);
    });

    test('a --rule without a severity, or with one that does not exist', () => {
        const missing = runCli(['check', '--rule', 'scope/bounded'], folder);
        expect(missing.stderr).toBe('provisio: --rule expects id=severity, such as motivation/substantive=error, not scope/bounded.\n');
        expect(missing.status).toBe(2);
        const wrong = runCli(['check', '--rule', 'scope/bounded=fatal'], folder);
        expect(wrong.stderr).toBe('provisio: The severity of scope/bounded in --rule must be one of error, warning, info, hint, off, not fatal.\n');
        expect(wrong.status).toBe(2);
    });
});
