// `provisio check`: lint files and folders as one workspace. Loaded on demand, because it
// is the only command that needs Langium.
import '../polyfill.js';
import { relative } from 'node:path';
import type { ConfigProblem } from '../config/config.js';
import type { Translator } from '../i18n/translator.js';
import { list } from '../i18n/messages.js';
import { collectFiles, fileExtension, PathError } from '../documents/collect-files.js';
import { createNodeServices, loadDocuments } from '../documents/load-documents.js';
import { workspaceRoots } from '../documents/workspace-root.js';
import { languageDiagnostics } from '../language/language-diagnostics.js';
import { rules } from '../rules/registry.js';
import { findingIdentity } from './finding-identity.js';
import type { FormatterInput } from './formatters/formatter.js';
import { formatMessages } from './formatters/formats.messages.js';
import { defaultFormat, findFormatter } from './formatters/registry.js';
import { toLintResult, totals } from './lint-results.js';
import { appendToFile, fileErrorReason, writeFileAtomically, type OutputTarget } from './output-files.js';
import { colorEnabled, hyperlinksEnabled } from './terminal.js';
import { messages } from './cli.messages.js';
import { ExitCode, UsageError, type Output } from './output.js';
import { visible } from './visible-text.js';

export interface CheckOptions {
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
}

export async function runCheck(paths: readonly string[], options: CheckOptions, output: Output, translator: Translator): Promise<ExitCode> {
    const given = paths.length > 0 ? paths : ['.'];
    const files = await collectFiles(given).catch(rethrowAsUsage);
    if (files.length === 0) {
        throw new UsageError(messages.message('error.noFiles', { extension: fileExtension, paths: paths.length > 0 ? list(paths, 'comma') : '.' }));
    }
    const workspaceFiles = await filesOfWorkspace(options.workspace ? [options.workspace] : workspaceRoots(given), files);
    const services = createNodeServices(options.maxFileSize, translator.locale);
    services.suppressions.InlineSuppressions.enabled = options.inlineSuppressions !== false;
    const resolver = services.config.ProjectConfig.resolver;
    const configs = options.config ? [resolver.useFile(options.config)] : files.map(file => resolver.forFile(file));
    const problems = uniqueProblems(configs.flatMap(loaded => loaded.problems), translator);
    if (problems.length > 0) {
        output.error(problems.map(problem => formatConfigProblem(problem, translator)).join('\n'));
        return ExitCode.UsageOrConfig;
    }
    const { documents } = await loadDocuments(workspaceFiles, services).catch(rethrowAsUsage);
    const asked = new Set(files);
    const results = documents.filter(document => asked.has(document.uri.fsPath)).map(toLintResult);
    const counts = totals(results);
    const byPath = new Map(documents.map(document => [document.uri.fsPath, document]));
    const input: FormatterInput = {
        results, totals: counts, rules, translator, color: false, hyperlinks: false, cwd: process.cwd(), environment: process.env,
        identity: (message, result) => {
            const document = byPath.get(result.filePath);
            return document === undefined ? undefined : findingIdentity(document, message);
        }
    };
    if (!await writeOutputs(options, input, output)) {
        return ExitCode.UsageOrConfig;
    }
    if (results.some(result => result.messages.some(message => message.ruleId === languageDiagnostics.unreadableFile.code))) {
        // A file that was not read was not checked: the run is incomplete, whatever the others say.
        return ExitCode.UsageOrConfig;
    }
    if (counts.errors > 0) {
        return ExitCode.Problems;
    }
    if (options.maxWarnings !== undefined && counts.warnings > options.maxWarnings) {
        output.error(translator.format(messages.message('error.tooManyWarnings', { count: counts.warnings, limit: options.maxWarnings })));
        return ExitCode.Problems;
    }
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
