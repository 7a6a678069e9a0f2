// `provisio summary`: the reports reviewers, the CTIVD and the minister read, built from the
// sources. Loaded on demand, like `check`. Files above `--max-classification` are never
// loaded into the workspace, so nothing of them can reach the summary through a reference.
import '../polyfill.js';
import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { URI } from 'langium';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { collectFiles, fileExtension, PathError } from '../documents/collect-files.js';
import { createNodeServices, loadDocuments } from '../documents/load-documents.js';
import { workspaceRoots } from '../documents/workspace-root.js';
import { chooseLocale, localeFromEnvironment } from '../i18n/locale.js';
import type { KeyOf, Locale, MessageData } from '../i18n/messages.js';
import { Translator } from '../i18n/translator.js';
import { summaryMessages } from './summary.messages.js';
import type { Document } from '../language/generated/ast.js';
import type { ProvisioServices } from '../language/provisio-module.js';
import type { SourceProblems } from '../language/source-checks.js';
import { visible } from '../cli/visible-text.js';
import { classificationMarkings, parseClassification, type ClassificationMarking } from '../model/classification.js';
import { isCalendarDate } from '../model/dates.js';
import { ExitCode, UsageError, type Output } from '../cli/output.js';
import { problemsOfConfigs } from '../config/config.js';
import { buildSummaryModel, type SummaryFile } from './model.js';
import { buildReport, type Audience } from './report.js';
import { loadRenderer, type SummaryFormat } from './renderers/registry.js';

export interface SummaryCommandOptions {
    format: SummaryFormat;
    output?: string;
    from?: string;
    to?: string;
    service?: string;
    recipient?: string;
    umbrella?: string;
    audience?: Audience;
    lang?: Locale;
    maxClassification?: string;
    defaultClassification?: string;
    config?: string;
    /** For tests: the day the summary is made, when no `--to` is given. */
    today?: string;
}

export async function runSummary(paths: readonly string[], options: SummaryCommandOptions, output: Output): Promise<ExitCode> {
    const translator = new Translator(chooseLocale(options.lang, localeFromEnvironment(process.env)));
    const say = (key: KeyOf<typeof summaryMessages>, data?: MessageData) => translator.format(summaryMessages.message(key, data));
    checkDates(options);
    if (options.format === 'docx' && !options.output) {
        throw new UsageError(summaryMessages.message('error.binaryNeedsOutput', { format: options.format }));
    }
    const maxClassification = marking('--max-classification', options.maxClassification);
    const defaultClassification = marking('--default-classification', options.defaultClassification);
    const files = await collectFiles(paths.length > 0 ? paths : ['.']).catch(rethrowAsUsage);
    if (files.length === 0) {
        throw new UsageError(summaryMessages.message('error.noFiles', { extension: fileExtension, paths: paths.join(', ') || '.' }));
    }
    const services = createNodeServices();
    services.i18n.Translator.locale = translator.locale;
    const resolver = services.config.ProjectConfig.resolver;
    const configs = options.config ? [resolver.useFile(options.config)] : files.map(file => resolver.forFile(file));
    const problems = problemsOfConfigs(configs);
    if (problems.length > 0) {
        const lines = new Set(problems.map(problem => `${relative(process.cwd(), problem.file) || problem.file}:${problem.line}:${problem.column}  error  ${translator.format(problem.message)}  config`));
        output.error([...lines].map(visible).join('\n'));
        return ExitCode.UsageOrConfig;
    }

    const read = readMarkings(files, services, translator);
    const unreadable = files.flatMap((file, index) => read[index].problem ? [`${displayPath(file)}: ${read[index].problem}`] : []);
    if (unreadable.length > 0) {
        // A file that cannot be read cannot be judged for its marking: nothing is summarised.
        output.error(unreadable.map(visible).join('\n'));
        return ExitCode.UsageOrConfig;
    }
    // An unmarked file takes --default-classification, else its configuration's defaultClassification.
    const markings = read.map(({ written }, index) => written === undefined
        ? defaultClassification ?? parseClassification(configs[options.config ? 0 : index].config.defaultClassification ?? '')
        : parseClassification(written));
    const unmarked = files.flatMap((file, index) => {
        const written = read[index].written;
        return markings[index] !== undefined ? []
            : written === undefined ? [say('error.unmarked', { file: displayPath(file), markings: knownMarkings })]
            : [say('error.unknownMarking', { file: displayPath(file), written, markings: knownMarkings })];
    });
    if (unmarked.length > 0) {
        output.error(unmarked.map(visible).join('\n'));
        return ExitCode.UsageOrConfig;
    }
    const allowed = (level: ClassificationMarking) => !maxClassification || rank(level) <= rank(maxClassification);
    // Indexes into `files`, so each included file's marking is found without searching the list.
    const includedIndexes = files.flatMap((_, index) => allowed(markings[index]!) ? [index] : []);
    const included = includedIndexes.map(index => files[index]);
    // The rest of the workspace is loaded for names (a recipient declared in another folder),
    // as `check` does, but only files the marking allows: what they declare can show in the rows.
    const context = await contextFiles(paths.length > 0 ? paths : ['.'], files, services, translator, defaultClassification, allowed);
    const loaded = await loadDocuments([...included, ...context], services).catch(rethrowAsUsage);
    const documents = loaded.documents.slice(0, included.length);

    const linkBase = options.output ? dirname(resolve(options.output)) : process.cwd();
    const summaryFiles: SummaryFile[] = documents.map((document, index) => ({
        document,
        path: relative(linkBase, included[index]).split(sep).join('/'),
        marking: markings[includedIndexes[index]]!
    }));
    const model = buildSummaryModel({
        files: summaryFiles,
        excludedFileCount: files.length - included.length,
        options: {
            from: options.from, to: options.to, today: options.today ?? new Date().toISOString().slice(0, 10),
            service: options.service, recipient: options.recipient, umbrella: options.umbrella, maxClassification
        }
    });
    const report = buildReport(model, services.i18n.Translator, options.audience ?? 'all');
    const renderer = await loadRenderer(options.format);
    const rendered = await renderer.render({ model, report });
    if (options.output) {
        await writeAtomically(options.output, rendered);
    } else {
        output.out(typeof rendered === 'string' ? rendered : Buffer.from(rendered).toString('utf8'));
    }
    return ExitCode.Clean;
}

const knownMarkings = classificationMarkings.map(name => `"${name}"`).join(', ');

function checkDates(options: SummaryCommandOptions): void {
    for (const [flag, value] of [['--from', options.from], ['--to', options.to], ['--today', options.today]] as const) {
        if (value !== undefined && !isCalendarDate(value)) {
            throw new UsageError(summaryMessages.message('error.date', { flag, value }));
        }
    }
    if (options.from && options.to && options.from > options.to) {
        throw new UsageError(summaryMessages.message('error.range', { from: options.from, to: options.to }));
    }
}

function marking(flag: string, value: string | undefined): ClassificationMarking | undefined {
    if (value === undefined) {
        return undefined;
    }
    const parsed = parseClassification(value);
    if (!parsed) {
        throw new UsageError(summaryMessages.message('error.marking', { flag, value: visible(value), markings: knownMarkings }));
    }
    return parsed;
}

function rank(level: ClassificationMarking): number {
    return classificationMarkings.indexOf(level);
}

/**
 * Each file's marking as written, read by parsing alone (nothing is linked yet), through the
 * same safe reader and size limit as the workspace.
 */
/** The other files of the workspace of `paths` that may be loaded beside them: readable, and marked (or defaulted) at an allowed level. */
async function contextFiles(paths: readonly string[], asked: readonly string[], services: ProvisioServices, translator: Translator,
    defaultMarking: ClassificationMarking | undefined, allowed: (level: ClassificationMarking) => boolean): Promise<string[]> {
    const askedSet = new Set(asked);
    const others = (await collectFiles(workspaceRoots(paths)).catch(() => [])).filter(file => !askedSet.has(file));
    const read = readMarkings(others, services, translator);
    return others.filter((file, index) => {
        const { written, problem } = read[index];
        const level = written === undefined
            ? defaultMarking ?? parseClassification(services.config.ProjectConfig.resolver.forFile(file).config.defaultClassification ?? '')
            : parseClassification(written);
        return !problem && level !== undefined && allowed(level);
    });
}

function readMarkings(files: readonly string[], services: ProvisioServices, translator: Translator): Array<{ written?: string; problem?: string }> {
    const fileSystem = services.shared.workspace.FileSystemProvider;
    const problems = fileSystem as Partial<SourceProblems>;
    // One file after another: opening every file at once runs out of file descriptors in a large workspace.
    return files.map(file => {
        const uri = URI.file(file);
        const text = fileSystem.readFileSync(uri);
        const problem = problems.problemFor?.(uri);
        return problem ? { problem: translator.format(problem.reason) } : { written: (services.parser.LangiumParser.parse(text).value as Document).classification };
    });
}

/** Writes beside the target and renames, so a reader never sees half a summary. */
async function writeAtomically(target: string, content: string | Uint8Array): Promise<void> {
    const temporary = join(dirname(resolve(target)), `.${randomBytes(6).toString('hex')}.provisio-summary.tmp`);
    try {
        await writeFile(temporary, content);
        await rename(temporary, target);
    } catch (error) {
        await rm(temporary, { force: true });
        throw new UsageError(summaryMessages.message('error.write', { file: visible(target), reason: (error as NodeJS.ErrnoException).code ?? (error as Error).message }));
    }
}

function displayPath(file: string): string {
    return relative(process.cwd(), file) || file;
}

function rethrowAsUsage(error: unknown): never {
    throw error instanceof PathError ? new UsageError(error.problem) : error;
}
