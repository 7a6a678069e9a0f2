// `-f FORMAT [-o FILE]`, repeated: which format goes where, and writing each file whole.
import { randomBytes } from 'node:crypto';
import { appendFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { list, type MessageArgument } from '../i18n/messages.js';
import { formatMessages } from './formatters/formats.messages.js';
import { UsageError } from './output.js';

/** A format and the file it is written to; without a file, standard output. */
export interface OutputTarget {
    format: string;
    file?: string;
}

/**
 * Collects `-f` and `-o` in the order they are given: each `-o` belongs to the nearest `-f`
 * before it that has no file yet, and an `-o` before any `-f` to the first `-f` after it (or,
 * with no `-f` at all, to the default format), so `-o report.json -f json` works as in ESLint.
 */
export class OutputTargets {
    private readonly targets: OutputTarget[] = [];
    private readonly waiting: string[] = [];

    addFormat(format: string): void {
        this.targets.push({ format, file: this.waiting.shift() });
    }

    addFile(file: string): void {
        const last = this.targets.at(-1);
        if (last !== undefined && last.file === undefined) {
            last.file = file;
        } else if (last === undefined) {
            this.waiting.push(file);
        } else {
            throw new UsageError(formatMessages.message('error.outputWithoutFormat', { file }));
        }
    }

    /** The targets, checked: every file has a format, no file is written twice, at most one format goes to standard output. */
    resolve(defaultFormat: string): OutputTarget[] {
        const targets = this.targets.length > 0 ? [...this.targets] : [{ format: defaultFormat, file: this.waiting.shift() }];
        if (this.waiting.length > 0) {
            throw new UsageError(formatMessages.message('error.outputWithoutFormat', { file: this.waiting[0] }));
        }
        const toStdout = targets.filter(target => target.file === undefined);
        if (toStdout.length > 1) {
            throw new UsageError(formatMessages.message('error.twoToStdout', { formats: list(toStdout.map(target => target.format), 'and') }));
        }
        const files = new Set<string>();
        for (const target of targets) {
            if (target.file !== undefined && files.has(target.file)) {
                throw new UsageError(formatMessages.message('error.sameOutputFile', { file: target.file }));
            }
            if (target.file !== undefined) {
                files.add(target.file);
            }
        }
        return targets;
    }
}

/**
 * Writes the file whole or not at all: the text goes to a new file beside it, which then
 * replaces it in one rename. On failure the temporary file is removed and the target is as it was.
 */
export async function writeFileAtomically(path: string, text: string): Promise<void> {
    const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
    try {
        await writeFile(temporary, text, { flag: 'wx' });
        await rename(temporary, path);
    } catch (error) {
        await rm(temporary, { force: true }).catch(() => undefined);
        throw error;
    }
}

/** Adds to the end of a file CI reads afterwards (GitHub's step summary is appended to by every step). */
export async function appendToFile(path: string, text: string): Promise<void> {
    await appendFile(path, text);
}

/** The reason a file could not be written, in words; Node's own message for a rare failure. */
export function fileErrorReason(error: unknown): MessageArgument {
    const failure = error as NodeJS.ErrnoException;
    const reasons: Record<string, Parameters<typeof formatMessages.message>[0]> = {
        EACCES: 'reason.permission', EPERM: 'reason.permission', ENOENT: 'reason.noFolder', ENOTDIR: 'reason.notFolder',
        EISDIR: 'reason.isFolder', ENOSPC: 'reason.noSpace', EROFS: 'reason.readOnly', EDQUOT: 'reason.noSpace'
    };
    const key = failure.code === undefined ? undefined : reasons[failure.code];
    return key !== undefined ? formatMessages.message(key) : (failure.message ?? String(error));
}
