// `provisio check`: lint files and folders as one workspace. Loaded on demand, because it
// is the only command that needs Langium.
import '../polyfill.js';
import { extname, relative, resolve } from 'node:path';
import type { LangiumDocument } from 'langium';
import { problemsOfConfigs, type ConfigProblem } from '../config/config.js';
import { gitignoreMatcher } from '../config/file-patterns.js';
import type { ConfigResolver } from '../config/resolve-config.js';
import type { Translator } from '../i18n/translator.js';
import { list } from '../i18n/messages.js';
import { collectFiles, fileExtension, PathError } from '../documents/collect-files.js';
import { createNodeServices, loadDocuments } from '../documents/load-documents.js';
import { workspaceRoots } from '../documents/workspace-root.js';
import { languageDiagnostics } from '../language/language-diagnostics.js';
import type { ProvisioServices } from '../language/provisio-module.js';
import { rules } from '../rules/registry.js';
import type { FormatterInput } from './formatters/formatter.js';
import { formatMessages } from './formatters/formats.messages.js';
import { defaultFormat, findFormatter } from './formatters/registry.js';
import { toLintResult, totals, type LintMessage, type LintResult, type Totals } from './lint-results.js';
import type { FixRun } from './fix-command.js';
import { appendToFile, fileErrorReason, writeFileAtomically, type OutputTarget } from './output-files.js';
import { colorEnabled, hyperlinksEnabled } from './terminal.js';
import { messages } from './cli.messages.js';
import { messages as fixMessages } from './fix.messages.js';
import { ExitCode, UsageError, type Output } from './output.js';
import { visible } from './visible-text.js';
import { applyBaseline, type BaselineOptions } from '../baseline/apply-baseline.js';
import { fingerprintKey, lintMessageFingerprintParts, lintMessageSubject, rootContaining, type FindingSubject } from '../baseline/fingerprint.js';
import { flagMessages } from './check-flags.messages.js';
import type { CheckFlags } from './check-flags.js';
import { changedSince, expandGlobs, parseRuleFlags } from './check-selection.js';
import { errorsOnly, failsAt, tooManyWarnings } from './exit-status.js';
import { effectiveConfigOf } from './print-config.js';
import { formatSuppressionReport } from './suppression-report.js';
import { checkWithCache } from '../cache/cached-check.js';
import { cacheSettings } from '../cache/cache-settings.js';

export interface CheckOptions extends BaselineOptions, CheckFlags {
    /** Each format and the file it goes to; at most one without a file, for standard output. */
    outputs?: readonly OutputTarget[];
    /** One format to standard output, when `outputs` is not given. */
    format?: string;
    maxWarnings?: number;
    config?: string;
    maxFileSize?: number;
    /** `--color` (true) or `--no-color` (false); undefined: decided by the environment and the terminal. */
    color?: boolean;
    /** The workspace to load for names and workspace-wide facts; by default found from the paths. */
    workspace?: string;
    /** False for an audit run: suppression comments are ignored. */
    inlineSuppressions?: boolean;
    /** Apply the rules' fixes and write the files (src/cli/fix.ts). */
    fix?: boolean;
    /** Apply the fixes in memory only, and show them. */
    fixDryRun?: boolean;
    /** Reuse the results of unchanged files (`--cache`), kept in `cacheLocation` (a file or folder; default: the workspace root). */
    cache?: boolean;
    cacheLocation?: string;
}

/** The source files under the paths given, before anything is left out. */
interface FoundFiles {
    /** The paths given (the `--stdin` file's, or `.` when none). */
    given: readonly string[];
    /** The folders the paths start from, before globs: where the workspace is looked for. */
    bases: readonly string[];
    files: readonly string[];
}

/** The files of a run: those reported on, and the whole workspace loaded around them. */
interface Selection {
    /** The paths given (the `--stdin` file's, or `.` when none), which also place the cache. */
    given: readonly string[];
    roots: readonly string[];
    /** The files to report on: found, not ignored, and changed when `--changed-since` asks. */
    asked: ReadonlySet<string>;
    /** Every file to load so that names resolve and workspace-wide facts hold: the asked files and the rest of their workspace. */
    workspaceFiles: readonly string[];
}

/** What checking gave: the results of the asked files, and what the outputs and the exit status need besides. */
interface CheckRun {
    checked: LintResult[];
    /** What a finding is about, for its fingerprint: from its document, or as the cache kept it. */
    subjectOf(message: LintMessage, result: LintResult): FindingSubject | undefined;
    fixes?: FixRun;
    baselineNotes: string[];
}

export async function runCheck(paths: readonly string[], options: CheckOptions, output: Output, translator: Translator, input: NodeJS.ReadableStream = process.stdin): Promise<ExitCode> {
    if (options.fix && options.fixDryRun) {
        throw new UsageError(fixMessages.message('bothModes'));
    }
    const services = checkServices(options, translator);
    const resolver = services.config.ProjectConfig.resolver;
    const fixed = options.config ? resolver.useFile(options.config) : undefined;
    if (options.printConfig !== undefined) {
        return printConfig(resolve(options.printConfig), resolver, output, translator);
    }
    const stdin = await stdinInput(paths, options, input);
    const found = await findFiles(paths, stdin);
    const configs = fixed ? [fixed] : found.files.map(file => resolver.forFile(file));
    if (reportConfigProblems(problemsOfConfigs(configs), output, translator)) {
        return ExitCode.UsageOrConfig;
    }
    const selection = await selectFiles(found, options, resolver);
    const run = selection.asked.size > 0 && canUseCache(options, stdin)
        ? await checkCached(selection, services, options, output, translator)
        : await checkInFull(selection, stdin, services, options, output, translator);
    const formatterInput = formatterInputOf(options.quiet ? errorsOnly(run.checked) : run.checked, run, selection.roots, translator);
    if (!await writeOutputs(options, formatterInput, output)) {
        return ExitCode.UsageOrConfig;
    }
    writeNotes(formatterInput.results, run.baselineNotes, options, output, translator);
    return exitStatus(run, formatterInput.totals, options, output, translator);
}

/** The language services of the run: suppression comments honoured unless auditing, `--rule` over the configuration. */
function checkServices(options: CheckOptions, translator: Translator): ProvisioServices {
    const services = createNodeServices(options.maxFileSize, translator.locale);
    services.suppressions.InlineSuppressions.enabled = options.inlineSuppressions !== false;
    services.config.ProjectConfig.resolver.setCommandLineRules(parseRuleFlags(options.rule ?? []));
    return services;
}

/** The source files under the paths given (globs expanded), or the `--stdin` file; none is a usage error. */
async function findFiles(paths: readonly string[], stdin: StdinInput | undefined): Promise<FoundFiles> {
    const given = stdin ? [stdin.file] : paths.length > 0 ? [...paths] : ['.'];
    const expanded = stdin ? { paths: given, bases: given } : await expandGlobs(given);
    const files = stdin ? [stdin.file] : await collectFiles(expanded.paths).catch(rethrowAsUsage);
    if (files.length === 0) {
        throw new UsageError(messages.message('error.noFiles', { extension: fileExtension, paths: paths.length > 0 ? list(paths, 'comma') : '.' }));
    }
    return { given, bases: expanded.bases, files };
}

/** The found files less those ignored (`--ignore-pattern`, the configuration) and, with `--changed-since`, those unchanged; and their workspace. */
async function selectFiles(found: FoundFiles, options: CheckOptions, resolver: ConfigResolver): Promise<Selection> {
    const ignoredByFlag = gitignoreMatcher(options.ignorePattern ?? [], process.cwd());
    const included = (file: string) => !ignoredByFlag(file) && !resolver.isIgnored(file);
    const roots = options.workspace ? [resolve(options.workspace)] : workspaceRoots(found.bases);
    const changed = options.changedSince !== undefined ? changedSince(options.changedSince, roots) : undefined;
    const files = found.files.filter(file => included(file) && (changed === undefined || changed(file)));
    const workspaceFiles = (await filesOfWorkspace(roots, files)).filter(included);
    return { given: found.given, roots, asked: new Set(files), workspaceFiles };
}

/** `--cache`: the results of unchanged files are reused; only the asked files' are kept. */
async function checkCached(selection: Selection, services: ProvisioServices, options: CheckOptions, output: Output, translator: Translator): Promise<CheckRun> {
    const cached = (await checkWithCache(selection.workspaceFiles, services, cacheSettings(options, selection.given), output, translator))
        .filter(({ result }) => selection.asked.has(result.filePath));
    const subjects = new Map(cached.flatMap(({ result, subjects }) => [...result.messages, ...result.suppressedMessages].map((message, index) => [message, subjects[index]] as const)));
    return { checked: cached.map(({ result }) => result), subjectOf: message => subjects.get(message), baselineNotes: [] };
}

/** Loads and checks the whole workspace, then applies the fixes and the baseline to the asked files. */
async function checkInFull(selection: Selection, stdin: StdinInput | undefined, services: ProvisioServices, options: CheckOptions, output: Output, translator: Translator): Promise<CheckRun> {
    const replacements = new Map(stdin ? [[stdin.file, stdin.text]] : []);
    const documents = selection.asked.size === 0 ? [] : (await loadDocuments(selection.workspaceFiles, services, replacements).catch(rethrowAsUsage)).documents;
    const fixes = await applyFixes(documents, selection.asked, services, options, output, translator);
    const asked = documents.filter(document => selection.asked.has(document.uri.fsPath));
    const baselineNotes = await applyBaseline(asked, selection.roots, options, translator);
    const checked = asked.map(toLintResult);
    fixes?.annotate(checked);
    const byPath = new Map(documents.map(document => [document.uri.fsPath, document]));
    const subjectOf = (message: LintMessage, result: LintResult) => {
        const document = byPath.get(result.filePath);
        return document && lintMessageSubject(document, message);
    };
    return { checked, subjectOf, fixes, baselineNotes };
}

/** `--fix` and `--fix-dry-run`; the fixing code is loaded only for them. */
async function applyFixes(documents: readonly LangiumDocument[], asked: ReadonlySet<string>, services: ProvisioServices, options: CheckOptions, output: Output, translator: Translator): Promise<FixRun | undefined> {
    if (!options.fix && !options.fixDryRun) {
        return undefined;
    }
    const { runFixes } = await import('./fix-command.js');
    return runFixes(services, documents, asked, { ...options, describeOnStandardOutput: standardOutputFormat(options) === 'stylish' }, output, translator);
}

/** What every format is given: the results and their totals, and each finding's fingerprint. */
function formatterInputOf(results: LintResult[], run: CheckRun, roots: readonly string[], translator: Translator): FormatterInput {
    return {
        results, totals: totals(results), rules, translator, color: false, hyperlinks: false, cwd: process.cwd(), environment: process.env,
        fingerprint: (message, result) => fingerprintKey(lintMessageFingerprintParts(result.filePath, message, run.subjectOf(message, result), rootContaining(result.filePath, roots)))
    };
}

/** Beside the outputs: the suppressed findings under stylish text, and the baseline's notes on standard error. */
function writeNotes(results: readonly LintResult[], baselineNotes: readonly string[], options: CheckOptions, output: Output, translator: Translator): void {
    if (options.reportSuppressions && standardOutputFormat(options) === 'stylish') {
        output.out('\n' + formatSuppressionReport(results, translator));
    }
    if (baselineNotes.length > 0) {
        output.error(baselineNotes.map(visible).join('\n'));
    }
}

/** 2 when a fix could not be written or a file could not be read; 1 for findings at the fail level or too many warnings; else 0. */
function exitStatus(run: CheckRun, counts: Totals, options: CheckOptions, output: Output, translator: Translator): ExitCode {
    if (run.fixes?.failed) {
        return ExitCode.UsageOrConfig;
    }
    if (run.checked.some(result => result.messages.some(message => message.ruleId === languageDiagnostics.unreadableFile.code))) {
        // A file that was not read was not checked: the run is incomplete, whatever the others say.
        return ExitCode.UsageOrConfig;
    }
    if (failsAt(counts, options.failLevel)) {
        return ExitCode.Problems;
    }
    if (tooManyWarnings(counts, options.maxWarnings)) {
        output.error(translator.format(messages.message('error.tooManyWarnings', { count: counts.warnings, limit: options.maxWarnings! })));
        return ExitCode.Problems;
    }
    return ExitCode.Clean;
}

interface StdinInput {
    file: string;
    text: string;
}

/** `--stdin`: the text, and the absolute path it is checked as; undefined without `--stdin`. */
async function stdinInput(paths: readonly string[], options: CheckOptions, input: NodeJS.ReadableStream): Promise<StdinInput | undefined> {
    if (!options.stdin) {
        if (options.stdinFilename !== undefined) {
            throw new UsageError(flagMessages.message('error.stdinFilenameWithoutStdin'));
        }
        return undefined;
    }
    if (paths.length > 0) {
        throw new UsageError(flagMessages.message('error.stdinWithPaths'));
    }
    if (options.stdinFilename === undefined) {
        throw new UsageError(flagMessages.message('error.stdinFilename'));
    }
    if (extname(options.stdinFilename) !== fileExtension) {
        throw new UsageError(flagMessages.message('error.notSource', { path: options.stdinFilename, extension: fileExtension }));
    }
    const chunks: Buffer[] = [];
    for await (const chunk of input) {
        chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk as Buffer);
    }
    return { file: resolve(options.stdinFilename), text: Buffer.concat(chunks).toString('utf8') };
}

function printConfig(file: string, resolver: ConfigResolver, output: Output, translator: Translator): ExitCode {
    if (reportConfigProblems(resolver.forFile(file).problems, output, translator)) {
        return ExitCode.UsageOrConfig;
    }
    output.out(JSON.stringify(effectiveConfigOf(file, resolver), null, 2) + '\n');
    return ExitCode.Clean;
}

/** Every format to its file or to standard output; false when a file could not be written (each failure is one line on standard error). */
async function writeOutputs(options: CheckOptions, input: FormatterInput, output: Output): Promise<boolean> {
    const terminal = process.stdout.isTTY === true;
    let written = true;
    const fail = (file: string, error: unknown) => {
        output.error(input.translator.format(messages.message('error.usage', { message: visible(input.translator.format(formatMessages.message('error.cannotWriteFile', { file, reason: fileErrorReason(error) }))) })));
        written = false;
    };
    for (const target of options.outputs ?? [{ format: options.format ?? defaultFormat }]) {
        const formatter = findFormatter(target.format);
        if (formatter === undefined) {
            throw new UsageError(formatMessages.message('error.unknownFormat', { formats: target.format }));
        }
        const toTerminal = target.file === undefined && terminal;
        const targetInput = {
            ...input,
            color: formatter.name === 'stylish' && colorEnabled(options.color, input.environment, toTerminal),
            hyperlinks: formatter.name === 'stylish' && hyperlinksEnabled(input.environment, toTerminal)
        };
        const text = formatter.format(targetInput);
        if (target.file === undefined) {
            output.out(text);
        } else {
            await writeFileAtomically(target.file, text).catch(error => fail(target.file!, error));
        }
        for (const appendix of formatter.appendices?.(targetInput) ?? []) {
            await appendToFile(appendix.path, appendix.text).catch(error => fail(appendix.path, error));
        }
    }
    return written;
}

/** Runs that change files, compare with a baseline or check unsaved text need the documents themselves, so they check in full. */
function canUseCache(options: CheckOptions, stdin: unknown): boolean {
    return options.cache === true && !options.fix && !options.fixDryRun && options.baseline === undefined && options.baselineWrite === undefined && stdin === undefined;
}

/** The format written to standard output, if any, by its registered name. */
function standardOutputFormat(options: CheckOptions): string | undefined {
    const target = (options.outputs ?? [{ format: options.format ?? defaultFormat }]).find(output => output.file === undefined);
    return target && findFormatter(target.format)?.name;
}

/**
 * The files to load: those asked for, and every other .provisio file of their workspace, so
 * that names resolve and workspace-wide facts hold as in a full check. A workspace folder
 * that cannot be searched adds nothing; the files asked for are still checked.
 */
async function filesOfWorkspace(roots: readonly string[], asked: readonly string[]): Promise<string[]> {
    const around = await collectFiles(roots).catch(() => []);
    return [...new Set([...asked, ...around])].sort();
}

function rethrowAsUsage(error: unknown): never {
    throw error instanceof PathError ? new UsageError(error.problem) : error;
}

/** Writes the configuration's problems to standard error, each once; true when there were any. */
function reportConfigProblems(problems: ConfigProblem[], output: Output, translator: Translator): boolean {
    const unique = uniqueProblems(problems, translator);
    if (unique.length > 0) {
        output.error(unique.map(problem => formatConfigProblem(problem, translator)).join('\n'));
    }
    return unique.length > 0;
}

function uniqueProblems(problems: ConfigProblem[], translator: Translator): ConfigProblem[] {
    const seen = new Set<string>();
    return problems.filter(problem => {
        const key = `${problem.file}:${problem.line}:${problem.column}:${translator.format(problem.message)}`;
        return !seen.has(key) && seen.add(key) !== undefined;
    });
}

function formatConfigProblem(problem: ConfigProblem, translator: Translator): string {
    return visible(`${relative(process.cwd(), problem.file) || problem.file}:${problem.line}:${problem.column}  error  ${translator.format(problem.message)}  config`);
}
