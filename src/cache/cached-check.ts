// `provisio check --cache`: a file's stored results are used again when nothing they depend on
// changed: the file's text, its effective configuration, the tool, the language, the date and
// the options that change results (the run fingerprint), and what lies outside the file
// (dependencies.ts). Only the files that changed, and those whose dependencies changed, are
// checked; the rest are not even parsed, except those whose declarations the checked files
// refer to (rules read a recipient's weighing notes, an umbrella's clauses). Unparsed files
// still count for workspace-wide facts through stand-ins built from their records.
import { URI, type LangiumDocument } from 'langium';
import type { LintResult } from '../cli/lint-results.js';
import { toLintResult } from '../cli/lint-results.js';
import type { Output } from '../cli/output.js';
import type { ProjectConfig } from '../config/config.js';
import type { Translator } from '../i18n/translator.js';
import type { SourceProblems } from '../language/source-checks.js';
import type { ProvisioServices } from '../language/provisio-module.js';
import { readCache, writeCache, type CacheContents } from './cache-file.js';
import { WorkspaceDependencies, type DependencyInput } from './dependencies.js';
import { checkPart } from './partial-check.js';
import { digest, stableJson } from './digest.js';
import { checkedFacts, fileFacts, type FileFacts, type FileRecord } from './records.js';
import { toolIdentity } from './tool-identity.js';
import { exportsOf } from '../language/index-entries.js';

export interface CacheSettings {
    /** The cache file. */
    file: string;
    /** The options of the run that can change results; options that only shape the output are left out by the caller. */
    options: Record<string, unknown>;
}

/** What the last cached run did, for tests and the benchmark: documents parsed, files checked, files whose results were reused. */
export interface CacheRunCounts {
    parsed: number;
    checked: number;
    reused: number;
}

export let lastCacheRun: CacheRunCounts | undefined;

interface Current {
    path: string;
    uri: URI;
    text: string;
    content: string;
    config: string;
}

/** A file's results, and what each of its findings is about (CheckedFacts.subjects). */
export type CachedResult = Pick<FileRecord, 'result' | 'subjects'>;

/** Checks `files` (the whole workspace, sorted) and returns the results of every one of them, in that order. */
export async function checkWithCache(files: readonly string[], services: ProvisioServices, settings: CacheSettings, output: Output, translator: Translator): Promise<CachedResult[]> {
    const read = readCache(settings.file);
    if (read.warning) {
        output.error(translator.format(read.warning));
    }
    const run = runFingerprint(services, settings.options);
    const previous: Record<string, FileRecord> = read.contents?.run === run ? read.contents.files : {};
    const current = readWorkspace(files, services, translator);
    const counts: CacheRunCounts = { parsed: 0, checked: 0, reused: 0 };

    const parsed = new Map<string, LangiumDocument>();
    const parse = (file: Current) => {
        let document = parsed.get(file.path);
        if (!document) {
            document = services.shared.workspace.LangiumDocumentFactory.fromString(file.text, file.uri);
            parsed.set(file.path, document);
            counts.parsed++;
        }
        return document;
    };

    // The facts of every file: fresh for files whose text or configuration changed, from the cache for the rest.
    const facts = new Map<string, FileFacts & { content: string }>();
    const changed = new Set<string>();
    for (const file of current) {
        const record = previous[file.path];
        if (record && record.content === file.content && record.config === file.config) {
            facts.set(file.path, { ...record, content: file.content });
        } else {
            changed.add(file.path);
            facts.set(file.path, { ...fileFacts(parse(file)), content: file.content });
        }
    }
    const before = new WorkspaceDependencies(inputs(current, facts, previous, changed));
    const recheck = new Set(current.filter(file => changed.has(file.path) || before.fingerprint(file.path) !== previous[file.path].dependencies).map(file => file.path));

    const checked = recheck.size > 0 ? await checkChanged(current, recheck, facts, previous, parse, services) : new Map<string, LintResult>();
    counts.checked = recheck.size;
    counts.reused = current.length - recheck.size;
    lastCacheRun = counts;

    const found = new Map([...checked].map(([path, result]) => {
        const exports = exportsOf(services.shared.workspace.IndexManager, parsed.get(path)!.uri.toString());
        return [path, checkedFacts(parsed.get(path)!, exports, result)] as const;
    }));
    const after = new WorkspaceDependencies(inputs(current, facts, previous, changed, found));
    const records: Record<string, FileRecord> = {};
    for (const file of current) {
        const newly = found.get(file.path);
        if (newly) {
            const { declarations, references, motivations, motivationDigest } = facts.get(file.path)!;
            records[file.path] = { content: file.content, config: file.config, dependencies: '', declarations, references, motivations, motivationDigest, ...newly };
        } else {
            records[file.path] = previous[file.path];
        }
    }
    for (const path of recheck) {
        records[path].dependencies = after.fingerprint(path);
    }
    const dropped = Object.keys(previous).some(path => !(path in records));
    if (!read.foreign && (recheck.size > 0 || dropped || read.contents?.run !== run)) {
        const warning = writeCache(settings.file, { run, files: records } satisfies CacheContents);
        if (warning) {
            output.error(translator.format(warning));
        }
    }
    return current.map(file => ({ result: records[file.path].result, subjects: records[file.path].subjects }));
}

/** Checks the files in `recheck`; the files left unparsed stand in through their records. */
async function checkChanged(
    current: readonly Current[], recheck: ReadonlySet<string>, facts: ReadonlyMap<string, FileFacts>, previous: Record<string, FileRecord>,
    parse: (file: Current) => LangiumDocument, services: ProvisioServices
): Promise<Map<string, LintResult>> {
    const checked = await checkPart({ files: current, toCheck: recheck, facts, standIn: path => previous[path], parse }, services);
    return new Map(checked.map(document => [document.uri.fsPath, toLintResult(document)]));
}

function inputs(
    current: readonly Current[], facts: ReadonlyMap<string, FileFacts & { content: string }>, previous: Record<string, FileRecord>,
    changed: ReadonlySet<string>, found?: ReadonlyMap<string, DependencyInput['checked']>
): Map<string, DependencyInput> {
    return new Map(current.map(file => {
        const checked = found?.get(file.path) ?? (changed.has(file.path) ? undefined : previous[file.path]);
        return [file.path, { ...facts.get(file.path)!, checked }];
    }));
}

function readWorkspace(files: readonly string[], services: ProvisioServices, translator: Translator): Current[] {
    const fileSystem = services.shared.workspace.FileSystemProvider;
    const problems = fileSystem as Partial<SourceProblems>;
    const resolver = services.config.ProjectConfig.resolver;
    const configDigests = new Map<ProjectConfig, string>();
    const configDigest = (config: ProjectConfig) => {
        let result = configDigests.get(config);
        if (result === undefined) {
            result = digest(stableJson(config));
            configDigests.set(config, result);
        }
        return result;
    };
    // Read one after another: for many small files that is quicker than as many promises at once.
    return files.map(path => {
        const uri = URI.file(path);
        const text = fileSystem.readFileSync(uri);
        const problem = problems.problemFor?.(uri);
        return {
            path, uri, text,
            content: digest(text, problem ? `${problem.kind}:${translator.format(problem.message)}` : ''),
            config: configDigest(resolver.forFile(path).config)
        };
    });
}

/** The settings every result depends on: the tool, the language, today's date (rules and suppressions judge dates) and the options. */
function runFingerprint(services: ProvisioServices, options: Record<string, unknown>): string {
    const now = new Date();
    const localDay = `${now.getFullYear()}-${now.getMonth() + 1}-${now.getDate()}`;
    return digest(toolIdentity(), services.i18n.Translator.locale, services.suppressions.InlineSuppressions.today(), localDay, stableJson(options));
}
