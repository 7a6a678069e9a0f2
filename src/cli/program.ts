// The `provisio` command line. Commands load their modules on demand so that `rules` and
// `--help` answer without loading Langium.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { parseFileSize } from '../documents/file-size.js';
import { ExitCode, processOutput, UsageError } from './output.js';
import { visible } from './visible-text.js';

declare const PROVISIO_VERSION: string;

export async function main(argv: readonly string[]): Promise<ExitCode> {
    let exitCode = ExitCode.Clean;
    const program = new Command('provisio')
        .description('Check provision justifications written in the Provisio language.')
        .version(typeof PROVISIO_VERSION === 'string' ? PROVISIO_VERSION : 'development')
        .exitOverride()
        .showHelpAfterError('(run provisio --help for usage)');

    program.command('check')
        .description('check .provisio files and folders (searched recursively) as one workspace')
        .argument('[paths...]', 'files and folders to check', [])
        .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
        .option('--max-warnings <n>', 'exit with 1 when there are more than n warnings (-1: no limit)', parseWarningLimit)
        .option('-c, --config <file>', 'use this configuration file instead of searching upward from each file')
        .option('--max-file-size <size>', 'skip and report files larger than this, e.g. 50MB (default: maxFileSize from the configuration, else 20MB)', parseSizeOption)
        .option('--no-color', 'never color the text output')
        .action(async (paths: string[], options: { format: 'text' | 'json'; maxWarnings?: number; config?: string; maxFileSize?: number; color: boolean }) => {
            const { runCheck } = await import('./check-command.js');
            const color = options.color && options.format === 'text' && process.stdout.isTTY === true && !process.env.NO_COLOR;
            exitCode = await runCheck(paths, { ...options, color }, processOutput);
        });

    program.command('summary')
        .description('summarise .provisio files for reviewers, the CTIVD or the minister')
        .argument('[paths...]', 'files and folders to summarise', [])
        .addOption(new Option('-f, --format <format>', 'output format').choices(['md', 'html', 'json', 'csv', 'docx']).default('md'))
        .option('-o, --output <file>', 'write the summary to this file (required for docx)')
        .option('--from <date>', 'only provisions on or after this date (YYYY-MM-DD)')
        .option('--to <date>', 'only provisions on or before this date; days left are counted from it')
        .option('--service <name>', 'only provisions by this service')
        .option('--recipient <name>', 'only this recipient and the provisions to it')
        .option('--umbrella <id>', 'only this umbrella and the provisions made under it')
        .addOption(new Option('--audience <audience>', 'which sections, in which order (default: all)').choices(['minister', 'oversight', 'quality']))
        .addOption(new Option('--lang <lang>', 'language of the summary').choices(['en', 'nl']))
        .option('--max-classification <marking>', 'leave out every file marked above this')
        .option('--default-classification <marking>', 'the marking of files that have none')
        .option('-c, --config <file>', 'use this configuration file instead of searching upward from each file')
        .action(async (paths: string[], options: import('../summary/summary-command.js').SummaryCommandOptions) => {
            const { runSummary } = await import('../summary/summary-command.js');
            exitCode = await runSummary(paths, options, processOutput);
        });

    program.command('rules')
        .description('list the rules, their default severity and what they check')
        .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
        .action(async (options: { format: 'text' | 'json' }) => {
            const { formatRules } = await import('./rules-command.js');
            processOutput.out(formatRules(options.format));
        });

    try {
        await program.parseAsync(argv, { from: 'user' });
        return exitCode;
    } catch (error) {
        return exitCodeFor(error);
    }
}

/** A whole number of 0 or more; -1, as in ESLint, means no limit. */
function parseWarningLimit(value: string): number {
    const count = value.trim() === '' ? Number.NaN : Number(value);
    if (!Number.isInteger(count) || count < -1) {
        throw new InvalidArgumentError('Expected a whole number of 0 or more, or -1 for no limit.');
    }
    return count === -1 ? Number.POSITIVE_INFINITY : count;
}

function parseSizeOption(value: string): number {
    const size = parseFileSize(value);
    if (size === undefined) {
        throw new InvalidArgumentError('Expected a size such as 20MB, 500KB or a number of bytes.');
    }
    return size;
}

function exitCodeFor(error: unknown): ExitCode {
    if (error instanceof CommanderError) {
        // Commander has already printed the help, version or usage message.
        return error.exitCode === 0 ? ExitCode.Clean : ExitCode.UsageOrConfig;
    }
    if (error instanceof UsageError) {
        processOutput.error(`provisio: ${visible(error.message)}`);
        return ExitCode.UsageOrConfig;
    }
    processOutput.error(`provisio: unexpected failure: ${visible((error as Error).message ?? String(error))}\nThis is a bug in Provisio; please report it with the command you ran.`);
    return ExitCode.UsageOrConfig;
}
