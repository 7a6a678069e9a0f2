// What reaches the terminal or the pipe: escape sequences from a file are shown, not obeyed;
// a reader that stops early ends the run quietly; a full disk is one clear line.
import { spawnSync } from 'node:child_process';
import { openSync, closeSync, existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { visible } from '../../src/cli/visible-text.js';
import { cliPath, folderWith, oneFindingALine, runCli } from './run-cli.js';

const service = 'service AIVD "Algemene Inlichtingen- en Veiligheidsdienst"\n';
/** A marking that clears the screen, sets the window title and reverses the text that follows. */
const hostileMarking = 'classification "GEHEIM\u001b[2J\u001b]0;pwned\u0007 \u202e"\n';

describe('control characters from files', () => {
    test('are escaped in the text output', () => {
        const run = runCli(['check', '.'], folderWith({ 'e.provisio': hostileMarking + service }));
        expect(oneFindingALine(run.stdout).split('\n')[0]).toBe('e.provisio:1:16  error  Unknown classification marking "GEHEIM\\x1b[2J\\x1b]0;pwned\\x07 \\u202e". Use one of: "ONGERUBRICEERD", "DEPARTEMENTAAL VERTROUWELIJK", "STG. CONFIDENTIEEL", "STG. GEHEIM", "STG. ZEER GEHEIM".  language/unknown-classification');
        expect(run.stdout).not.toMatch(/[\u001b\u0007\u202e]/);
    });

    test('stay exact in the JSON output', () => {
        const run = runCli(['check', '--format', 'json', '.'], folderWith({ 'e.provisio': hostileMarking + service }));
        const [result] = JSON.parse(run.stdout) as Array<{ messages: Array<{ message: string }> }>;
        expect(result.messages[0].message).toContain('"GEHEIM\u001b[2J\u001b]0;pwned\u0007 \u202e"');
    });

    test('are escaped in configuration problems on standard error', () => {
        const run = runCli(['check', '.'], folderWith({ 'ok.provisio': service, 'provisio.config.yaml': 'rules:\n  "bad\\e[2Jrule": off\n' }));
        expect(run.stderr).toBe('provisio.config.yaml:2:3  error  Unknown rule `bad\\x1b[2Jrule`. Run `provisio rules` to list the rules.  config\n');
        expect(run.status).toBe(2);
    });

    test('visible() keeps tabs and ordinary text, and escapes C0, C1 and bidirectional controls', () => {
        expect(visible('café\tØrsted – 😀')).toBe('café\tØrsted – 😀');
        expect(visible('a\nb\r\u0000\u009b\u2066\u200f')).toBe('a\\x0ab\\x0d\\x00\\x9b\\u2066\\u200f');
    });
});

describe('pipes and disks', () => {
    // 800 findings, about 130 KB: more than a pipe holds, so the writer meets a closed pipe.
    const manyFindings = Array.from({ length: 800 }, () => 'service AIVD "Algemene Inlichtingen- en Veiligheidsdienst"\n').join('');

    test('a reader that stops early ends the run quietly, with the usual exit status', () => {
        const folder = folderWith({ 'many.provisio': manyFindings });
        const script = `"${process.execPath}" "${cliPath}" check . | head -2; echo "status=\${PIPESTATUS[0]}" >&2`;
        const run = spawnSync('bash', ['-c', script], { cwd: folder, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 20_000 });
        expect(run.stdout).toMatch(/^many\.provisio\n {2}1:9 +error {2}The name AIVD is already declared/);
        expect(run.stdout.split('\n')).toHaveLength(3);
        expect(run.stderr).toBe('status=1\n');
    });

    test.skipIf(!existsSync('/dev/full'))('a full disk is one clear line on standard error and exit status 2', () => {
        const folder = folderWith({ 'ok.provisio': service });
        for (const format of ['text', 'json']) {
            const full = openSync('/dev/full', 'w');
            const run = spawnSync(process.execPath, [cliPath, 'check', '--format', format, '.'], { cwd: folder, encoding: 'utf8', stdio: ['ignore', full, 'pipe'], timeout: 20_000 });
            closeSync(full);
            expect(run.stderr).toBe('provisio: cannot write the output: no space left on the device.\n');
            expect(run.status).toBe(2);
        }
        const full = openSync('/dev/full', 'w');
        const inDutch = spawnSync(process.execPath, [cliPath, 'check', '--lang', 'nl', '.'], { cwd: folder, encoding: 'utf8', stdio: ['ignore', full, 'pipe'], timeout: 20_000 });
        closeSync(full);
        expect(inDutch.stderr).toBe('provisio: de uitvoer kan niet worden geschreven: er is geen ruimte meer op het apparaat.\n');
        expect(inDutch.status).toBe(2);
    });
});
