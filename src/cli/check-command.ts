// `provisio check`: lint files and folders as one workspace. Loaded on demand, because it
// is the only command that needs Langium.
import '../polyfill.js';
import { relative } from 'node:path';
import type { ConfigProblem } from '../config/config.js';
import { collectFiles, fileExtension, PathError } from '../documents/collect-files.js';
import { createNodeServices, loadDocuments } from '../documents/load-documents.js';
import { languageDiagnostics } from '../language/language-diagnostics.js';
import { formatJson } from './formatters/json.js';
import { formatText } from './formatters/text.js';
import { toLintResult, totals } from './lint-results.js';
import { ExitCode, UsageError, type Output } from './output.js';
import { visible } from './visible-text.js';

export interface CheckOptions {
    format: 'text' | 'json';
    maxWarnings?: number;
    config?: string;
    maxFileSize?: number;
    color: boolean;
}

export async function runCheck(paths: readonly string[], options: CheckOptions, output: Output): Promise<ExitCode> {
    const files = await collectFiles(paths.length > 0 ? paths : ['.']).catch(rethrowAsUsage);
    if (files.length === 0) {
        throw new UsageError(`No ${fileExtension} files found in ${paths.join(', ') || '.'}.`);
    }
    const services = createNodeServices(options.maxFileSize);
    const resolver = services.config.ProjectConfig.resolver;
    const configs = options.config ? [resolver.useFile(options.config)] : files.map(file => resolver.forFile(file));
    const problems = uniqueProblems(configs.flatMap(loaded => loaded.problems));
    if (problems.length > 0) {
        output.error(problems.map(formatConfigProblem).join('\n'));
        return ExitCode.UsageOrConfig;
    }
    const { documents } = await loadDocuments(files, services).catch(rethrowAsUsage);
    const results = documents.map(toLintResult);
    const counts = totals(results);
    output.out(options.format === 'json' ? formatJson(results) : formatText(results, counts, options.color));
    if (results.some(result => result.messages.some(message => message.ruleId === languageDiagnostics.unreadableFile.code))) {
        // A file that was not read was not checked: the run is incomplete, whatever the others say.
        return ExitCode.UsageOrConfig;
    }
    if (counts.errors > 0) {
        return ExitCode.Problems;
    }
    if (options.maxWarnings !== undefined && counts.warnings > options.maxWarnings) {
        output.error(`Too many warnings: ${counts.warnings}, and --max-warnings allows ${options.maxWarnings}.`);
        return ExitCode.Problems;
    }
    return ExitCode.Clean;
}

function rethrowAsUsage(error: unknown): never {
    throw error instanceof PathError ? new UsageError(error.message) : error;
}

function uniqueProblems(problems: ConfigProblem[]): ConfigProblem[] {
    const seen = new Set<string>();
    return problems.filter(problem => {
        const key = `${problem.file}:${problem.line}:${problem.column}:${problem.message}`;
        return !seen.has(key) && seen.add(key) !== undefined;
    });
}

function formatConfigProblem(problem: ConfigProblem): string {
    return visible(`${relative(process.cwd(), problem.file) || problem.file}:${problem.line}:${problem.column}  error  ${problem.message}  config`);
}
