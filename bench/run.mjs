// Speed figures for the built CLI: start-up, the examples, and synthetic workspaces of the
// shapes the targets in bench/README.md name. Run with `npm run bench` (it builds first);
// `npm run bench -- --editor` also runs the language-server benchmark (bench/editor.mjs).
// Prints figures; asserts nothing. BENCH_REPEATS sets the runs per row (median taken),
// BENCH_ONLY a comma-separated list of row groups, BENCH_OUT another build's `out` folder.
// Where GNU time is installed, CPU time is shown too: it varies less than wall time when
// other programs share the machine.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { writeWorkspace } from './workspace.mjs';

const out = process.env.BENCH_OUT ? resolve(process.env.BENCH_OUT) : new URL('../out', import.meta.url).pathname;
const cli = join(out, 'cli/provisio.js');
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const repeats = Number(process.env.BENCH_REPEATS ?? 3);

/** Peak resident memory so far of a running process, in bytes (Linux; undefined elsewhere). */
function peakMemory(pid) {
    try {
        const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find(text => text.startsWith('VmHWM:'));
        return line ? Number(line.split(/\s+/)[1]) * 1024 : undefined;
    } catch {
        return undefined;
    }
}

function runOnce(args, cwd) {
    const scratch = mkdtempSync(join(tmpdir(), 'provisio-time-'));
    const usage = join(scratch, 'usage');
    const command = gnuTime ? [gnuTime, '-f', '%U %S %M', '-o', usage, process.execPath] : [process.execPath];
    return new Promise(done => {
        const start = performance.now();
        const child = spawn(command[0], [...command.slice(1), cli, ...args], { cwd });
        let stdout = '';
        let peak;
        child.stdout.on('data', chunk => { stdout += chunk; });
        child.stderr.resume();
        const sampler = setInterval(() => { peak = peakMemory(child.pid) ?? peak; }, 50);
        child.on('exit', status => {
            clearInterval(sampler);
            const ms = performance.now() - start;
            if (gnuTime) {
                const [user, system, kilobytes] = readFileSync(usage, 'utf8').trim().split('\n').at(-1).split(' ').map(Number);
                done({ ms, cpu: (user + system) * 1000, status, stdout, peak: kilobytes * 1024 });
            } else {
                done({ ms, status, stdout, peak });
            }
            rmSync(scratch, { recursive: true, force: true });
        });
    });
}

async function time(args, cwd = process.cwd(), runs = repeats) {
    const results = [];
    for (let i = 0; i < runs; i++) {
        results.push(await runOnce(args, cwd));
    }
    results.sort((a, b) => a.ms - b.ms);
    const median = results[Math.floor(results.length / 2)];
    const last = results.at(-1);
    const summary = args[0] === 'check' ? `: ${last.stdout.trim().split('\n').at(-1)}` : '';
    const peaks = results.map(result => result.peak).filter(peak => peak !== undefined);
    const cpu = results.every(result => result.cpu !== undefined) ? results.map(result => result.cpu).sort((a, b) => a - b)[Math.floor(results.length / 2)] : undefined;
    return { median: median.ms, cpu, peak: peaks.length ? Math.max(...peaks) : undefined, outcome: `exit ${last.status}${summary}` };
}

const rows = [];
const megabytes = bytes => bytes === undefined ? '' : `${(bytes / 2 ** 20).toFixed(0)} MB peak`;
const row = (what, result, per = '') => {
    const cpu = result.cpu === undefined ? '' : `cpu ${result.cpu.toFixed(0)} ms`;
    rows.push([what, `${result.median.toFixed(0)} ms`, cpu, megabytes(result.peak), per, result.outcome]);
    console.error(`${what}: ${result.median.toFixed(0)} ms`);
};

async function checkWorkspace(what, provisions, perFile, runs = repeats) {
    const workspace = writeWorkspace(provisions, perFile);
    try {
        const result = await time(['check', '.'], workspace.root, runs);
        row(what, result, `${(result.median / provisions).toFixed(3)} ms/provision`);
    } finally {
        workspace.remove();
    }
}

const only = process.env.BENCH_ONLY;
const wanted = name => !only || only.split(',').includes(name);

if (wanted('startup')) {
    row('provisio --version', await time(['--version']));
    row('provisio rules', await time(['rules']));
    row('check examples', await time(['check', 'examples']));
}
if (wanted('growth')) {
    for (const size of [100, 1000]) {
        await checkWorkspace(`check ${size} provisions, 10 per file`, size, 10);
    }
}
if (wanted('small-files')) {
    await checkWorkspace('check 10,000 provisions, 10 per file (1,000 files)', 10_000, 10);
}
if (wanted('one-file')) {
    await checkWorkspace('check 10,000 provisions in one file', 10_000, 10_000);
}
if (wanted('100k')) {
    await checkWorkspace('check 100,000 provisions, 10 per file (10,000 files)', 100_000, 10, Math.min(repeats, 1));
}

const widths = [0, 1, 2, 3, 4, 5].map(column => Math.max(...rows.map(cells => cells[column].length)));
console.log(`Provisio CLI benchmark: median of ${repeats} runs (100,000: one run), Node ${process.version}, ${(await import('node:os')).availableParallelism()} cores\n`);
for (const cells of rows) {
    console.log(cells.map((cell, column) => column === 1 || column === 2 ? cell.padStart(widths[column]) : cell.padEnd(widths[column])).join('   '));
}

if (process.argv.includes('--editor')) {
    await import('./editor.mjs');
}
