// Synthetic workspaces for the benchmarks: a registry of services and recipients, and
// provisions that check clean, every one with its own motivation, so the rules have real
// work and no findings. Shapes differ only in how the provisions are spread over files.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const recipients = 20;

export function registry() {
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
    return `${lines.join('\n')}\n`;
}

/** The n-th provision. Its motivation starts with `Network ${n} is`, where the editor benchmark types. */
export function provision(n) {
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

export function provisions(first, count) {
    return Array.from({ length: count }, (_, i) => provision(first + i)).join('\n');
}

/**
 * Writes `registry.provisio` and `cases/batch-N.provisio` files of `perFile` provisions each
 * into a new temporary folder. Returns the folder, the case files, and a way to remove it.
 */
export function writeWorkspace(count, perFile = 10) {
    const root = mkdtempSync(join(tmpdir(), 'provisio-bench-'));
    writeFileSync(join(root, 'registry.provisio'), registry());
    mkdirSync(join(root, 'cases'));
    const files = [];
    for (let file = 0; file * perFile < count; file++) {
        const path = join(root, 'cases', `batch-${file}.provisio`);
        writeFileSync(path, provisions(file * perFile, Math.min(perFile, count - file * perFile)));
        files.push(path);
    }
    return { root, files, remove: () => rmSync(root, { recursive: true, force: true }) };
}
