// Files that are not ordinary UTF-8 text: pipes, devices, links, oversized, binary and
// badly encoded files. Each gets one located diagnostic, the other files are still checked,
// and no run hangs (each is killed after a time limit, and must have ended by itself).
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { decodeSource } from '../../src/documents/read-source.js';
import type { Message } from '../../src/i18n/messages.js';
import { Translator } from '../../src/i18n/translator.js';
import { cliPath, folderWith, oneFindingALine, runCli, type CliRun } from './run-cli.js';

const service = 'service AIVD "Algemene Inlichtingen- en Veiligheidsdienst"\n';

function mkfifo(path: string): void {
    execFileSync('mkfifo', [path]);
}

/** The finding lines of a text report, without the totals. */
const findings = (run: CliRun) => oneFindingALine(run.stdout).split('\n').filter(line => / {2}(error|warning|info|hint) {2}/.test(line));

function expectEndedByItself(run: CliRun): void {
    expect(run.signal).toBeUndefined();
    expect(run.status).not.toBeNull();
}

describe('files that are not regular files', () => {
    test.skipIf(process.platform === 'win32')('a named pipe given by name is refused, not opened; the other file is still checked', () => {
        const folder = folderWith({ 'ok.provisio': service });
        mkfifo(join(folder, 'x.provisio'));
        const run = runCli(['check', 'x.provisio', 'ok.provisio'], folder);
        expectEndedByItself(run);
        expect(findings(run)).toEqual(['x.provisio:1:1  error  Cannot read this file: it is a named pipe (FIFO), not a regular file; Provisio reads only regular files.  language/unreadable-file']);
        expect(run.stdout).toContain('in 2 files checked.');
        expect(run.status).toBe(2);
    });

    test.skipIf(process.platform === 'win32')('pipes and links to devices inside a searched folder are reported, not read', () => {
        const folder = folderWith({ 'ok.provisio': service });
        mkfifo(join(folder, 'pipe.provisio'));
        symlinkSync('/dev/zero', join(folder, 'zero.provisio'));
        const run = runCli(['check', '.'], folder);
        expectEndedByItself(run);
        expect(findings(run)).toEqual([
            'pipe.provisio:1:1  error  Cannot read this file: it is a named pipe (FIFO), not a regular file; Provisio reads only regular files.  language/unreadable-file',
            'zero.provisio:1:1  error  Cannot read this file: it is a device, not a regular file; Provisio reads only regular files.  language/unreadable-file'
        ]);
        expect(run.status).toBe(2);
    });

    test('a link that loops is reported and the other files are still checked, in JSON too', () => {
        const folder = folderWith({ 'ok.provisio': service });
        symlinkSync('loop.provisio', join(folder, 'loop.provisio'));
        const run = runCli(['check', '--format', 'json', 'loop.provisio', 'ok.provisio'], folder);
        expectEndedByItself(run);
        const results = JSON.parse(run.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; line: number; column: number }> }>;
        expect(results.map(result => [result.filePath.slice(folder.length + 1), result.messages.map(message => `${message.line}:${message.column} ${message.ruleId}`)])).toEqual([
            ['loop.provisio', ['1:1 language/unreadable-file']],
            ['ok.provisio', []]
        ]);
        expect(run.status).toBe(2);
    });

    test('a configuration that is a pipe or a link to /dev/zero is refused, not read', () => {
        const folder = folderWith({ 'ok.provisio': service });
        mkfifo(join(folder, 'pipe.yaml'));
        symlinkSync('/dev/zero', join(folder, 'provisio.config.yaml'));
        const explicit = runCli(['check', '--config', 'pipe.yaml', 'ok.provisio'], folder);
        expectEndedByItself(explicit);
        expect(explicit.stderr).toBe('pipe.yaml:1:1  error  Cannot read configuration: it is a named pipe (FIFO), not a regular file; Provisio reads only regular files.  config\n');
        expect(explicit.status).toBe(2);
        const found = runCli(['check', 'ok.provisio'], folder);
        expectEndedByItself(found);
        expect(found.stderr).toBe('provisio.config.yaml:1:1  error  Cannot read configuration: it is a device, not a regular file; Provisio reads only regular files.  config\n');
        expect(found.status).toBe(2);
    });
});

describe('the size limit', () => {
    const large = `service MIVD "Militaire Inlichtingen- en Veiligheidsdienst"\n// ${'x'.repeat(2 * 1024 * 1024)}\n`;
    const largeFindings = ['large.provisio:1:1  error  Cannot read this file: it is larger than the limit of 1 MB (2 MB); raise `maxFileSize` in the configuration or pass --max-file-size if it is meant to be this large.  language/unreadable-file'];

    test('a file above --max-file-size is reported at 1:1 and not parsed', () => {
        const folder = folderWith({ 'large.provisio': large, 'ok.provisio': service });
        const run = runCli(['check', '--max-file-size', '1MB', '.'], folder);
        expect(findings(run)).toEqual(largeFindings);
        expect(run.status).toBe(2);
        expect(runCli(['check', '--max-file-size', '3MB', '.'], folder).stdout).toBe('No problems found (2 files checked).\n');
    });

    test('maxFileSize in the configuration sets the limit; the flag overrides it', () => {
        const folder = folderWith({ 'large.provisio': large, 'provisio.config.yaml': 'maxFileSize: 1MB\n' });
        expect(findings(runCli(['check', '.'], folder))).toEqual(largeFindings);
        expect(runCli(['check', '--max-file-size', '3MB', '.'], folder).stdout).toBe('No problems found (1 file checked).\n');
    });

    test('a bad size is a usage error', () => {
        const run = runCli(['check', '--max-file-size', 'lots', '.'], folderWith({ 'ok.provisio': service }));
        expect(run.stderr).toContain('Expected a size such as 20MB, 500KB or a number of bytes.');
        expect(run.status).toBe(2);
    });
});

describe('files that are not UTF-8 text', () => {
    test('binary, UTF-16 and invalid UTF-8 files get one diagnostic each, with no raw bytes in the output', () => {
        const folder = folderWith({ 'ok.provisio': service });
        const binary = Buffer.alloc(40_000);
        for (let index = 0; index < binary.length; index++) {
            binary[index] = (index * 7919) % 256;
        }
        writeFileSync(join(folder, 'binary.provisio'), binary);
        writeFileSync(join(folder, 'bom16.provisio'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(service, 'utf16le')]));
        writeFileSync(join(folder, 'plain16.provisio'), Buffer.from(service, 'utf16le'));
        writeFileSync(join(folder, 'latin1.provisio'), Buffer.from('service AIVD "Algemene Inlichtingen- en Veiligheidsdienst, caf\xe9"\n', 'latin1'));
        const run = runCli(['check', '.'], folder);
        expect(findings(run)).toEqual([
            'binary.provisio:1:1  error  This file is not UTF-8 text: it contains NUL bytes, so it is a binary file. Save it as UTF-8.  language/encoding',
            'bom16.provisio:1:1  error  This file is not UTF-8 text: it is UTF-16 (it starts with a UTF-16 byte order mark). Save it as UTF-8.  language/encoding',
            'latin1.provisio:1:1  error  This file is not UTF-8 text: it has a byte sequence that is not valid UTF-8 (first at byte 64). Save it as UTF-8.  language/encoding',
            'plain16.provisio:1:1  error  This file is not UTF-8 text: it looks like UTF-16 (every other byte is zero). Save it as UTF-8.  language/encoding'
        ]);
        // Nothing but text: no control characters from the binary file reach the terminal.
        expect(run.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
        expect(run.status).toBe(1);
    });

    test('a UTF-8 byte order mark is dropped, not a syntax error', () => {
        const folder = folderWith({});
        writeFileSync(join(folder, 'bom.provisio'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(service)]));
        const run = runCli(['check', '.'], folder);
        expect(run.stdout).toBe('No problems found (1 file checked).\n');
        expect(run.status).toBe(0);
    });

    test('a folder named like a file is searched, not read', () => {
        const folder = folderWith({ 'ok.provisio': service });
        mkdirSync(join(folder, 'odd.provisio'));
        const run = runCli(['check', '.'], folder);
        expect(run.stdout).toBe('No problems found (1 file checked).\n');
    });
});

const english = (message: Message | undefined) => message ? new Translator('en').format(message) : '';

describe('decodeSource', () => {
    test('keeps valid UTF-8, including characters outside ASCII', () => {
        expect(decodeSource(Buffer.from('recipient "Ørsted – café 😀"'))).toEqual({ text: 'recipient "Ørsted – café 😀"' });
    });

    test('a single NUL is binary; a NUL-free UTF-16 BE file with a mark is UTF-16', () => {
        expect(english(decodeSource(Buffer.from('service A "x"\u0000')).problem?.message)).toContain('binary');
        expect(english(decodeSource(Buffer.from([0xfe, 0xff, 0x4e, 0x2d])).problem?.message)).toContain('UTF-16');
    });

    test('a multi-byte character cut short at the end is invalid UTF-8', () => {
        const cut = decodeSource(Buffer.from([0x61, 0x62, 0xe2, 0x82])).problem;
        expect({ kind: cut?.kind, message: english(cut?.message) }).toMatchObject({ kind: 'encoding', message: 'This file is not UTF-8 text: it has a byte sequence that is not valid UTF-8 (first at byte 3). Save it as UTF-8.' });
    });
});

describe('a workspace with more files than the process may open at once', () => {
    test('check and summary read every file under a limit of 64 open files', () => {
        const files = Object.fromEntries(Array.from({ length: 300 }, (_, index) => [`cases/s-${index}.provisio`, `service S${index} "Service ${index}"\n`]));
        const folder = folderWith(files);
        const limited = (args: string) => execFileSync('bash', ['-c', `ulimit -n 64 && "${process.execPath}" "${cliPath}" ${args}; echo "exit $?"`], { cwd: folder, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', LANG: 'C' } });
        const check = limited('check . -f json');
        expect(check.trim().endsWith('exit 0')).toBe(true);
        expect(JSON.parse(check.slice(0, check.lastIndexOf('exit')))).toHaveLength(300);
        const summary = limited('summary . -f json -o summary.json --default-classification ONGERUBRICEERD');
        expect(summary).toContain('exit 0');
    });
});
