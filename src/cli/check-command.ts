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
import { formatJson } from './formatters/json.js';
import { formatText } from './formatters/text.js';
import { toLintResult, totals } from './lint-results.js';
import { messages } from './cli.messages.js';
import { ExitCode, UsageError, type Output } from './output.js';
import { visible } from './visible-text.js';
import { checkWithCache } from '../cache/cached-check.js';
import { cacheSettings } from '../cache/cache-settings.js';

export interface CheckOptions {
    format: 'text' | 'json';
    maxWarnings?: number;
    config?: string;
    maxFileSize?: number;
    color: boolean;
    /** The workspace to load for names and workspace-wide facts; by default found from the paths. */
    workspace?: string;
    /** False for an audit run: suppression comments are ignored. */
    inlineSuppressions?: boolean;
    /** Reuse the results of unchanged files (`--cache`), kept in `cacheLocation` (a file or folder; default: the workspace root). */
    cache?: boolean;
    cacheLocation?: string;
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
    const asked = new Set(files);
    const results = options.cache
        ? (await checkWithCache(workspaceFiles, services, cacheSettings(options, given), output, translator)).filter(result => asked.has(result.filePath))
        : (await loadDocuments(workspaceFiles, services).catch(rethrowAsUsage)).documents.filter(document => asked.has(document.uri.fsPath)).map(toLintResult);
    const counts = totals(results);
    output.out(options.format === 'json' ? formatJson(results) : formatText(results, counts, options.color, translator));
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
