import type { Message } from '../i18n/messages.js';
import { Translator } from '../i18n/translator.js';
import { messages } from './cli.messages.js';

export enum ExitCode {
    Clean = 0,
    Problems = 1,
    UsageOrConfig = 2
}

/** A mistake in how Provisio was called: a bad path, option or configuration. Exits with 2. */
export class UsageError extends Error {
    constructor(readonly problem: Message) {
        super(new Translator('en').format(problem));
    }
}

/** The CLI's translator; `main` sets its language before anything is printed. */
export const cliTranslator = new Translator();

export interface Output {
    out(text: string): void;
    error(text: string): void;
}

let stdoutClosed = false;

export const processOutput: Output = {
    out: text => {
        if (!stdoutClosed) {
            process.stdout.write(text);
        }
    },
    error: text => process.stderr.write(text.endsWith('\n') ? text : text + '\n')
};

/**
 * Output that cannot be written ends the run cleanly instead of with a stack trace. A reader
 * that stopped early (`provisio check | head -1`) is normal: the rest of the output is dropped
 * and the exit status is the usual one. Any other failure, such as a full disk, is one line on
 * standard error and exit status 2.
 */
export function handleOutputErrors(): void {
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code === 'EPIPE' || stdoutClosed) {
            stdoutClosed = true;
            return;
        }
        stdoutClosed = true;
        const reason = error.code === 'ENOSPC' ? messages.message('error.noSpace') : error.message;
        process.stderr.write(cliTranslator.format(messages.message('error.cannotWrite', { reason })) + '\n');
        process.exit(ExitCode.UsageOrConfig);
    });
    // Standard error closed too: there is nobody left to tell.
    process.stderr.on('error', () => undefined);
}
