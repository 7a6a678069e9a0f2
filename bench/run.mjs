// Speed figures for the built CLI: start-up, the examples, and synthetic workspaces of the
// shapes the targets in bench/README.md name. Run with `npm run bench` (it builds first);
// `npm run bench -- --editor` also runs the language-server benchmark (bench/editor.mjs).
// Prints figures; asserts nothing. BENCH_REPEATS sets the runs per row (median taken),
// BENCH_ONLY a comma-separated list of row groups, BENCH_OUT another build's `out` folder.
// Where GNU time is installed, CPU time is shown too: it varies less than wall time when
// other programs share the machine. A row with a target from issue 5's table says whether it
// was met, by wall time and by CPU time.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
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

async function time(args, cwd = process.cwd(), runs = repeats, before = () => undefined) {
    const results = [];
    for (let i = 0; i < runs; i++) {
        before(i);
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
const verdicts = [];
const megabytes = bytes => bytes === undefined ? '' : `${(bytes / 2 ** 20).toFixed(0)} MB peak`;
const row = (what, result, per = '', target = undefined) => {
    const cpu = result.cpu === undefined ? '' : `cpu ${result.cpu.toFixed(0)} ms`;
    rows.push([what, `${result.median.toFixed(0)} ms`, cpu, megabytes(result.peak), per, result.outcome]);
    console.error(`${what}: ${result.median.toFixed(0)} ms`);
    if (target) {
        verdicts.push([what, judge(result, target)]);
    }
};

/** Whether a result meets a target of `ms` (and `mb` of peak memory), by wall time and by CPU time, and by how much it misses. */
function judge(result, { ms, mb }) {
    const by = (value, limit) => value <= limit ? 'met' : `missed by ${(value - limit).toFixed(0)} ms (×${(value / limit).toFixed(1)})`;
    const parts = [`target ≤ ${ms} ms${mb ? ` and ≤ ${mb} MB` : ''}`, `wall ${result.median.toFixed(0)} ms: ${by(result.median, ms)}`];
    if (result.cpu !== undefined) {
        parts.push(`cpu ${result.cpu.toFixed(0)} ms: ${by(result.cpu, ms)}`);
    }
    if (mb && result.peak !== undefined) {
        const peak = result.peak / 2 ** 20;
        parts.push(`memory ${peak.toFixed(0)} MB: ${peak <= mb ? 'met' : `missed by ${(peak - mb).toFixed(0)} MB`}`);
    }
    return parts.join('; ');
}

async function checkWorkspace(what, provisions, perFile, runs = repeats, target = undefined) {
    const workspace = writeWorkspace(provisions, perFile);
    try {
        const result = await time(['check', '.'], workspace.root, runs);
        row(what, result, `${(result.median / provisions).toFixed(3)} ms/provision`, target);
    } finally {
        workspace.remove();
    }
}

/**
 * `check --cache` on 10,000 provisions in 1,000 files: once to fill the cache, then runs that
 * each follow a change to one file (a data description, and separately a motivation, which
 * checks every file with a motivation again), and a run with nothing changed.
 */
async function cachedRuns() {
    const workspace = writeWorkspace(10_000, 10);
    const file = workspace.files[500];
    const original = readFileSync(file, 'utf8');
    const change = (from, to) => i => writeFileSync(file, i % 2 === 0 ? original.replace(from, to) : original);
    try {
        row('check --cache, 10,000 provisions, cold (fills the cache)', await time(['check', '.', '--cache'], workspace.root, 1));
        row('check --cache, 10,000 provisions, after one file changed', await time(['check', '.', '--cache'], workspace.root, repeats, change('members of network 5000"', 'members of network 5000, edited"')), '', { ms: 300 });
        writeFileSync(file, original);
        row('check --cache, 10,000 provisions, nothing changed', await time(['check', '.', '--cache'], workspace.root));
        row('check --cache, 10,000 provisions, after one motivation changed', await time(['check', '.', '--cache'], workspace.root, repeats, change('Network 5000 is under', 'Network 5000 was under')));
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
    await checkWorkspace('check 10,000 provisions, 10 per file (1,000 files)', 10_000, 10, repeats, { ms: 2000 });
}
if (wanted('cache')) {
    await cachedRuns();
}
if (wanted('one-file')) {
    await checkWorkspace('check 10,000 provisions in one file', 10_000, 10_000, repeats, { ms: 5000 });
}
if (wanted('100k')) {
    await checkWorkspace('check 100,000 provisions, 10 per file (10,000 files)', 100_000, 10, Math.min(repeats, 1), { ms: 15_000, mb: 1024 });
}

const widths = [0, 1, 2, 3, 4, 5].map(column => Math.max(...rows.map(cells => cells[column].length)));
console.log(`Provisio CLI benchmark: median of ${repeats} runs (100,000: one run), Node ${process.version}, ${availableParallelism()} cores, load average ${loadavg().map(load => load.toFixed(1)).join(' ')}\n`);
for (const cells of rows) {
    console.log(cells.map((cell, column) => column === 1 || column === 2 ? cell.padStart(widths[column]) : cell.padEnd(widths[column])).join('   '));
}
if (verdicts.length > 0) {
    console.log('\nTargets (issue 5, item 7):');
    for (const [what, verdict] of verdicts) {
        console.log(`- ${what}: ${verdict}`);
    }
}

if (process.argv.includes('--editor')) {
    await import('./editor.mjs');
}
