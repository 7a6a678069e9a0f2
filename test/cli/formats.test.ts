// Every output format of `provisio check`, run as a process on the examples: golden output
// (rewrite with `npm run update-golden`), SARIF against the official 2.1.0 schema, JUnit read
// back with an XML parser, GitLab Code Quality against its documented fields, GitHub
// annotations and their escaping, repeated -f/-o, and output files written whole or not at all.
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Ajv } from 'ajv';
import AjvDraft04Module from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';
import { XMLParser } from 'fast-xml-parser';
import type * as Sarif from 'sarif';
import { describe, expect, test } from 'vitest';
import { escapeData, escapeProperty } from '../../src/cli/formatters/github.js';
import { formatters } from '../../src/cli/formatters/registry.js';
import type { LintResult } from '../../src/cli/lint-results.js';
import { cliPath, folderWith, projectRoot, runCli } from './run-cli.js';

const testdata = join(projectRoot, 'test/cli/testdata/formats');
const updateGolden = process.env.UPDATE_GOLDEN === '1';
const extension: Record<string, string> = { stylish: 'txt', json: 'json', 'json-with-metadata': 'json', sarif: 'sarif', junit: 'xml', github: 'txt', gitlab: 'json', markdown: 'md' };
/** No CI's variables reach the runs: the output must not depend on where the tests run. */
const quiet = { GITHUB_STEP_SUMMARY: undefined, FORCE_COLOR: undefined, FORCE_HYPERLINK: undefined };

/** The output with this checkout's folder and the package's docs address replaced, so the golden files hold on every machine. */
function machineIndependent(text: string): string {
    const rootUrl = pathToFileURL(projectRoot).href;
    return text
        .replace(/file:\/\/\/[^"\s)]*?docs\/rules\//g, '<docs>/docs/rules/')
        .split(rootUrl).join('file:///<root>')
        .split(JSON.stringify(projectRoot).slice(1, -1)).join('<root>')
        .replace(/("name": "Provisio",\s*"version": )"[^"]*"/, '$1"<version>"');
}

function check(args: string[], cwd = projectRoot, environment: Record<string, string | undefined> = {}) {
    return runCli(['check', ...args], cwd, { ...quiet, ...environment });
}

const outputs = new Map<string, string>();
/** `provisio check examples -f <format>`, run once per format and language. */
/** What the JSON format reports for the example defects; every other format must account for the same findings. */
function defectFindings(): Array<{ severityName: string }> {
    return (JSON.parse(check(['examples/defects', '-f', 'json']).stdout) as Array<{ messages: Array<{ severityName: string }> }>).flatMap(result => result.messages);
}

function provisioFilesIn(folder: string): number {
    return readdirSync(join(projectRoot, folder), { recursive: true }).filter(file => String(file).endsWith('.provisio')).length;
}

function examplesIn(format: string, language = 'en'): string {
    const key = `${format}.${language}`;
    if (!outputs.has(key)) {
        const run = check(['examples', '-f', format, '--lang', language]);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(1);
        outputs.set(key, run.stdout);
    }
    return outputs.get(key)!;
}

/** ajv-draft-04 is CommonJS: its class is the module and also its `default`. */
type AjvDraft04Class = typeof AjvDraft04Module.default;
const addFormats = (addFormatsModule as unknown as { default?: typeof addFormatsModule.default }).default ?? (addFormatsModule as unknown as typeof addFormatsModule.default);
const AjvDraft04: AjvDraft04Class = (AjvDraft04Module as unknown as { default?: AjvDraft04Class }).default ?? (AjvDraft04Module as unknown as AjvDraft04Class);

function sarifValidator() {
    // The schema's pattern for `language` is not valid as a Unicode regular expression; it is as a plain one.
    const ajv = new AjvDraft04({ strict: false, allErrors: true, unicodeRegExp: false });
    addFormats(ajv);
    return ajv.compile(JSON.parse(readFileSync(join(projectRoot, 'test/cli/schemas/sarif-schema-2.1.0.json'), 'utf8')));
}

describe('golden output of every format on the examples', () => {
    const cases = [...formatters.map(formatter => [formatter.name, 'en']), ['markdown', 'nl'], ['junit', 'nl'], ['sarif', 'nl']];
    for (const [format, language] of cases) {
        test(`${format} in ${language}`, () => {
            const output = machineIndependent(examplesIn(format, language));
            const golden = join(testdata, `examples.${format}.${language}.${extension[format]}`);
            if (updateGolden || !existsSync(golden)) {
                mkdirSync(testdata, { recursive: true });
                writeFileSync(golden, output);
            }
            expect(output).toBe(readFileSync(golden, 'utf8'));
        });
    }

    test('no golden file is left over from a format that is gone', () => {
        const expected = new Set(cases.map(([format, language]) => `examples.${format}.${language}.${extension[format]}`));
        expect(readdirSync(testdata).filter(name => !expected.has(name))).toEqual([]);
    });

    test('`text` is another name for stylish, and stylish is the default', () => {
        expect(check(['examples/defects', '-f', 'text']).stdout).toBe(check(['examples/defects']).stdout);
        expect(check(['examples/defects']).stdout).toMatch(/^examples\/defects\/approval-oversight-notified\.provisio\n {2}13:14 {2}error {2}Provision P-2022-D15 .* {2}approval\/oversight-notified\n\n/);
    });
});

describe('json', () => {
    test('info findings have ESLint severity 1, not 0 (which ESLint readers take for "off"), and keep their severityName', () => {
        const results = JSON.parse(examplesIn('json')) as LintResult[];
        const infos = results.flatMap(result => result.messages).filter(message => message.severityName === 'info');
        expect(infos.length).toBeGreaterThan(0);
        expect(new Set(infos.map(message => message.severity))).toEqual(new Set([1]));
    });

    test('json-with-metadata describes every rule that occurs, with its page and whether it can fix', () => {
        const { results, metadata } = JSON.parse(examplesIn('json-with-metadata')) as { results: LintResult[]; metadata: { rulesMeta: Record<string, { docs: { description: string; url: string }; fixable?: string }> } };
        const ids = new Set(results.flatMap(result => result.messages).map(message => message.ruleId));
        expect(Object.keys(metadata.rulesMeta).sort()).toEqual([...ids].sort());
        expect(metadata.rulesMeta['risk/mitigation-required'].docs.description).toMatch(/^A recipient with an elevated risk profile/);
        expect(metadata.rulesMeta['risk/mitigation-required'].docs.url).toMatch(/^file:\/\/\/.*docs\/rules\/risk\/mitigation-required\.md$/);
    });
});

describe('sarif', () => {
    test('the log of the examples is valid SARIF 2.1.0, with every rule described and a page for each', () => {
        const log = JSON.parse(examplesIn('sarif')) as Sarif.Log;
        const validate = sarifValidator();
        expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
        const run = log.runs[0];
        const rules = run.tool.driver.rules ?? [];
        expect(rules.length).toBeGreaterThanOrEqual(17);
        for (const rule of rules.filter(rule => !rule.id.startsWith('language/'))) {
            expect(rule.fullDescription?.text.length, rule.id).toBeGreaterThan(40);
            expect(rule.helpUri, rule.id).toMatch(new RegExp(`docs/rules/${rule.id}\\.md$`));
        }
        for (const result of run.results ?? []) {
            expect(rules[result.ruleIndex ?? -1]?.id).toBe(result.ruleId);
            expect(result.locations?.[0].physicalLocation?.artifactLocation?.uri).toMatch(/^examples\//);
        }
        expect(run.invocations?.[0].executionSuccessful).toBe(true);
    });

    test('in Dutch the rules and findings are described in Dutch', () => {
        const log = JSON.parse(examplesIn('sarif', 'nl')) as Sarif.Log;
        const rule = log.runs[0].tool.driver.rules!.find(candidate => candidate.id === 'motivation/necessity-required')!;
        expect(rule.shortDescription?.text).not.toBe(JSON.parse(examplesIn('sarif')).runs[0].tool.driver.rules[0].shortDescription.text);
        expect(log.runs[0].language).toBe('nl');
    });

    test('partial fingerprints stay the same when lines move and change when the finding changes', () => {
        const folder = mkdtempSync(join(tmpdir(), 'provisio-sarif-'));
        cpSync(join(projectRoot, 'examples'), folder, { recursive: true });
        const fingerprints = () => {
            const log = JSON.parse(check(['defects', '-f', 'sarif'], folder).stdout) as Sarif.Log;
            return new Map(log.runs[0].results!.map(result => [`${result.ruleId} ${result.locations![0].physicalLocation!.artifactLocation!.uri}`, { print: result.partialFingerprints!['provisio/v2'], line: result.locations![0].physicalLocation!.region!.startLine }]));
        };
        const before = fingerprints();
        const defect = join(folder, 'defects/risk-mitigation-required.provisio');
        writeFileSync(defect, '// A note added above, so every line moves down.\n\n\n' + readFileSync(defect, 'utf8').replace('    date 2022-05-03', '      date   2022-05-03'));
        const after = fingerprints();
        const key = 'risk/mitigation-required defects/risk-mitigation-required.provisio';
        expect(after.get(key)?.line).toBe((before.get(key)?.line ?? 0) + 3);
        for (const [finding, { print }] of before) {
            expect(after.get(finding)?.print, finding).toBe(print);
        }
        writeFileSync(defect, readFileSync(defect, 'utf8').replace('to EastmarkGIS', 'to EastmarkGIS '));
        expect(fingerprints().get(key)!.print).toBe(before.get(key)!.print);
        writeFileSync(defect, readFileSync(defect, 'utf8').replace('provision P-2022-D04', 'provision P-2022-D40'));
        expect(fingerprints().get(key)!.print).not.toBe(before.get(key)!.print);
    });

    test('suppressed findings with their reason, a file that does not parse and one that could not be read: the log stays valid', () => {
        const folder = mkdtempSync(join(tmpdir(), 'provisio-sarif-'));
        cpSync(join(projectRoot, 'examples'), folder, { recursive: true });
        const defect = join(folder, 'defects/risk-mitigation-required.provisio');
        writeFileSync(defect, readFileSync(defect, 'utf8').replace('    to EastmarkGIS\n', '    // provisio-disable-next-line risk/mitigation-required until 2099-12-31 approved-by "J. de Vries" -- Accepted by the head of service on 2022-05-02, see memo 17\n    to EastmarkGIS\n'));
        writeFileSync(join(folder, 'defects/broken.provisio'), 'provision P-2099-X1 "half written" {\n    by AIVD\n    to \n');
        writeFileSync(join(folder, 'defects/large.provisio'), `// ${'x'.repeat(300_000)}\n`);
        const run = check(['defects', '-f', 'sarif', '--max-file-size', '200KB'], folder);
        expect(run.status).toBe(2);
        const log = JSON.parse(run.stdout) as Sarif.Log;
        const validate = sarifValidator();
        expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
        const results = log.runs[0].results!;
        const suppressed = results.find(result => result.ruleId === 'risk/mitigation-required')!;
        expect(suppressed.suppressions).toEqual([{ kind: 'inSource', status: 'accepted', justification: 'Accepted by the head of service on 2022-05-02, see memo 17', properties: { directive: 'next-line', line: 10, until: '2099-12-31', approvedBy: 'J. de Vries' } }]);
        expect(results.filter(result => result.suppressions === undefined && result.ruleId === 'risk/mitigation-required')).toEqual([]);
        const uriOf = (result: Sarif.Result | Sarif.Notification) => result.locations?.[0].physicalLocation?.artifactLocation?.uri;
        expect(results.filter(result => result.ruleId === 'language/syntax').map(uriOf)).toContain('defects/broken.provisio');
        expect(results.filter(result => result.ruleId === 'language/unreadable-file').map(uriOf)).toEqual(['defects/large.provisio']);
        const invocation = log.runs[0].invocations![0];
        expect(invocation.executionSuccessful).toBe(false);
        expect(invocation.toolExecutionNotifications!.map(notification => [notification.descriptor?.id, uriOf(notification)])).toEqual(expect.arrayContaining([
            ['language/syntax', 'defects/broken.provisio'],
            ['language/unreadable-file', 'defects/large.provisio']
        ]));
    });
});

describe('junit', () => {
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: name => ['testsuite', 'testcase'].includes(name) });

    test('one testsuite per file, a failing testcase per finding, a passing one per clean file', () => {
        const xml = examplesIn('junit');
        const report = parser.parse(xml) as { testsuites: { tests: string; failures: string; testsuite: Array<{ name: string; tests: string; failures: string; testcase: Array<{ classname: string; name: string; failure?: { type: string; message: string; '#text': string } }> }> } };
        const json = JSON.parse(examplesIn('json')) as LintResult[];
        const suites = report.testsuites.testsuite;
        expect(suites.map(suite => suite.name)).toEqual(json.map(result => result.filePath.slice(projectRoot.length + 1)));
        const findings = json.reduce((sum, result) => sum + result.messages.length, 0);
        expect(Number(report.testsuites.failures)).toBe(findings);
        for (const [index, suite] of suites.entries()) {
            const messages = json[index].messages;
            expect(suite.testcase.length).toBe(Math.max(1, messages.length));
            expect(suite.testcase.filter(testcase => testcase.failure !== undefined).map(testcase => testcase.failure!.message)).toEqual(messages.map(message => message.message));
            expect(Number(suite.failures)).toBe(messages.length);
        }
        const failure = suites.find(suite => suite.name === 'examples/defects/risk-mitigation-required.provisio')!.testcase[0].failure!;
        expect(failure.type).toBe('error');
        expect(failure.message).toContain('Add `mitigation for human-rights "…"`');
    });

    test('text XML cannot hold is replaced, and markup in a message stays text', () => {
        const folder = folderWith({ 'r.provisio': 'service AIVD "x"\nservice AIVD "<b>&amp;\u0001</b>"\n' });
        const xml = check(['-f', 'junit'], folder).stdout;
        const report = parser.parse(xml) as { testsuites: { testsuite: Array<{ testcase: Array<{ failure: { message: string } }> }> } };
        expect(report.testsuites.testsuite[0].testcase[0].failure.message).toMatch(/AIVD/);
        expect(xml).not.toContain('\u0001');
    });
});

describe('gitlab', () => {
    test('Code Quality issues with the documented fields, unique fingerprints and paths relative to the working folder', () => {
        const issues = JSON.parse(examplesIn('gitlab')) as Array<{ fingerprint: string; severity: string; location: { path: string; lines: { begin: number } } }>;
        const ajv = new Ajv({ strict: true, allErrors: true });
        const validate = ajv.compile(JSON.parse(readFileSync(join(projectRoot, 'test/cli/schemas/gitlab-code-quality.schema.json'), 'utf8')));
        expect(validate(issues), JSON.stringify(validate.errors, null, 2)).toBe(true);
        expect(issues.length).toBe(defectFindings().length);
        expect(new Set(issues.map(issue => issue.fingerprint)).size).toBe(issues.length);
        expect(new Set(issues.map(issue => issue.severity))).toEqual(new Set(['major', 'minor', 'info']));
        expect(issues[0].location.path).toBe('examples/defects/approval-oversight-notified.provisio');
    });

    test('a file that does not parse blocks', () => {
        const folder = folderWith({ 'r.provisio': 'servce AIVD "x"\n' });
        const issues = JSON.parse(check(['-f', 'gitlab'], folder).stdout) as Array<{ check_name: string; severity: string }>;
        expect(issues[0]).toMatchObject({ check_name: 'language/syntax', severity: 'blocker' });
    });
});

describe('github', () => {
    test('one workflow command per finding, with its place and rule', () => {
        const lines = examplesIn('github').trimEnd().split('\n');
        const findings = defectFindings();
        expect(lines.length).toBe(findings.length);
        expect(lines[0]).toMatch(/^::error file=examples\/defects\/approval-oversight-notified\.provisio,line=13,col=14,endLine=13,endColumn=\d+,title=approval\/oversight-notified::Provision P-2022-D15 /);
        expect(lines.filter(line => line.startsWith('::notice '))).toHaveLength(findings.filter(finding => finding.severityName === 'info' || finding.severityName === 'hint').length);
        expect(lines.filter(line => line.startsWith('::warning '))).toHaveLength(findings.filter(finding => finding.severityName === 'warning').length);
    });

    test('%, CR and LF are escaped in the message; also : and , in properties, so a name cannot end or add a command', () => {
        const folder = folderWith({ 'a,b:c%.provisio': 'service AIVD "100% x"\nservice AIVD "y"\n' });
        const lines = check(['-f', 'github'], folder).stdout.trimEnd().split('\n');
        expect(lines.length).toBeGreaterThan(0);
        for (const line of lines) {
            expect(line).toMatch(/^::error file=a%2Cb%3Ac%25\.provisio,line=\d,col=\d+,endLine=\d,endColumn=\d+,title=language\/duplicate-name::[^\r\n]*$/);
        }
    });

    test('with GITHUB_STEP_SUMMARY, a Markdown report is appended to that file', () => {
        const folder = folderWith({ 'summary.md': '# Earlier step\n' });
        const summary = join(folder, 'summary.md');
        const run = check([join(projectRoot, 'examples/defects'), '-f', 'github'], projectRoot, { GITHUB_STEP_SUMMARY: summary });
        expect(run.status).toBe(1);
        const text = readFileSync(summary, 'utf8');
        expect(text).toMatch(/^# Earlier step\n## Provisio\n\n\d+ problems \(\d+ errors, \d+ warnings, \d+ infos?\) in \d+ files checked\.\n/);
        expect(text).toContain(`${defectFindings().length} problems`);
        expect(text).toContain('| 10:8 | error | [`risk/mitigation-required`](');
    });
});

describe('escaping workflow commands', () => {
    test('messages: %, CR and LF; properties: also : and ,', () => {
        expect(escapeData('100% sure\r\nnext::line, a:b')).toBe('100%25 sure%0D%0Anext::line, a:b');
        expect(escapeProperty('dir,a/b:c%\n')).toBe('dir%2Ca/b%3Ac%25%0A');
    });
});

describe('markdown', () => {
    test('Markdown and HTML in a message stay literal, and a pipe does not break the table', () => {
        const folder = folderWith({ 'r.provisio': 'service AIVD "x"\nservice AIVD "<img src=x> | *y*"\n' });
        const text = check(['-f', 'markdown'], folder).stdout;
        const row = text.split('\n').find(line => line.startsWith('| 2:'))!;
        expect(row.split(/(?<!\\)\|/)).toHaveLength(6);
    });
});

describe('-f and -o', () => {
    test('each -f with its own -o, one to standard output; the files hold what the format alone prints', () => {
        const folder = mkdtempSync(join(tmpdir(), 'provisio-out-'));
        const run = check([join(projectRoot, 'examples/defects'), '-f', 'sarif', '-o', 'a.sarif', '-f', 'stylish', '-f', 'junit', '-o', 'reports.xml'], folder);
        expect(run.status).toBe(1);
        expect(run.stdout).toBe(check([join(projectRoot, 'examples/defects')], folder).stdout);
        expect(readFileSync(join(folder, 'a.sarif'), 'utf8')).toBe(check([join(projectRoot, 'examples/defects'), '-f', 'sarif'], folder).stdout);
        expect(readFileSync(join(folder, 'reports.xml'), 'utf8')).toContain('<testsuites');
        expect(readdirSync(folder).sort()).toEqual(['a.sarif', 'reports.xml']);
    });

    test('-o before -f, as ESLint users write it, and -o alone for the default format', () => {
        const folder = mkdtempSync(join(tmpdir(), 'provisio-out-'));
        expect(check([join(projectRoot, 'examples/workspace'), '-o', 'r.json', '-f', 'json'], folder).stdout).toBe('');
        expect(JSON.parse(readFileSync(join(folder, 'r.json'), 'utf8'))).toHaveLength(provisioFilesIn('examples/workspace'));
        expect(check([join(projectRoot, 'examples/workspace'), '-o', 'r.txt'], folder).stdout).toBe('');
        expect(readFileSync(join(folder, 'r.txt'), 'utf8')).toBe(`No problems found (${provisioFilesIn('examples/workspace')} files checked).\n`);
    });

    test('usage errors: two formats to standard output, an -o without a format, one file twice', () => {
        for (const [args, error] of [
            [['-f', 'sarif', '-f', 'json'], 'provisio: the formats sarif and json cannot all write to standard output. Give every format but one its own -o FILE.\n'],
            [['-f', 'json', '-o', 'a', '-o', 'b'], 'provisio: -o b belongs to no -f. Give each -o FILE after the -f FORMAT it is for.\n'],
            [['-f', 'json', '-o', 'a', '-f', 'sarif', '-o', 'a'], 'provisio: two formats would write to a. Give each format a file of its own.\n']
        ] as const) {
            const run = check(['examples/workspace', ...args]);
            expect(run.stderr).toBe(error);
            expect(run.status).toBe(2);
            expect(run.stdout).toBe('');
        }
        expect(check(['examples/workspace', '-f', 'sarif', '-f', 'json', '--lang', 'nl']).stderr).toBe('provisio: de formaten sarif en json kunnen niet alle naar de standaarduitvoer schrijven. Geef elk formaat op één na een eigen -o BESTAND.\n');
    });

    test('a file that cannot be written: one line, exit 2, no partial file, the file that was there unchanged', () => {
        const folder = mkdtempSync(join(tmpdir(), 'provisio-out-'));
        // A target that is a folder cannot be replaced by a file, for root too (who may write in a read-only folder).
        mkdirSync(join(folder, 'report.sarif'));
        writeFileSync(join(folder, 'report.sarif', 'kept'), 'earlier');
        const run = check([join(projectRoot, 'examples/defects'), '-f', 'sarif', '-o', 'report.sarif'], folder);
        expect(run.stderr).toBe('provisio: cannot write report.sarif: it is a folder.\n');
        expect(run.status).toBe(2);
        expect(readdirSync(folder)).toEqual(['report.sarif']);
        expect(readdirSync(join(folder, 'report.sarif'))).toEqual(['kept']);
        const missing = check([join(projectRoot, 'examples/defects'), '-f', 'json', '-o', 'no/such/folder/r.json'], folder);
        expect(missing.stderr).toBe('provisio: cannot write no/such/folder/r.json: its folder does not exist.\n');
        expect(missing.status).toBe(2);
    });

    test('a read-only folder: one line, exit 2 and nothing left in it (run as an unprivileged user when the tests run as root)', ({ skip }) => {
        const asRoot = process.getuid?.() === 0;
        const unprivileged = { uid: 65534, gid: 65534 };
        // Root may write anywhere, so as root the CLI runs as `nobody`, if `nobody` can read this checkout.
        const readable = `for (const path of ${JSON.stringify([cliPath, join(projectRoot, 'examples/defects')])}) require('node:fs').accessSync(path, require('node:fs').constants.R_OK)`;
        if (asRoot && spawnSync(process.execPath, ['-e', readable], unprivileged).status !== 0) {
            skip('the checkout is not readable by an unprivileged user');
        }
        const folder = mkdtempSync(join(tmpdir(), 'provisio-out-'));
        chmodSync(folder, 0o555);
        const result = spawnSync(process.execPath, [cliPath, 'check', join(projectRoot, 'examples/defects'), '-f', 'json', '-o', 'r.json'], {
            cwd: folder, encoding: 'utf8', timeout: 20_000,
            env: { ...process.env, NO_COLOR: '1', LC_ALL: 'C', LANG: undefined, LC_MESSAGES: undefined },
            ...(asRoot ? unprivileged : {})
        });
        chmodSync(folder, 0o755);
        expect(result.stderr).toBe('provisio: cannot write r.json: permission denied.\n');
        expect(result.status).toBe(2);
        expect(readdirSync(folder)).toEqual([]);
    });
});
