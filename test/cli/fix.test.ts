// `provisio check --fix` and `--fix-dry-run`, with the built CLI on a copy of the examples:
// every fixable example is fixed, still parses, has fewer findings and keeps every comment and
// every character of its prose; files with a syntax error and dry runs write nothing.
import { chmodSync, cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { EmptyFileSystem } from 'langium';
import { applyPatch } from 'diff';
import { describe, expect, test } from 'vitest';
import { describeFixes, diffEditLimit, type FixOutcome } from '../../src/cli/fix.js';
import { Translator } from '../../src/i18n/translator.js';
import type { LintResult } from '../../src/cli/lint-results.js';
import { createProvisioServices } from '../../src/language/provisio-module.js';
import { projectRoot, runCli } from './run-cli.js';

const { provisio } = createProvisioServices(EmptyFileSystem);

/** The comments and the quoted texts of a file, in order, as the language's lexer reads them. */
function prose(text: string): { comments: string[]; strings: string[] } {
    const { tokens, hidden } = provisio.parser.Lexer.tokenize(text);
    return {
        comments: hidden.map(token => token.image),
        strings: tokens.filter(token => token.tokenType.name === 'STRING' || token.tokenType.name === 'TEXT_BLOCK').map(token => token.image)
    };
}

function copyOfExamples(): string {
    const folder = mkdtempSync(join(tmpdir(), 'provisio-fix-'));
    cpSync(join(projectRoot, 'examples'), folder, { recursive: true });
    return folder;
}

function provisioFiles(folder: string): Record<string, string> {
    return Object.fromEntries(readdirSync(folder, { recursive: true, encoding: 'utf8' })
        .filter(name => name.endsWith('.provisio'))
        .map(name => [name, readFileSync(join(folder, name), 'utf8')]));
}

function check(folder: string, ...flags: string[]): { status: number | null; results: Map<string, LintResult>; stderr: string } {
    const run = runCli(['check', folder, '--format', 'json', ...flags]);
    const results = JSON.parse(run.stdout) as LintResult[];
    return { status: run.status, stderr: run.stderr, results: new Map(results.map(result => [relative(folder, result.filePath), result])) };
}

describe('provisio check --fix', () => {
    test('fixes every fixable example: it still parses, has fewer findings, and keeps every comment and every character of prose', () => {
        const folder = copyOfExamples();
        const before = provisioFiles(folder);
        const unfixed = check(folder);
        const fixable = [...unfixed.results].filter(([, result]) => result.messages.some(message => message.fix)).map(([name]) => name).sort();
        expect(fixable).toEqual(['defects/background-check-destruction-request.provisio', 'defects/conditions-standard-conditions.provisio']);

        const fixed = check(folder, '--fix');
        expect(fixed.stderr).toBe('');
        const after = provisioFiles(folder);
        for (const name of Object.keys(before)) {
            if (!fixable.includes(name)) {
                expect(after[name], `${name} has no fix and is left as it was`).toBe(before[name]);
                continue;
            }
            const result = fixed.results.get(name)!;
            expect(after[name], name).not.toBe(before[name]);
            expect(result.output, 'the JSON result carries the fixed text').toBe(after[name]);
            expect(result.messages.map(message => message.ruleId)).not.toContain('language/syntax');
            expect(result.messages.length, `${name} has fewer findings`).toBeLessThan(unfixed.results.get(name)!.messages.length);
            expect(prose(after[name])).toEqual(prose(before[name]));
            // Every character of the original is still there, in order: the fixes only added text.
            expect(isSubsequence(before[name], after[name])).toBe(true);
        }
        // Fixed once, nothing is left to fix.
        const again = check(folder, '--fix');
        expect([...again.results.values()].some(result => result.output !== undefined)).toBe(false);
        expect(provisioFiles(folder)).toEqual(after);
        // No temporary file is left beside the fixed ones.
        expect(readdirSync(join(folder, 'defects')).filter(name => !name.endsWith('.provisio'))).toEqual([]);
    });

    test('the text report says what was fixed and lists what remains', () => {
        const folder = copyOfExamples();
        const run = runCli(['check', join(folder, 'defects/conditions-standard-conditions.provisio'), '--fix']);
        expect(run.stdout).toMatch(/^Applied 1 fix to 1 file\.\n\nNo problems found \(1 file checked\)\.\n$/);
        expect(run.status).toBe(0);
    });

    test('a file with a syntax error is left byte for byte as it was, and said so', () => {
        const folder = copyOfExamples();
        const file = join(folder, 'defects/conditions-standard-conditions.provisio');
        // The provision stays readable, so its fixable finding is still reported; the declaration after it is broken.
        const broken = (readFileSync(file, 'utf8') + '\ncategory broken-category "not closed\n').replace(/\n/g, '\r\n');
        writeFileSync(file, broken);
        const json = check(file);
        expect(json.results.get('')!.messages.map(message => [message.ruleId, message.fix !== undefined]))
            .toEqual([['conditions/standard-conditions', true], ['language/syntax', false], ['language/syntax', false]]);
        const run = runCli(['check', file, '--fix']);
        expect(readFileSync(file, 'utf8')).toBe(broken);
        expect(run.stdout).toContain('defects/conditions-standard-conditions.provisio has a syntax error; no fix was applied to it.');
        expect(run.stdout).toContain('language/syntax');
        expect(run.status).toBe(1);
    });

    test('a file with CRLF line endings keeps them, and its permissions', () => {
        const folder = copyOfExamples();
        const file = join(folder, 'defects/background-check-destruction-request.provisio');
        const crlf = readFileSync(file, 'utf8').replace(/\n/g, '\r\n');
        writeFileSync(file, crlf);
        chmodSync(file, 0o640);
        const run = runCli(['check', file, '--fix']);
        expect(run.stderr).toBe('');
        const fixed = readFileSync(file, 'utf8');
        expect(fixed).toContain('conditions third-party-rule, intelligence-use-only, destruction-request\r\n');
        expect(fixed).not.toMatch(/[^\r]\n/);
        expect(statSync(file).mode & 0o777).toBe(0o640);
    });

    test('--fix-dry-run writes nothing, and shows the change as a diff or as the JSON `output`', () => {
        const folder = copyOfExamples();
        const before = provisioFiles(folder);
        const text = runCli(['check', folder, '--fix-dry-run'], folder);
        expect(text.stdout).toContain([
            '--- defects/conditions-standard-conditions.provisio',
            '+++ defects/conditions-standard-conditions.provisio',
            '@@ -25,4 +25,5 @@',
            '     """',
            ' ',
            '     approved mandated-official on 2022-08-22',
            '+    conditions third-party-rule, intelligence-use-only',
            ' }'
        ].join('\n'));
        expect(text.stdout).toContain('--fix would apply 2 fixes to 2 files.');
        // The findings are those that would remain.
        expect(text.stdout).not.toContain('conditions/standard-conditions');
        const json = check(folder, '--fix-dry-run');
        expect(json.results.get('defects/conditions-standard-conditions.provisio')!.output).toContain('    conditions third-party-rule, intelligence-use-only\n}');
        expect(provisioFiles(folder)).toEqual(before);
    });

    test('fixes that leave the author something to fill in are JSON `suggestions`, and --fix leaves them alone', () => {
        const folder = copyOfExamples();
        const file = join(folder, 'defects/scope-bounded.provisio');
        const before = readFileSync(file, 'utf8');
        const [message] = check(file).results.get('')!.messages;
        expect(message.fix).toBeUndefined();
        expect(message.suggestions).toEqual([{ desc: 'Replace `subjects all` by a count to fill in', fix: { range: [before.indexOf('all "participants'), before.indexOf('all "participants') + 4], text: '' } }]);
        check(file, '--fix');
        expect(readFileSync(file, 'utf8')).toBe(before);
    });

    test('--fix and --fix-dry-run together are refused', () => {
        const run = runCli(['check', 'examples', '--fix', '--fix-dry-run']);
        expect(run.stderr).toContain('--fix and --fix-dry-run cannot be used together: choose one.');
        expect(run.status).toBe(2);
    });
});

function isSubsequence(original: string, changed: string): boolean {
    let at = 0;
    for (const character of changed) {
        if (at < original.length && character === original[at]) {
            at++;
        }
    }
    return at === original.length;
}

describe('the fix passes', () => {
    test('fixes whose edits overlap or touch are applied one per pass, in order of position', async () => {
        const { applyNonOverlapping } = await import('../../src/cli/fix.js');
        const { TextDocument } = await import('vscode-languageserver-textdocument');
        const document = TextDocument.create('file:///a.provisio', 'provisio', 0, 'conditions third-party-rule\n');
        const at = (character: number, newText: string) => [{ range: { start: { line: 0, character }, end: { line: 0, character } }, newText }];
        const replace = (start: number, end: number, newText: string) => [{ range: { start: { line: 0, character: start }, end: { line: 0, character: end } }, newText }];
        expect(applyNonOverlapping(document, [at(27, ', intelligence-use-only'), at(27, ', destruction-request'), replace(0, 10, 'CONDITIONS')]))
            .toEqual({ text: 'CONDITIONS third-party-rule, intelligence-use-only\n', applied: 2 });
        expect(applyNonOverlapping(document, [replace(11, 27, 'x'), at(27, ', y')])).toEqual({ text: 'conditions x\n', applied: 1 });
    });

    test('a change that loses a comment or a character of quoted text is caught', async () => {
        const { keepsProse } = await import('../../src/cli/fix.js');
        const before = '// why\nservice AIVD "Algemene Inlichtingen- en Veiligheidsdienst"\n';
        expect(keepsProse(provisio, before, before.replace('\n', '\nservice MIVD "Militaire"\n'))).toBe(true);
        expect(keepsProse(provisio, before, before.replace('// why\n', ''))).toBe(false);
        expect(keepsProse(provisio, before, before.replace('Algemene', 'Algemeen'))).toBe(false);
    });
});

describe('the dry run of thousands of fixes in one file', () => {
    const outcome = (before: string, after: string): FixOutcome => ({
        fixed: new Map([['/w/huge.provisio', { path: '/w/huge.provisio', before, after, fixes: 1 }]]), skipped: [], passes: 1
    });
    // The patch, without the summary line that ends the text.
    const patchOf = (text: string) => text.trimEnd().split('\n').slice(0, -1).join('\n') + '\n';

    test('past the limit the diff is one hunk that gives the fixed text, built without searching for the shortest diff', () => {
        // Every tenth line changed, so the shortest diff would be one hunk per change.
        const lines = Array.from({ length: diffEditLimit * 6 }, (_, index) => `    conditions c-${index}`);
        const before = lines.join('\n') + '\n';
        const after = lines.map((line, index) => index % 10 === 0 ? `${line}, third-party-rule` : line).join('\n');
        const text = describeFixes(outcome(before, after), true, new Translator('en'), '/w');
        expect(text.match(/^@@ /gm)).toHaveLength(1);
        expect(text).toContain(`@@ -1,${lines.length} +1,${lines.length} @@`);
        expect(applyPatch(before, patchOf(text))).toBe(after);
    });

    test('below the limit the diff is the shortest one, as before', () => {
        const before = 'a\nb\nc\nd\ne\nf\ng\nh\ni\nj\n';
        const after = before.replace('e\n', 'E\n');
        const text = describeFixes(outcome(before, after), true, new Translator('en'), '/w');
        expect(text).toContain('@@ -2,7 +2,7 @@');
        expect(applyPatch(before, patchOf(text))).toBe(after);
    });
});
