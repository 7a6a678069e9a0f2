// The options of `provisio check` that choose files, set rules and decide the exit status,
// added to the command in one place. No Langium here: `--help` stays fast.
import { Option, type Command } from 'commander';
import type { MessageData } from '../i18n/messages.js';
import { flagMessages } from './check-flags.messages.js';
import { failLevels, type FailLevel } from './exit-status.js';

export type SayFlag = (key: Parameters<typeof flagMessages.message>[0], data?: MessageData) => string;

export interface CheckFlags {
    /** Errors only: warnings, infos and hints are neither shown nor counted. */
    quiet?: boolean;
    /** The lowest severity that makes the exit status 1; error by default. */
    failLevel?: FailLevel;
    /** `id=severity` settings over the configuration. */
    rule?: string[];
    /** Print the configuration for this file and stop. */
    printConfig?: string;
    /** Gitignore patterns, relative to the working folder, of files left out. */
    ignorePattern?: string[];
    /** Check the text on standard input as if it were the file `stdinFilename`. */
    stdin?: boolean;
    stdinFilename?: string;
    /** Report only the files changed since this git ref. */
    changedSince?: string;
    /** List the suppressed findings under the text output. */
    reportSuppressions?: boolean;
}

const repeat = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

export function addCheckFlags(command: Command, say: SayFlag): Command {
    return command
        .option('--quiet', say('option.quiet'), false)
        .addOption(new Option('--fail-level <severity>', say('option.failLevel')).choices(failLevels).default('error'))
        .option('--rule <id=severity>', say('option.rule'), repeat)
        .option('--print-config <file>', say('option.printConfig'))
        .option('--ignore-pattern <pattern>', say('option.ignorePattern'), repeat)
        .option('--stdin', say('option.stdin'), false)
        .option('--stdin-filename <file>', say('option.stdinFilename'))
        .option('--changed-since <ref>', say('option.changedSince'))
        .option('--report-suppressions', say('option.reportSuppressions'), false);
}
