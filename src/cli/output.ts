export enum ExitCode {
    Clean = 0,
    Problems = 1,
    UsageOrConfig = 2
}

/** A mistake in how Provisio was called: a bad path, option or configuration. Exits with 2. */
export class UsageError extends Error {}

export interface Output {
    out(text: string): void;
    error(text: string): void;
}

export const processOutput: Output = {
    out: text => process.stdout.write(text),
    error: text => process.stderr.write(text.endsWith('\n') ? text : text + '\n')
};
