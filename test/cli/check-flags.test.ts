// The `provisio check` flags that choose files and set rules, and the configuration's
// `ignores` and `overrides`, through the built CLI run as a process.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { anotherProvisionWithoutConditions, cleanProvision, provisionWithoutConditions, registry } from './check-fixtures.js';
import { cliPath, folderWith, oneFindingALine, runCli } from './run-cli.js';

const conditionsWarning = 'states neither of the standard conditions';


/** A workspace with a configuration, a registry and provisions in two services' folders and a drafts folder. */
function workspace(config = 'rules: {}\n'): string {
    return folderWith({
        'provisio.config.yaml': config,
        'registry.provisio': registry,
        'aivd/p.provisio': provisionWithoutConditions,
        'mivd/m.provisio': anotherProvisionWithoutConditions('P-2022-0040'),
        'mivd/2022/n.provisio': anotherProvisionWithoutConditions('P-2022-0041'),
        'drafts/d.provisio': anotherProvisionWithoutConditions('P-2022-0042')
    });
}

const reported = (stdout: string) => [...new Set(oneFindingALine(stdout).split('\n').filter(line => line.includes(conditionsWarning)).map(line => line.split(':')[0]))].sort();

describe('quoted globs as paths', () => {
    test('a glob selects the matching files; the whole workspace still loads, so names resolve', () => {
        const run = runCli(['check', 'mivd/**/*.provisio'], workspace());
        expect(reported(run.stdout)).toEqual(['mivd/2022/n.provisio', 'mivd/m.provisio']);
        expect(run.stdout).toContain('in 2 files checked');
        expect(run.stdout).not.toContain('unknown');
        expect(run.status).toBe(0);
    });

    test('a glob that matches nothing is a usage error', () => {
        const run = runCli(['check', 'fiod/**/*.provisio'], workspace());
        expect(run.stderr).toBe('provisio: No .provisio files match fiod/**/*.provisio.\n');
        expect(run.status).toBe(2);
    });
});

describe('--ignore-pattern and the configuration\'s ignores', () => {
    test('--ignore-pattern leaves out matching files, gitignore style, relative to the working folder; it may be repeated', () => {
        const run = runCli(['check', '--ignore-pattern', 'drafts/', '--ignore-pattern', 'mivd/2022/**'], workspace());
        expect(reported(run.stdout)).toEqual(['aivd/p.provisio', 'mivd/m.provisio']);
        expect(run.stdout).toContain('in 3 files checked');
    });

    test('`ignores` in the configuration are relative to its folder, wherever the check is run from', () => {
        const folder = workspace('ignores:\n  - drafts/\n  - "*/2022/"\n');
        const run = runCli(['check', '.'], join(folder, 'mivd'));
        expect(reported(run.stdout)).toEqual(['m.provisio']);
        const all = runCli(['check'], folder);
        expect(reported(all.stdout)).toEqual(['aivd/p.provisio', 'mivd/m.provisio']);
    });

    test('a file ignored by the configuration is not checked even when named, and the run is clean', () => {
        const folder = workspace('ignores: [drafts/]\n');
        const run = runCli(['check', 'drafts/d.provisio'], folder);
        expect(run.stdout).toBe('No problems found (0 files checked).\n');
        expect(run.status).toBe(0);
    });

    test('an ignored file is not part of the workspace: a provision id it repeats is no duplicate', () => {
        const folder = folderWith({ 'provisio.config.yaml': 'ignores: [archive/]\n', 'registry.provisio': registry, 'p.provisio': cleanProvision, 'archive/old.provisio': cleanProvision });
        expect(runCli(['check'], folder).stdout).toBe('No problems found (2 files checked).\n');
        expect(runCli(['check'], folderWith({ 'registry.provisio': registry, 'p.provisio': cleanProvision, 'archive/old.provisio': cleanProvision })).status).toBe(1);
    });
});

describe('overrides', () => {
    const config = [
        'rules:',
        '  conditions/standard-conditions: error',
        'overrides:',
        '  - files: ["mivd/**"]',
        '    rules:',
        '      conditions/standard-conditions: info',
        '  - files: ["mivd/2022/"]',
        '    rules:',
        '      conditions/standard-conditions: off'
    ].join('\n');

    test('an override sets the rules of the files it matches; a later override wins', () => {
        const run = runCli(['check'], workspace(config));
        const lines = oneFindingALine(run.stdout).split('\n').filter(line => line.includes(conditionsWarning)).map(line => line.split('  ').slice(0, 2).join('  ').replace(/:\d+:\d+/, ''));
        expect(lines.sort()).toEqual(['aivd/p.provisio  error', 'drafts/d.provisio  error', 'mivd/m.provisio  info']);
        expect(run.status).toBe(1);
    });

    test('--rule applies over the configuration and every override', () => {
        const run = runCli(['check', '--rule', 'conditions/standard-conditions=warning'], workspace(config));
        expect(run.stdout).toContain('4 problems (0 errors, 4 warnings, 0 infos)');
    });

    test('a mistake in an override is located, with the rule that was meant, and nothing is checked', () => {
        const run = runCli(['check'], workspace('overrides:\n  - files: [mivd/]\n    rules:\n      conditions/standard-condition: off\n'));
        expect(run.stderr).toBe('provisio.config.yaml:4:7  error  Unknown rule `conditions/standard-condition`. Did you mean `conditions/standard-conditions`? Run `provisio rules` to list the rules.  config\n');
        expect(run.stdout).toBe('');
        expect(run.status).toBe(2);
    });
});

describe('--print-config', () => {
    test('prints the configuration for a file, with the overrides that apply and --rule, as JSON, and exits 0', () => {
        const folder = workspace('language: en\nignores: [drafts/]\noverrides:\n  - files: [mivd/]\n    rules:\n      scope/bounded: { severity: error, maxCategories: 3 }\n');
        const run = runCli(['check', '--print-config', 'mivd/m.provisio', '--rule', 'motivation/substantive=off'], folder);
        expect(run.status).toBe(0);
        const printed = JSON.parse(run.stdout);
        expect(printed).toMatchObject({
            file: 'mivd/m.provisio',
            configFile: 'provisio.config.yaml',
            ignored: false,
            language: 'en',
            ignores: ['drafts/'],
            overrides: [{ index: 0, files: ['mivd/'] }]
        });
        expect(printed.rules['scope/bounded']).toEqual({ severity: 'error', options: { maxCategories: 3, maxPeriodMonths: 24, maxBackgroundCheckPeriodMonths: 120 } });
        expect(printed.rules['motivation/substantive'].severity).toBe('off');
        expect(printed.rules['conditions/standard-conditions'].severity).toBe('warning');
    });

    test('an ignored file says so; a file outside the override keeps the rule\'s settings', () => {
        const folder = workspace('ignores: [drafts/]\noverrides:\n  - files: [mivd/]\n    rules:\n      scope/bounded: error\n');
        const draft = JSON.parse(runCli(['check', '--print-config', 'drafts/d.provisio'], folder).stdout);
        expect(draft.ignored).toBe(true);
        expect(draft.overrides).toEqual([]);
        expect(draft.rules['scope/bounded'].severity).toBe('warning');
    });
});

describe('--stdin --stdin-filename', () => {
    function withStdin(args: string[], cwd: string, input: string) {
        const env = { ...process.env, NO_COLOR: '1', LC_ALL: undefined, LANG: undefined, LC_MESSAGES: undefined };
        return spawnSync(process.execPath, [cliPath, ...args], { cwd, input, encoding: 'utf8', env: env as NodeJS.ProcessEnv, timeout: 20_000 });
    }

    test('the text on standard input is checked as that file, in its workspace, instead of the file on disk', () => {
        const folder = workspace();
        const fixed = withStdin(['check', '--stdin', '--stdin-filename', 'aivd/p.provisio'], folder, cleanProvision);
        expect(fixed.stdout).toBe('No problems found (1 file checked).\n');
        expect(fixed.status).toBe(0);
        const broken = withStdin(['check', '--stdin', '--stdin-filename', 'aivd/p.provisio'], folder, cleanProvision.replace(/ {4}necessity """[\s\S]*?"""\n/, ''));
        expect(oneFindingALine(broken.stdout)).toContain('aivd/p.provisio:1:11  error  Provision P-2022-0031 has no necessity motivation.');
        expect(broken.stdout).toContain('in 1 file checked');
        expect(broken.status).toBe(1);
    });

    test('a file that does not exist yet is checked in the workspace it would be in', () => {
        const run = withStdin(['check', '--stdin', '--stdin-filename', 'aivd/new.provisio'], workspace(), cleanProvision.replace('P-2022-0031', 'P-2022-0099'));
        // Its motivation repeats one on disk: the rest of the workspace is there.
        expect(oneFindingALine(run.stdout)).toBe([
            'aivd/new.provisio:11:5  warning  The necessity motivation of provision P-2022-0099 is the same text as that of provision P-2022-0031. Motivate this provision on its own.  motivation/substantive',
            '',
            '1 problem (0 errors, 1 warning, 0 infos) in 1 file checked.',
            ''
        ].join('\n'));
    });

    test('--stdin without a file name, with paths, or a file name without --stdin: usage errors', () => {
        const folder = workspace();
        expect(withStdin(['check', '--stdin'], folder, '').stderr).toContain('--stdin needs --stdin-filename');
        expect(withStdin(['check', '--stdin', '--stdin-filename', 'a.provisio', 'aivd'], folder, '').stderr).toContain('give no paths with it');
        expect(withStdin(['check', '--stdin-filename', 'a.provisio'], folder, '').stderr).toContain('--stdin-filename is only used with --stdin.');
        const notSource = withStdin(['check', '--stdin', '--stdin-filename', 'notes.txt'], folder, '');
        expect(notSource.stderr).toBe('provisio: notes.txt is not a .provisio file; --stdin-filename needs one.\n');
        expect(notSource.status).toBe(2);
    });
});

describe('--changed-since', () => {
    const git = (cwd: string, ...args: string[]) => {
        const run = spawnSync('git', ['-c', 'user.name=Provisio', '-c', 'user.email=dev@provisio.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' });
        expect(run.status, run.stderr).toBe(0);
        return run.stdout;
    };

    function repository(): string {
        const folder = workspace();
        git(folder, 'init', '-q', '-b', 'main');
        git(folder, 'add', '.');
        git(folder, 'commit', '-q', '-m', 'first');
        return folder;
    }

    test('only files changed since the ref, and untracked ones, are reported; the rest still load', () => {
        const folder = repository();
        expect(runCli(['check', '--changed-since', 'HEAD'], folder).stdout).toBe('No problems found (0 files checked).\n');
        writeFileSync(join(folder, 'mivd/m.provisio'), anotherProvisionWithoutConditions('P-2022-0040').replace('approved mandated-official', 'approved head-of-service'));
        writeFileSync(join(folder, 'aivd/new.provisio'), anotherProvisionWithoutConditions('P-2022-0050'));
        const run = runCli(['check', '--changed-since', 'HEAD'], folder);
        expect(reported(run.stdout)).toEqual(['aivd/new.provisio', 'mivd/m.provisio']);
        expect(run.stdout).toContain('in 2 files checked');
        expect(run.stdout).not.toContain('unknown');
        // Within the asked paths only.
        expect(reported(runCli(['check', 'mivd', '--changed-since', 'HEAD'], folder).stdout)).toEqual(['mivd/m.provisio']);
    });

    test('a repository reached through a link gives the same files', () => {
        const folder = repository();
        writeFileSync(join(folder, 'aivd/new.provisio'), anotherProvisionWithoutConditions('P-2022-0050'));
        const parent = mkdtempSync(join(tmpdir(), 'provisio-link-'));
        symlinkSync(folder, join(parent, 'linked'));
        expect(reported(runCli(['check', 'linked', '--changed-since', 'HEAD'], parent).stdout)).toEqual(['linked/aivd/new.provisio']);
    });

    test('a committed change counts against an older ref', () => {
        const folder = repository();
        writeFileSync(join(folder, 'aivd/p.provisio'), cleanProvision);
        git(folder, 'commit', '-q', '-am', 'second');
        const run = runCli(['check', '--changed-since', 'HEAD~1'], folder);
        expect(run.stdout).toBe('No problems found (1 file checked).\n');
    });

    test('a ref git does not know, or a folder outside a repository, is a usage error', () => {
        const folder = repository();
        const badRef = runCli(['check', '--changed-since', 'no-such-branch'], folder);
        expect(badRef.stderr).toBe('provisio: --changed-since: git knows no commit, branch or tag no-such-branch.\n');
        expect(badRef.status).toBe(2);
        const outside = workspace();
        const notRepository = runCli(['check', '--changed-since', 'main'], outside);
        expect(notRepository.stderr).toMatch(/^provisio: --changed-since needs a git repository, and .* is not in one\.\n$/);
        expect(notRepository.status).toBe(2);
    });
});

describe('--report-suppressions', () => {
    const suppressed = '// provisio-disable-next-line conditions/standard-conditions until 2099-12-31 approved-by "J. de Vries" -- Westland applies the third-party rule by treaty.\n' + provisionWithoutConditions;

    test('lists each suppressed finding with its reason, expiry date and approver, under the findings', () => {
        const folder = folderWith({ 'registry.provisio': registry, 'p.provisio': suppressed });
        const run = runCli(['check', '--report-suppressions'], folder);
        expect(run.stdout).toBe([
            'No problems found (2 files checked).',
            '',
            'Suppressed findings (1):',
            'p.provisio:2:11  warning  Provision P-2022-0031 states neither of the standard conditions `third-party-rule` and `intelligence-use-only`. Add both to its conditions.  conditions/standard-conditions',
            '    reason: Westland applies the third-party rule by treaty.; until: 2099-12-31; approved by: J. de Vries; by the comment on line 1',
            ''
        ].join('\n'));
        expect(run.status).toBe(0);
        expect(runCli(['check'], folder).stdout).toBe('No problems found (2 files checked).\n');
    });

    test('in Dutch, and says so when nothing was suppressed', () => {
        const folder = folderWith({ 'registry.provisio': registry, 'p.provisio': suppressed });
        expect(runCli(['check', '--report-suppressions', '--lang', 'nl'], folder).stdout).toContain('    reden: Westland applies the third-party rule by treaty.; tot en met: 2099-12-31; goedgekeurd door: J. de Vries; door het commentaar op regel 1');
        const clean = folderWith({ 'registry.provisio': registry, 'p.provisio': cleanProvision });
        expect(runCli(['check', '--report-suppressions'], clean).stdout).toBe('No problems found (2 files checked).\n\nNo findings were suppressed.\n');
    });
});

describe('--help of check', () => {
    test('lists the flags with their choices and defaults, in English and Dutch', () => {
        const help = runCli(['check', '--help']).stdout.replace(/\s+/g, ' ');
        expect(help).toContain('--fail-level <severity> the lowest severity that makes the exit status 1 (hints never do) (choices: "error", "warning", "info", default: "error")');
        expect(help).toContain('--quiet report errors only: warnings, infos and hints are neither shown nor counted (default: false)');
        for (const flag of ['--rule <id=severity>', '--print-config <file>', '--ignore-pattern <pattern>', '--stdin-filename <file>', '--changed-since <ref>', '--report-suppressions', '--stdin check the text on standard input instead of files (default: false)']) {
            expect(help).toContain(flag);
        }
        const dutch = runCli(['check', '--help', '--lang', 'nl']).stdout.replace(/\s+/g, ' ');
        expect(dutch).toContain('--fail-level <severity> de laagste ernst die de afsluitstatus 1 maakt (hints nooit) (keuzes: "error", "warning", "info", standaard: "error")');
        expect(dutch).toContain('--changed-since <ref> meld alleen bestanden die sinds deze git-ref zijn gewijzigd');
    });
});
