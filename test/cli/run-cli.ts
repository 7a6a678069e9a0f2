// Runs the built CLI as a user would: a separate Node process, in a working folder.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const cliPath = join(projectRoot, 'out/cli/provisio.js');

export interface CliRun {
    status: number | null;
    /** Set when the run had to be killed after the time limit: it did not end by itself. */
    signal?: NodeJS.Signals;
    stdout: string;
    stderr: string;
}

/** The user's own language settings do not reach the CLI under test: it speaks English unless a test says otherwise. */
const englishByDefault = { LC_ALL: undefined, LC_MESSAGES: undefined, LANG: undefined };

/** `environment` adds to the test's environment; an undefined value removes that variable. Every run is killed after 20 s, so a hang fails its test instead of stalling the suite. */
export function runCli(args: string[], cwd = projectRoot, environment: Record<string, string | undefined> = {}): CliRun {
    if (!existsSync(cliPath)) {
        throw new Error(`${cliPath} is missing: run \`npm run build\` before the CLI tests.`);
    }
    const env = Object.fromEntries(Object.entries({ ...process.env, NO_COLOR: '1', ...englishByDefault, ...environment }).filter(([, value]) => value !== undefined));
    const result = spawnSync(process.execPath, [cliPath, ...args], { cwd, encoding: 'utf8', env, timeout: 20_000 });
    return { status: result.status, signal: result.signal ?? undefined, stdout: result.stdout, stderr: result.stderr };
}

/** A folder with the given files (paths relative to it), for one test. */
export function folderWith(files: Record<string, string>): string {
    const root = mkdtempSync(join(tmpdir(), 'provisio-cli-'));
    for (const [path, text] of Object.entries(files)) {
        mkdirSync(dirname(join(root, path)), { recursive: true });
        writeFileSync(join(root, path), text);
    }
    return root;
}

/**
 * Stylish output (findings grouped under their file) as one finding a line,
 * `file:line:col  severity  message  rule-id`, then a blank line and the totals: the shape
 * tests compare findings in.
 */
export function oneFindingALine(stylish: string): string {
    const lines = stylish.split('\n');
    const flat: string[] = [];
    let file = '';
    for (const [index, line] of lines.entries()) {
        const finding = /^ {2}(\d+:\d+) +(\S+) +(.*)$/.exec(line);
        if (finding) {
            flat.push(`${file}:${finding[1]}  ${finding[2]}  ${finding[3]}`);
        } else if (line !== '' && lines[index + 1]?.startsWith('  ')) {
            file = line;
        } else if (line !== '') {
            flat.push(...(flat.length > 0 ? [''] : []), line);
        }
    }
    return flat.join('\n') + (stylish.endsWith('\n') ? '\n' : '');
}
