// Speed figures for the built CLI: start-up, the examples, and synthetic workspaces of
// growing size, to show that checking grows linearly with the number of provisions.
// Run with `npm run bench` (it builds first). Prints a table; asserts nothing.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const cli = new URL('../out/cli/provisio.js', import.meta.url).pathname;
const repeats = Number(process.env.BENCH_REPEATS ?? 3);

function time(args, cwd = process.cwd()) {
    const runs = [];
    let result;
    for (let i = 0; i < repeats; i++) {
        const start = performance.now();
        result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' });
        runs.push(performance.now() - start);
    }
    runs.sort((a, b) => a - b);
    const summary = args[0] === 'check' ? `: ${result.stdout.trim().split('\n').at(-1)}` : '';
    return { median: runs[Math.floor(runs.length / 2)], outcome: `exit ${result.status}${summary}` };
}

const recipients = 20;

function registry() {
    const lines = ['service AIVD "Algemene Inlichtingen- en Veiligheidsdienst"'];
    for (let r = 0; r < recipients; r++) {
        lines.push(`recipient R${r} "Foreign service ${r}" {
    weighing-note WN-${r} {
        assessed 2021-01-10 method joint
        review-due 2030-01-10
        democratic-anchoring adequate
        human-rights ${r % 2 ? 'risk "Reports of ill-treatment"' : 'adequate'}
        professionalism adequate
        legal-powers adequate
        data-protection adequate
        permits analytical, personal-data
    }
}`);
    }
    return lines.join('\n');
}

// Every motivation differs, so the reuse check has real work and no findings.
function provision(n) {
    const recipient = n % recipients;
    const mitigation = recipient % 2 ? `    mitigation for human-rights "Only analytical conclusions about subject ${n} are shared."\n` : '';
    return `provision P-${n} {
    by AIVD
    to R${recipient}
    date 2022-03-01
    data { form analytical subjects 2 "members of network ${n}" categories identity, travel period 2021-09-01 to 2022-02-28 }
    necessity """
        Network ${n} is under investigation for planning an attack, and the recipient service
        ${recipient} holds the travel bookings of its members number ${n * 7} and ${n * 7 + 1}. Without them
        the meeting abroad on date ${n % 28 + 1} cannot be traced, and the warning would come too late.
    """
${mitigation}    conditions third-party-rule, intelligence-use-only
    approved head-of-service on 2022-02-27
}
`;
}

function syntheticWorkspace(provisions, perFile = 10) {
    const root = mkdtempSync(join(tmpdir(), 'provisio-bench-'));
    writeFileSync(join(root, 'registry.provisio'), registry());
    mkdirSync(join(root, 'cases'));
    for (let file = 0; file * perFile < provisions; file++) {
        const text = Array.from({ length: Math.min(perFile, provisions - file * perFile) }, (_, i) => provision(file * perFile + i)).join('\n');
        writeFileSync(join(root, 'cases', `batch-${file}.provisio`), text);
    }
    return root;
}

const rows = [];
const row = (what, result, per) => rows.push([what, `${result.median.toFixed(0)} ms`, per ?? '', result.outcome]);

row('provisio --version', time(['--version']));
row('provisio rules', time(['rules']));
row('check examples/workspace', time(['check', 'examples/workspace']));
row('check examples', time(['check', 'examples']));
for (const size of [100, 1000, 5000, 20000]) {
    const root = syntheticWorkspace(size);
    const result = time(['check', '.'], root);
    row(`check ${size} provisions (${Math.ceil(size / 10)} files)`, result, `${(result.median / size).toFixed(2)} ms/provision`);
    rmSync(root, { recursive: true, force: true });
}

const widths = [0, 1, 2, 3].map(column => Math.max(...rows.map(cells => cells[column].length)));
console.log(`Provisio benchmark: median of ${repeats} runs, Node ${process.version}\n`);
for (const cells of rows) {
    console.log(cells.map((cell, column) => column === 1 ? cell.padStart(widths[column]) : cell.padEnd(widths[column])).join('   '));
}
