// Which files `provisio check` reports on: quoted globs among the paths, `--ignore-pattern`,
// the configuration's `ignores`, `--changed-since`; and the rules set with `--rule`. Every
// mistake here is a usage error (exit 2) that says what would work.
import { spawnSync } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import type { RulePatch } from '../config/config.js';
import { closestMatch } from '../config/suggest.js';
import { fileExtension } from '../documents/collect-files.js';
import { list } from '../i18n/messages.js';
import { findRule, rules } from '../rules/registry.js';
import { severitySettings, type SeveritySetting } from '../rules/rule.js';
import { flagMessages } from './check-flags.messages.js';
import { UsageError } from './output.js';
import { appendAll } from '../support/arrays.js';

export interface ExpandedPaths {
    /** Paths to collect files from: the given ones, with each glob replaced by the files it matches. */
    paths: string[];
    /** Where each given path starts, to find its workspace: a glob's folder before its first wildcard. */
    bases: string[];
}

/**
 * Quoted globs as paths (`provisio check "mivd/**\/*.provisio"`), so the same command works in
 * every shell. A path that exists is taken as written, even if it has glob characters in its name.
 */
export async function expandGlobs(given: readonly string[], cwd = process.cwd()): Promise<ExpandedPaths> {
    const paths: string[] = [];
    const bases: string[] = [];
    for (const path of given) {
        if (existsSync(resolve(cwd, path)) || !isDynamicPattern(path)) {
            paths.push(path);
            bases.push(path);
            continue;
        }
        const matches = await glob(path, { cwd, absolute: true, onlyFiles: true, followSymbolicLinks: false, ignore: ['**/node_modules/**'] });
        const sources = matches.filter(match => match.endsWith(fileExtension)).sort();
        if (sources.length === 0) {
            throw new UsageError(flagMessages.message('error.noGlobMatch', { extension: fileExtension, pattern: path }));
        }
        appendAll(paths, sources);
        bases.push(staticBase(path));
    }
    return { paths, bases };
}

/** The folders of a glob before its first segment with a wildcard: `mivd/2024/**\/*.provisio` → `mivd/2024`. */
function staticBase(pattern: string): string {
    const segments = pattern.split('/');
    const firstDynamic = segments.findIndex(segment => isDynamicPattern(segment));
    const base = segments.slice(0, firstDynamic === -1 ? segments.length - 1 : firstDynamic).join('/');
    return base === '' ? (pattern.startsWith('/') ? '/' : '.') : base;
}

/**
 * Whether the files changed since a git ref in the repositories holding these folders include a
 * file. Git names files by their real path, so a file reached through a link (a linked working
 * folder, a temporary folder behind a link) is compared by its real path too.
 */
export function changedSince(ref: string, folders: readonly string[]): (file: string) => boolean {
    const changed = changedFiles(ref, folders);
    return file => changed.has(file) || changed.has(realPath(file));
}

function realPath(file: string): string {
    try {
        return realpathSync(file);
    } catch {
        return file;
    }
}

function changedFiles(ref: string, folders: readonly string[]): Set<string> {
    const changed = new Set<string>();
    const seen = new Set<string>();
    for (const folder of folders) {
        const top = git(['rev-parse', '--show-toplevel'], folder);
        if (top.status !== 0) {
            throw new UsageError(flagMessages.message('error.notRepository', { folder }));
        }
        if (!seen.has(top.stdout.trim())) {
            seen.add(top.stdout.trim());
            for (const file of changedInRepository(ref, folder)) {
                changed.add(file);
            }
        }
    }
    return changed;
}

/**
 * The files changed since a git ref, absolute: what `git diff --name-only <ref>` lists (committed,
 * staged and unstaged changes; deleted files left out) and the untracked files git does not ignore.
 */
function changedInRepository(ref: string, cwd: string): Set<string> {
    const top = git(['rev-parse', '--show-toplevel'], cwd);
    if (top.status !== 0) {
        throw new UsageError(flagMessages.message('error.notRepository', { folder: cwd }));
    }
    const root = top.stdout.trim();
    // `--end-of-options` keeps a ref that starts with a dash from being read as an option.
    const verified = git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], root);
    if (verified.status !== 0) {
        throw new UsageError(flagMessages.message('error.badRef', { ref }));
    }
    const changed = git(['diff', '--name-only', '--no-renames', '--diff-filter=d', '-z', verified.stdout.trim(), '--'], root);
    const untracked = git(['ls-files', '--others', '--exclude-standard', '--full-name', '-z'], root);
    for (const run of [changed, untracked]) {
        if (run.status !== 0) {
            throw new UsageError(flagMessages.message('error.gitFailed', { ref, reason: firstLine(run.stderr) }));
        }
    }
    const names = [...changed.stdout.split('\0'), ...untracked.stdout.split('\0')].filter(name => name !== '');
    return new Set(names.map(name => join(root, name)));
}

function git(args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
    const run = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    if (run.error) {
        throw new UsageError(flagMessages.message('error.gitMissing', { reason: run.error.message }));
    }
    return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function firstLine(text: string): string {
    return text.trim().split('\n')[0] ?? '';
}

/** `--rule id=severity`, each checked against the registry; the last setting of a rule wins. */
export function parseRuleFlags(values: readonly string[]): Map<string, RulePatch> {
    const settings = new Map<string, RulePatch>();
    for (const value of values) {
        const match = /^\s*([^=\s]+)\s*=\s*(\S+)\s*$/.exec(value);
        if (!match) {
            throw new UsageError(flagMessages.message('error.ruleFlag', { value }));
        }
        const [, id, severity] = match;
        if (!findRule(id)) {
            const suggestion = closestMatch(id, rules.map(rule => rule.id));
            throw new UsageError(flagMessages.message('error.ruleUnknown', { id, hint: suggestion ? flagMessages.message('error.didYouMean', { suggestion }) : '' }));
        }
        if (!(severitySettings as readonly string[]).includes(severity)) {
            throw new UsageError(flagMessages.message('error.ruleSeverity', { id, value: severity, severities: list(severitySettings, 'comma') }));
        }
        settings.set(id, { severity: severity as SeveritySetting, options: {} });
    }
    return settings;
}
