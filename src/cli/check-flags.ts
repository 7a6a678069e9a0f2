// The options of `provisio check` that choose files, set rules and decide the exit status,
// added to the command in one place. No Langium here: `--help` stays fast.
import { Option, type Command } from 'commander';
import type { MessageData } from '../i18n/messages.js';
import { flagMessages } from './check-flags.messages.js';

export type SayFlag = (key: Parameters<typeof flagMessages.message>[0], data?: MessageData) => string;

export interface CheckFlags {
    quiet?: boolean;
    failLevel?: 'error' | 'warning' | 'info';
    rule?: string[];
    printConfig?: string;
    ignorePattern?: string[];
    stdin?: boolean;
    stdinFilename?: string;
    changedSince?: string;
    reportSuppressions?: boolean;
}

const repeat = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

export function addCheckFlags(command: Command, say: SayFlag): Command {
    return command
        .option('--quiet', say('option.quiet'), false)
        .addOption(new Option('--fail-level <severity>', say('option.failLevel')).choices(['error', 'warning', 'info']).default('error'))
        .option('--rule <id=severity>', say('option.rule'), repeat)
        .option('--print-config <file>', say('option.printConfig'))
        .option('--ignore-pattern <pattern>', say('option.ignorePattern'), repeat)
        .option('--stdin', say('option.stdin'), false)
        .option('--stdin-filename <file>', say('option.stdinFilename'))
        .option('--changed-since <ref>', say('option.changedSince'))
        .option('--report-suppressions', say('option.reportSuppressions'), false);
}
