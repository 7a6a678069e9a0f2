// The built `provisio` command, run as a process: output formats, exit codes, bad input.
import { chmodSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { rules as registeredRules } from '../../src/rules/registry.js';
import { folderWith, oneFindingALine, runCli } from './run-cli.js';

const registry = `classification "DEPARTEMENTAAL VERTROUWELIJK"
service AIVD "Algemene Inlichtingen- en Veiligheidsdienst"
recipient WestlandNIS "Westland National Intelligence Service" {
    weighing-note WN-2022-02 {
        assessed 2022-01-10 method joint
        review-due 2024-01-10
        democratic-anchoring adequate
        human-rights adequate
        professionalism adequate
        legal-powers adequate
        data-protection adequate
        permits analytical, personal-data
    }
}
`;

const cleanProvision = `provision P-2022-0031 {
    by AIVD
    to WestlandNIS
    date 2022-03-01
    data {
        form analytical
        subjects 2 "members of a network planning an attack in the Netherlands"
        categories identity, travel
        period 2021-09-01 to 2022-02-28
    }
    necessity """
        Westland's service is investigating the same network and holds the flight bookings
        that show when the two members meet abroad. Sharing the identity and travel data of
        these two members lets Westland match its bookings to them and warn us in time.
    """
    conditions third-party-rule, intelligence-use-only
    approved mandated-official on 2022-02-27
}
`;

/** The clean provision without its conditions: one warning. */
const provisionWithoutConditions = cleanProvision.replace('    conditions third-party-rule, intelligence-use-only\n', '');

describe('provisio check', () => {
    test('a clean workspace: no findings, a count, exit 0', () => {
        const folder = folderWith({ 'registry.provisio': registry, 'cases/p.provisio': cleanProvision });
        const run = runCli(['check', '.'], folder);
        expect(run.stdout).toBe('No problems found (2 files checked).\n');
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
    });

    test('findings print grouped under their file (line:col  severity  message  rule-id), then the totals', () => {
        const folder = folderWith({ 'registry.provisio': registry, 'cases/p.provisio': provisionWithoutConditions });
        const run = runCli(['check'], folder);
        expect(run.stdout).toBe([
            'cases/p.provisio',
            '  1:11  warning  Provision P-2022-0031 states neither of the standard conditions `third-party-rule` and `intelligence-use-only`. Add both to its conditions.  conditions/standard-conditions',
            '',
            '1 problem (0 errors, 1 warning, 0 infos) in 2 files checked.',
            ''
        ].join('\n'));
        expect(run.status).toBe(0);
    });

    test('errors exit with 1', () => {
        const folder = folderWith({ 'registry.provisio': registry, 'p.provisio': cleanProvision.replace(/ {4}necessity """[\s\S]*?"""\n/, '') });
        const run = runCli(['check', 'p.provisio', 'registry.provisio'], folder);
        expect(oneFindingALine(run.stdout)).toContain('p.provisio:1:11  error  Provision P-2022-0031 has no necessity motivation.');
        expect(run.stdout).toContain('motivation/necessity-required');
        expect(run.status).toBe(1);
    });

    test('--max-warnings: more warnings than allowed exit with 1, as many as allowed exit with 0', () => {
        const folder = folderWith({ 'registry.provisio': registry, 'p.provisio': provisionWithoutConditions });
        const over = runCli(['check', '--max-warnings', '0'], folder);
        expect(over.status).toBe(1);
        expect(over.stderr).toBe('Too many warnings: 1, and --max-warnings allows 0.\n');
        expect(runCli(['check', '--max-warnings', '1'], folder).status).toBe(0);
        expect(runCli(['check', '--max-warnings', '-1'], folder).status).toBe(0);
        expect(runCli(['check', '--max-warnings', ''], folder).status).toBe(2);
    });

    test('hints are counted apart from infos', () => {
        const folder = folderWith({
            'provisio.config.yaml': 'rules:\n  conditions/standard-conditions: hint\n',
            'registry.provisio': registry,
            'p.provisio': provisionWithoutConditions
        });
        expect(runCli(['check'], folder).stdout).toContain('1 problem (0 errors, 0 warnings, 0 infos, 1 hint) in 2 files checked.');
    });

    test('a file checked on its own resolves names from the rest of its workspace, and only it is reported', () => {
        const folder = folderWith({ 'registry.provisio': registry, 'p.provisio': cleanProvision, 'other.provisio': 'provision P-OTHER { }\n' });
        const alone = runCli(['check', 'p.provisio'], folder);
        expect(alone.stdout).toBe('No problems found (1 file checked).\n');
        expect(alone.status).toBe(0);
    });

    test('--format json follows the shape of ESLint\'s JSON formatter', () => {
        const folder = folderWith({ 'registry.provisio': registry, 'p.provisio': provisionWithoutConditions });
        const run = runCli(['check', '--format', 'json'], folder);
        expect(run.status).toBe(0);
        const results = JSON.parse(run.stdout);
        const closingBrace = provisionWithoutConditions.lastIndexOf('}');
        // A rule finding names its sentence in the rule's catalogue, the same in every language.
        const messageId = results[0].messages[0].messageId;
        expect(messageId).toEqual(expect.any(String));
        expect(results).toEqual([
            {
                filePath: join(folder, 'p.provisio'),
                messages: [{
                    ruleId: 'conditions/standard-conditions',
                    messageId,
                    severity: 1,
                    severityName: 'warning',
                    message: expect.stringContaining('states neither of the standard conditions `third-party-rule` and `intelligence-use-only`'),
                    line: 1, column: 11, endLine: 1, endColumn: 22,
                    fix: { range: [closingBrace, closingBrace], text: '    conditions third-party-rule, intelligence-use-only\n' }
                }],
                suppressedMessages: [],
                errorCount: 0, fatalErrorCount: 0, warningCount: 1, fixableErrorCount: 0, fixableWarningCount: 1
            },
            { filePath: join(folder, 'registry.provisio'), messages: [], suppressedMessages: [], errorCount: 0, fatalErrorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 }
        ]);
    });

    test('a syntax error is a located, fatal error, not a stack trace', () => {
        const folder = folderWith({ 'registry.provisio': registry, 'p.provisio': cleanProvision.replace('    date 2022-03-01', '    dat 2022-03-01') });
        const text = runCli(['check'], folder);
        expect(oneFindingALine(text.stdout)).toContain('p.provisio:4:5  error  `dat` is not a clause of a provision. Did you mean `date`?');
        expect(text.stdout).toContain('language/syntax');
        expect(text.stderr).toBe('');
        expect(text.status).toBe(1);
        const [result] = JSON.parse(runCli(['check', '-f', 'json', 'p.provisio', 'registry.provisio'], folder).stdout);
        expect(result.messages[0]).toMatchObject({ ruleId: 'language/syntax', messageId: null, severity: 2, fatal: true, line: 4, column: 5 });
        expect(result.fatalErrorCount).toBe(1);
    });

    test('folders are searched recursively for .provisio files, skipping hidden folders and node_modules', () => {
        const folder = folderWith({
            'a/b/c/registry.provisio': registry,
            'a/p.provisio': cleanProvision,
            'a/notes.txt': 'not a justification',
            '.hidden/x.provisio': 'garbage that would not parse {',
            'node_modules/pkg/y.provisio': 'garbage that would not parse {'
        });
        expect(runCli(['check', 'a'], folder).stdout).toBe('No problems found (2 files checked).\n');
    });
});

describe('bad input exits with 2 and a clear message', () => {
    test('a path that does not exist', () => {
        const run = runCli(['check', 'missing/folder'], folderWith({}));
        expect(run).toEqual({ status: 2, stdout: '', stderr: 'provisio: missing/folder: no such file or folder.\n' });
    });

    test('a file that is not a .provisio file', () => {
        const run = runCli(['check', 'notes.txt'], folderWith({ 'notes.txt': 'hello' }));
        expect(run).toEqual({ status: 2, stdout: '', stderr: 'provisio: notes.txt: not a .provisio file.\n' });
    });

    test('a folder without .provisio files', () => {
        const run = runCli(['check', 'empty'], folderWith({ 'empty/readme.md': '' }));
        expect(run).toEqual({ status: 2, stdout: '', stderr: 'provisio: No .provisio files found in empty.\n' });
    });

    test.skipIf(process.getuid?.() === 0)('an unreadable file', () => {
        const folder = folderWith({ 'p.provisio': cleanProvision });
        chmodSync(join(folder, 'p.provisio'), 0o000);
        const run = runCli(['check', 'p.provisio'], folder);
        expect({ ...run, stdout: oneFindingALine(run.stdout) }).toEqual({ status: 2, stderr: '', stdout: expect.stringContaining('p.provisio:1:1  error  Cannot read this file: permission denied.  language/unreadable-file') });
    });

    test('a file that cannot be read is reported on the file, and the run exits with 2', () => {
        const folder = folderWith({});
        symlinkSync('loop.provisio', join(folder, 'loop.provisio'));
        const run = runCli(['check', 'loop.provisio'], folder);
        expect(run).toEqual({
            status: 2,
            stderr: '',
            stdout: 'loop.provisio\n  1:1  error  Cannot read this file: it is a symbolic link that points to itself, directly or through others.  language/unreadable-file\n\n1 problem (1 error, 0 warnings, 0 infos) in 1 file checked.\n'
        });
    });

    test('an unknown option or format', () => {
        const format = runCli(['check', '--format', 'xml'], folderWith({}));
        expect(format.status).toBe(2);
        expect(format.stderr).toContain("argument 'xml' is invalid. Allowed choices are stylish, json, json-with-metadata, sarif, junit, github, gitlab, markdown.");
        const option = runCli(['check', '--frobnicate'], folderWith({}));
        expect(option.status).toBe(2);
        expect(option.stderr).toContain("unknown option '--frobnicate'");
        expect(runCli(['check', '--max-warnings', 'many'], folderWith({})).stderr).toContain('Expected a whole number of 0 or more, or -1 for no limit.');
    });

    test('an unknown command', () => {
        const run = runCli(['lint'], folderWith({}));
        expect(run.status).toBe(2);
        expect(run.stderr).toContain("unknown command 'lint'");
    });

    test('a bad configuration is reported with its location and nothing is checked', () => {
        const folder = folderWith({
            'provisio.config.yaml': 'rules:\n  motivation/substantiv: warning\n  scope/bounded:\n    maxPeriodMonths: -1\n',
            'registry.provisio': registry,
            'p.provisio': cleanProvision
        });
        const run = runCli(['check'], folder);
        expect(run.status).toBe(2);
        expect(run.stdout).toBe('');
        expect(run.stderr).toBe([
            'provisio.config.yaml:2:3  error  Unknown rule `motivation/substantiv`. Did you mean `motivation/substantive`? Run `provisio rules` to list the rules.  config',
            'provisio.config.yaml:4:22  error  Option `maxPeriodMonths` of `scope/bounded` must be a whole number of at least 1, not -1.  config',
            ''
        ].join('\n'));
    });
});

describe('configuration', () => {
    test('the nearest provisio.config.* above each file sets severities and options', () => {
        const folder = folderWith({
            'provisio.config.yaml': 'rules:\n  conditions/standard-conditions: error\n',
            'registry.provisio': registry,
            'team/p.provisio': provisionWithoutConditions,
            // q's motivation is p's with two words changed; the near-copy finding is turned off with the rest.
            'other/provisio.config.json': '{ "rules": { "conditions/standard-conditions": "off", "motivation/near-copy": "off" } }',
            'other/q.provisio': provisionWithoutConditions.replace('P-2022-0031', 'P-2022-0032').replace('Westland\'s service', 'The Westland service')
        });
        const run = runCli(['check'], folder);
        expect(oneFindingALine(run.stdout)).toContain('team/p.provisio:1:11  error  Provision P-2022-0031 states neither of the standard conditions');
        expect(run.stdout).not.toContain('other/q.provisio');
        expect(run.status).toBe(1);
    });

    test('--config applies one file to everything checked', () => {
        const folder = folderWith({
            'strict.yaml': 'rules:\n  motivation/substantive:\n    minWords: 200\n',
            'registry.provisio': registry,
            'p.provisio': cleanProvision
        });
        const run = runCli(['check', '--config', 'strict.yaml'], folder);
        expect(run.stdout).toContain('at least 200 are expected');
        expect(runCli(['check', '--config', 'absent.yaml'], folder)).toMatchObject({ status: 2, stderr: 'absent.yaml:1:1  error  Cannot read configuration: the file does not exist.  config\n' });
        expect(runCli(['check', '--config', '.'], folder)).toMatchObject({ status: 2, stderr: '.:1:1  error  Cannot read configuration: it is a folder, not a regular file; Provisio reads only regular files.  config\n' });
    });

    test('provisio.config.json may have comments; its problems keep their lines', () => {
        const folder = folderWith({
            'provisio.config.json': '{\n  // The standard conditions are checked in review.\n  "rules": { "conditions/standard-conditions": "off", },\n  "maxFileSize": "lots"\n}\n',
            'registry.provisio': registry,
            'p.provisio': provisionWithoutConditions
        });
        const run = runCli(['check'], folder);
        expect(run.stderr).toBe('provisio.config.json:4:18  error  `maxFileSize` must be a size such as 20MB, 500KB or a number of bytes, not "lots".  config\n');
        expect(run.status).toBe(2);
    });

    test('a configuration above the repository root is not used', () => {
        const folder = folderWith({
            'provisio.config.yaml': 'rules:\n  conditions/standard-conditions: off\n',
            'repo/.git/HEAD': 'ref: refs/heads/main\n',
            'repo/registry.provisio': registry,
            'repo/p.provisio': provisionWithoutConditions
        });
        expect(runCli(['check'], join(folder, 'repo')).stdout).toContain('conditions/standard-conditions');
    });
});

describe('provisio rules', () => {
    test('lists every rule with its default severity', () => {
        const run = runCli(['rules']);
        expect(run.status).toBe(0);
        expect(run.stdout.split('\n')[0]).toMatch(/^rule\s+default\s+checks$/);
        expect(run.stdout).toMatch(/^motivation\/necessity-required\s+error\s+Every provision, background check and umbrella states a necessity motivation\.$/m);
    });

    test('--format json gives the registry\'s metadata', () => {
        const rules = JSON.parse(runCli(['rules', '--format', 'json']).stdout);
        expect(rules.map((rule: { id: string }) => rule.id)).toEqual(registeredRules.map(rule => rule.id));
        expect(rules.find((rule: { id: string }) => rule.id === 'motivation/substantive')).toMatchObject({
            defaultSeverity: 'warning',
            dutchTerm: 'motivering',
            domainRule: 2,
            options: { minWords: { type: 'integer', default: 25, minimum: 1 } },
            fix: null
        });
    });
});

describe('help and version', () => {
    test('--help lists the commands and exits 0', () => {
        const run = runCli(['--help']);
        expect(run.status).toBe(0);
        expect(run.stdout).toContain('check [options] [paths...]');
        expect(run.stdout).toContain('rules [options]');
    });

    test('--version prints the package version', () => {
        expect(runCli(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    });
});
