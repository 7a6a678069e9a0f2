// The `provisio` command line. Commands load their modules on demand so that `rules` and
// `--help` answer without loading Langium. Everything it says, commander's own words
// included, comes from the CLI catalogue in the language chosen before parsing.
import { Argument, Command, CommanderError, Help, InvalidArgumentError, Option } from 'commander';
import { parseFileSize } from '../documents/file-size.js';
import { list, locales, type MessageData } from '../i18n/messages.js';
import { chooseCliLocale } from './choose-language.js';
import { messages } from './cli.messages.js';
import { messages as fixMessages } from './fix.messages.js';
import { summaryMessages, type SummaryOptionName } from '../summary/summary.messages.js';
import { cliTranslator, ExitCode, processOutput, UsageError } from './output.js';
import { visible } from './visible-text.js';
import { messages as baselineMessages } from '../baseline/baseline.messages.js';
import { addCheckFlags, type SayFlag } from './check-flags.js';
import type { CheckOptions } from './check-command.js';
import { flagMessages } from './check-flags.messages.js';
import { initMessages } from './init.messages.js';
import { formatMessages } from './formatters/formats.messages.js';
import { defaultFormat, findFormatter, formatAliases, formatters } from './formatters/registry.js';
import { OutputTargets } from './output-files.js';
import { cacheMessages } from '../cache/cache.messages.js';

declare const PROVISIO_VERSION: string;

type Say = (key: Parameters<typeof messages.message>[0], data?: MessageData) => string;

export async function main(argv: readonly string[], environment: NodeJS.ProcessEnv = process.env): Promise<ExitCode> {
    cliTranslator.locale = chooseCliLocale(argv, environment, process.cwd());
    const say: Say = (key, data) => cliTranslator.format(messages.message(key, data));
    const sayFormats = (key: Parameters<typeof formatMessages.message>[0], data?: MessageData) => cliTranslator.format(formatMessages.message(key, data));
    const sayOption = (name: SummaryOptionName) => cliTranslator.format(summaryMessages.message(`cli.${name}`));
    const sayFlag: SayFlag = (key, data) => cliTranslator.format(flagMessages.message(key, data));
    let exitCode = ExitCode.Clean;
    const program = createProgram(say);

    const outputs = new OutputTargets();
    addCommonOptions(program.command('check'), say)
        .description(say('check.description'))
        .argument('[paths...]', say('check.paths'))
        .addOption(checkFormatOption(outputs))
        .addOption(new Option('-o, --output-file <file>', sayFormats('option.outputFile')).argParser(file => outputs.addFile(file)))
        .option('--max-warnings <n>', say('option.maxWarnings'), value => parseWarningLimit(value, say))
        .option('-c, --config <file>', say('option.config'))
        .option('--max-file-size <size>', say('option.maxFileSize'), value => parseSizeOption(value, say))
        .option('--color', sayFormats('option.color'))
        .option('--no-color', say('option.noColor'))
        .option('--workspace <folder>', say('option.workspace'))
        .option('--no-inline-suppressions', say('option.noInlineSuppressions'))
        .option('--baseline <file>', cliTranslator.format(baselineMessages.message('option.baseline')))
        .option('--baseline-write <file>', cliTranslator.format(baselineMessages.message('option.baselineWrite')))
        .option('--fix', cliTranslator.format(fixMessages.message('option.fix')))
        .option('--fix-dry-run', cliTranslator.format(fixMessages.message('option.fixDryRun')))
        .option('--cache', cliTranslator.format(cacheMessages.message('option.cache')))
        .option('--cache-location <path>', cliTranslator.format(cacheMessages.message('option.cacheLocation')))
        .addHelpText('after', `\n${sayFormats('help.check', { formats: formatters.map(formatter => formatter.name).join(', ') })}`)
        .action(async (paths: string[], options: CheckOptions) => {
            const { runCheck } = await import('./check-command.js');
            exitCode = await runCheck(paths, { ...options, outputs: outputs.resolve(defaultFormat) }, processOutput, cliTranslator);
        });

    addCheckFlags(program.commands.find(command => command.name() === 'check')!, sayFlag);

    addCommonOptions(program.command('summary'), say)
        .description(sayOption('command'))
        .argument('[paths...]', sayOption('paths'))
        .addOption(new Option('-f, --format <format>', sayOption('format')).choices(['md', 'html', 'json', 'csv', 'docx']).default('md'))
        .option('-o, --output <file>', sayOption('output'))
        .option('--from <date>', sayOption('from'))
        .option('--to <date>', sayOption('to'))
        .option('--service <name>', sayOption('service'))
        .option('--recipient <name>', sayOption('recipient'))
        .option('--umbrella <id>', sayOption('umbrella'))
        .addOption(new Option('--audience <audience>', sayOption('audience')).choices(['minister', 'oversight', 'quality']))
        .option('--max-classification <marking>', sayOption('maxClassification'))
        .option('--default-classification <marking>', sayOption('defaultClassification'))
        .option('-c, --config <file>', say('option.config'))
        .action(async (paths: string[], options: import('../summary/summary-command.js').SummaryCommandOptions) => {
            const { runSummary } = await import('../summary/summary-command.js');
            exitCode = await runSummary(paths, { ...options, lang: cliTranslator.locale }, processOutput);
        });

    addCommonOptions(program.command('init'), say)
        .description(cliTranslator.format(initMessages.message('description')))
        .argument('[folder]', cliTranslator.format(initMessages.message('folder')), '.')
        .action(async (folder: string) => {
            const { runInit } = await import('./init-command.js');
            exitCode = runInit(folder, processOutput, cliTranslator);
        });

    addCommonOptions(program.command('rules'), say)
        .description(say('rules.description'))
        .addOption(formatOption(say))
        .action(async (options: { format: 'text' | 'json' }) => {
            const { formatRules } = await import('./rules-command.js');
            processOutput.out(formatRules(options.format, cliTranslator));
        });

    try {
        await program.parseAsync(argv, { from: 'user' });
        return exitCode;
    } catch (error) {
        return exitCodeFor(error, say);
    }
}

/** The program, with commander's help, version and error texts in the chosen language. Subcommands inherit all of it. */
function createProgram(say: Say): Command {
    const program = new LocalizedCommand('provisio', say)
        .description(say('program.description'))
        .version(typeof PROVISIO_VERSION === 'string' ? PROVISIO_VERSION : 'development', '-V, --version', say('option.version'))
        .helpOption('-h, --help', say('option.help'))
        .helpCommand(`help ${say('help.commandWord')}`, say('help.command'))
        .configureHelp(localizedHelp(say))
        .exitOverride()
        .showHelpAfterError(say('help.afterError'));
    return addCommonOptions(program, say);
}

/** Options every command takes, before or after its name: `provisio --lang nl check`, `provisio check --lang nl`. */
function addCommonOptions(command: Command, say: Say): Command {
    // The language was already chosen from the arguments; commander checks the value and shows it in the help.
    return command.addOption(new Option('--lang <language>', say('option.lang')).choices(locales));
}

/** `-f`, repeatable: each occurrence is collected in order, to be paired with the `-o` after it. */
function checkFormatOption(outputs: OutputTargets): Option {
    const names = formatters.map(formatter => formatter.name);
    const option = new Option('-f, --format <format>', cliTranslator.format(formatMessages.message('option.format'))).choices([...names, ...Object.keys(formatAliases)]).default(defaultFormat);
    return option.argParser(value => {
        if (findFormatter(value) === undefined) {
            throw new InvalidArgumentError(cliTranslator.format(formatMessages.message('error.unknownFormat', { formats: names.join(', ') })));
        }
        outputs.addFormat(value);
        return value;
    });
}

function formatOption(say: Say): Option {
    return new Option('-f, --format <format>', say('option.format')).choices(['text', 'json']).default('text');
}

/** A Command whose subcommands are Commands like it, and whose parse errors are put into the chosen language. */
class LocalizedCommand extends Command {
    constructor(name: string | undefined, private readonly say: Say) {
        super(name);
    }

    override createCommand(name?: string): Command {
        return new LocalizedCommand(name, this.say);
    }

    override error(message: string, errorOptions?: { code?: string; exitCode?: number }): never {
        return super.error(translateCommanderError(message, errorOptions?.code, this.name(), this.say), errorOptions);
    }
}

/** Commander's error messages, by error code, in the chosen language; anything else as commander wrote it. */
export function translateCommanderError(message: string, code: string | undefined, command: string, say: Say): string {
    const match = (pattern: RegExp) => pattern.exec(message) ?? undefined;
    const hint = (suggestions: string | undefined) => suggestions === undefined ? '' : say('error.didYouMean', { suggestions: list(suggestions.split(', '), 'or') });
    let parts: RegExpExecArray | undefined;
    switch (code) {
        case 'commander.unknownOption':
            parts = match(/^error: unknown option '(.*)'(?:\n\(Did you mean (?:one of )?(.*)\?\))?$/s);
            return parts ? say('error.unknownOption', { flag: parts[1], hint: hint(parts[2]) }) : message;
        case 'commander.unknownCommand':
            parts = match(/^error: unknown command '(.*)'(?:\n\(Did you mean (?:one of )?(.*)\?\))?$/s);
            return parts ? say('error.unknownCommand', { command: parts[1], hint: hint(parts[2]) }) : message;
        case 'commander.missingArgument':
            parts = match(/^error: missing required argument '(.*)'$/s);
            return parts ? say('error.missingArgument', { name: parts[1] }) : message;
        case 'commander.optionMissingArgument':
            parts = match(/^error: option '(.*)' argument missing$/s);
            return parts ? say('error.optionMissingArgument', { flags: parts[1] }) : message;
        case 'commander.excessArguments':
            parts = match(/Expected (\d+) arguments? but got (\d+)\.$/);
            return parts ? say('error.excessArguments', { command, expected: Number(parts[1]), received: Number(parts[2]) }) : message;
        case 'commander.invalidArgument': {
            parts = match(/^error: option '(.*?)' argument '(.*)' is invalid\. (.*)$/s);
            if (!parts) {
                return message;
            }
            const choices = /^Allowed choices are (.*)\.$/s.exec(parts[3]);
            return say('error.invalidArgument', { flags: parts[1], value: parts[2], reason: choices ? say('error.choices', { choices: choices[1] }) : parts[3] });
        }
        default:
            return message;
    }
}

/** Commander's help with its headings, usage words and `(default: …)`/`(choices: …)` in the chosen language. */
function localizedHelp(say: Say): Partial<Help> {
    const titles: Record<string, Parameters<Say>[0]> = {
        'Usage:': 'help.usage', 'Arguments:': 'help.arguments', 'Options:': 'help.options', 'Global Options:': 'help.globalOptions', 'Commands:': 'help.commands'
    };
    const withExtras = (description: string, extras: string[]) => extras.length === 0 ? description : `${description} (${extras.join(', ')})`.trim();
    return {
        styleTitle: title => titles[title] ? say(titles[title]) : title,
        styleOptionText: text => text === '[options]' ? say('help.optionsWord') : text,
        styleSubcommandText: text => text === '[command]' ? say('help.commandWord') : text,
        optionDescription: (option: Option) => {
            const extras: string[] = [];
            if (option.argChoices) {
                extras.push(say('help.choices', { choices: option.argChoices.map(choice => JSON.stringify(choice)).join(', ') }));
            }
            const showDefault = option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === 'boolean');
            if (option.defaultValue !== undefined && showDefault) {
                extras.push(say('help.default', { value: option.defaultValueDescription || JSON.stringify(option.defaultValue) }));
            }
            return withExtras(option.description, extras);
        },
        argumentDescription: (argument: Argument) => {
            const extras: string[] = [];
            if (argument.argChoices) {
                extras.push(say('help.choices', { choices: argument.argChoices.map(choice => JSON.stringify(choice)).join(', ') }));
            }
            if (argument.defaultValue !== undefined) {
                extras.push(say('help.default', { value: argument.defaultValueDescription || JSON.stringify(argument.defaultValue) }));
            }
            return withExtras(argument.description, extras);
        }
    };
}

/** A whole number of 0 or more; -1, as in ESLint, means no limit. */
function parseWarningLimit(value: string, say: Say): number {
    const count = value.trim() === '' ? Number.NaN : Number(value);
    if (!Number.isInteger(count) || count < -1) {
        throw new InvalidArgumentError(say('error.warningLimit'));
    }
    return count === -1 ? Number.POSITIVE_INFINITY : count;
}

function parseSizeOption(value: string, say: Say): number {
    const size = parseFileSize(value);
    if (size === undefined) {
        throw new InvalidArgumentError(say('error.size'));
    }
    return size;
}

function exitCodeFor(error: unknown, say: Say): ExitCode {
    if (error instanceof CommanderError) {
        // Commander has already printed the help, version or usage message.
        return error.exitCode === 0 ? ExitCode.Clean : ExitCode.UsageOrConfig;
    }
    if (error instanceof UsageError) {
        processOutput.error(say('error.usage', { message: visible(cliTranslator.format(error.problem)) }));
        return ExitCode.UsageOrConfig;
    }
    processOutput.error(say('error.unexpected', { error: visible((error as Error).message ?? String(error)) }));
    if (process.env.PROVISIO_DEBUG) {
        // For a bug report: the stack, only when asked for.
        processOutput.error(String((error as Error).stack ?? error).split('\n').map(visible).join('\n'));
    }
    return ExitCode.UsageOrConfig;
}
