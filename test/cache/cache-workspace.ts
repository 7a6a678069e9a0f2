// A workspace on disk for the cache tests: a registry of a service and recipients with
// weighing notes, and files of provisions that check clean, each with its own motivation.
// Helpers run `provisio check` in-process with and without --cache and return its JSON.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { runCheck, type CheckOptions } from '../../src/cli/check-command.js';
import { lastCacheRun, type CacheRunCounts } from '../../src/cache/cached-check.js';
import type { Locale } from '../../src/i18n/messages.js';
import { Translator } from '../../src/i18n/translator.js';

export function recipient(index: number, humanRights = index % 2 ? 'risk "Reports of ill-treatment"' : 'adequate'): string {
    return `recipient R${index} "Foreign service ${index}" {
    weighing-note WN-${index} {
        assessed 2021-01-10 method joint
        review-due 2030-01-10
        democratic-anchoring adequate
        human-rights ${humanRights}
        professionalism adequate
        legal-powers adequate
        data-protection adequate
        permits analytical, personal-data
    }
}
`;
}

export function registry(recipients: number): string {
    return ['service AIVD "Algemene Inlichtingen- en Veiligheidsdienst"\n', ...Array.from({ length: recipients }, (_, index) => recipient(index))].join('\n');
}

/** A motivation of its own for provision n: every run of three words holds the number, so no two are near-copies. */
export function motivation(n: number): string {
    const words = 'network plans an attack and the recipient service holds travel bookings of two members without which their meeting abroad cannot be traced and our warning would come too late'.split(' ');
    const lines: string[] = [];
    for (let start = 0; start < words.length; start += 6) {
        lines.push(words.slice(start, start + 6).map(word => `${word} ${n}`).join(' '));
    }
    return lines.join('\n        ') + '.';
}

export function provision(n: number, to: number, text = motivation(n)): string {
    const mitigation = to % 2 ? `    mitigation for human-rights "Only analytical conclusions about subject ${n} are shared."\n` : '';
    return `provision P-${n} {
    by AIVD
    to R${to}
    date 2022-03-01
    data { form analytical subjects 2 "members of network ${n}" categories identity, travel period 2021-09-01 to 2022-02-28 }
    necessity """
        ${text}
    """
${mitigation}    conditions third-party-rule, intelligence-use-only
    approved head-of-service on 2022-02-27
}
`;
}

export interface DiskWorkspace {
    root: string;
    write(path: string, text: string): void;
    path(path: string): string;
}

/** `files` of `perFile` provisions each, to recipients round-robin, beside a registry of `recipients`. */
export function diskWorkspace(files: number, perFile: number, recipients = 4): DiskWorkspace {
    const root = mkdtempSync(join(tmpdir(), 'provisio-cache-'));
    const write = (path: string, text: string) => {
        mkdirSync(dirname(join(root, path)), { recursive: true });
        writeFileSync(join(root, path), text);
    };
    write('registry.provisio', registry(recipients));
    for (let file = 0; file < files; file++) {
        const numbers = Array.from({ length: perFile }, (_, i) => file * perFile + i);
        write(`cases/batch-${file}.provisio`, numbers.map(n => provision(n, n % recipients)).join('\n'));
    }
    return { root, write, path: path => join(root, path) };
}

export interface CheckRun {
    /** The JSON output, with paths relative to the workspace. */
    json: string;
    findings: string[];
    errors: string;
    exitCode: number;
    counts?: CacheRunCounts;
}

export async function check(root: string, options: Partial<CheckOptions> = {}, locale: Locale = 'en', paths: string[] = [root]): Promise<CheckRun> {
    let out = '';
    let errors = '';
    const before = lastCacheRun;
    const exitCode = await runCheck(paths, { format: 'json', color: false, ...options }, { out: text => { out += text; }, error: text => { errors += `${text}\n`; } }, new Translator(locale));
    const results = JSON.parse(out) as Array<{ filePath: string; messages: Array<{ ruleId: string; line: number; message: string }> }>;
    const json = JSON.stringify(results.map(result => ({ ...result, filePath: relative(root, result.filePath) })));
    const findings = results.flatMap(result => result.messages.map(message => `${relative(root, result.filePath)}:${message.line} ${message.ruleId} ${message.message}`));
    return { json, findings, errors, exitCode, counts: lastCacheRun !== before ? lastCacheRun : undefined };
}

export const cached = (root: string, options: Partial<CheckOptions> = {}, locale: Locale = 'en') => check(root, { cache: true, ...options }, locale);
