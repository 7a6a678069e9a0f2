// Reads a source or configuration file safely: only regular files (a named pipe would block
// forever, a device such as /dev/zero never ends), only up to a size limit, and only text that
// is valid UTF-8. Every refusal is one short reason; the caller reports it located at 1:1 and
// treats the text as empty, so a bad file never floods the output or stops the other files.
// The CLI, the language server and the configuration reader all read through here.
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { open, stat } from 'node:fs/promises';

export const defaultMaxFileSize = 20 * 1024 * 1024;

import type { SourceProblem } from '../language/source-checks.js';

export type { SourceProblem };

export interface SourceText {
    /** The decoded text without a byte order mark; empty when there is a problem. */
    text: string;
    problem?: SourceProblem;
}

/** Non-blocking, so that a regular file swapped for a pipe between stat and open cannot block. */
const openFlags = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);
const chunkSize = 64 * 1024;

export async function readSourceFile(path: string, maxFileSize = defaultMaxFileSize): Promise<SourceText> {
    try {
        const refused = refusal(await stat(path), maxFileSize);
        if (refused) {
            return refused;
        }
        const handle = await open(path, openFlags);
        try {
            const refusedOpen = refusal(await handle.stat(), maxFileSize);
            if (refusedOpen) {
                return refusedOpen;
            }
            const chunks: Buffer[] = [];
            let total = 0;
            for (;;) {
                const chunk = Buffer.alloc(chunkSize);
                const { bytesRead } = await handle.read(chunk, 0, chunkSize, null);
                chunks.push(chunk.subarray(0, bytesRead));
                if (bytesRead === 0 || (total += bytesRead) > maxFileSize) {
                    break;
                }
            }
            return total > maxFileSize ? tooLarge(total, maxFileSize) : decodeSource(Buffer.concat(chunks));
        } finally {
            await handle.close();
        }
    } catch (error) {
        return unreadable(describeReadError(error));
    }
}

export function readSourceFileSync(path: string, maxFileSize = defaultMaxFileSize): SourceText {
    try {
        const refused = refusal(statSync(path), maxFileSize);
        if (refused) {
            return refused;
        }
        const descriptor = openSync(path, openFlags);
        try {
            const refusedOpen = refusal(fstatSync(descriptor), maxFileSize);
            if (refusedOpen) {
                return refusedOpen;
            }
            const chunks: Buffer[] = [];
            let total = 0;
            for (;;) {
                const chunk = Buffer.alloc(chunkSize);
                const bytesRead = readSync(descriptor, chunk, 0, chunkSize, null);
                chunks.push(chunk.subarray(0, bytesRead));
                if (bytesRead === 0 || (total += bytesRead) > maxFileSize) {
                    break;
                }
            }
            return total > maxFileSize ? tooLarge(total, maxFileSize) : decodeSource(Buffer.concat(chunks));
        } finally {
            closeSync(descriptor);
        }
    } catch (error) {
        return unreadable(describeReadError(error));
    }
}

function refusal(info: Stats, maxFileSize: number): SourceText | undefined {
    if (!info.isFile()) {
        return unreadable(`it is ${kindOf(info)}, not a regular file; Provisio reads only regular files`);
    }
    return info.size > maxFileSize ? tooLarge(info.size, maxFileSize) : undefined;
}

function kindOf(info: Stats): string {
    if (info.isDirectory()) {
        return 'a folder';
    }
    if (info.isFIFO()) {
        return 'a named pipe (FIFO)';
    }
    if (info.isSocket()) {
        return 'a socket';
    }
    return info.isCharacterDevice() || info.isBlockDevice() ? 'a device' : 'not a regular file';
}

function tooLarge(size: number, maxFileSize: number): SourceText {
    return unreadable(`it is larger than the limit of ${formatSize(maxFileSize)} (${formatSize(size)}); raise \`maxFileSize\` in the configuration or pass --max-file-size if it is meant to be this large`);
}

export function formatSize(bytes: number): string {
    if (bytes >= 1024 * 1024) {
        return `${Number((bytes / (1024 * 1024)).toFixed(1))} MB`;
    }
    return bytes >= 1024 ? `${Number((bytes / 1024).toFixed(1))} KB` : `${bytes} bytes`;
}

function describeReadError(error: unknown): string {
    switch ((error as NodeJS.ErrnoException).code) {
        case 'ENOENT': return 'the file does not exist';
        case 'EACCES':
        case 'EPERM': return 'permission denied';
        case 'EISDIR': return 'it is a folder, not a regular file';
        case 'ELOOP': return 'it is a symbolic link that points to itself, directly or through others';
        default: return (error as Error).message;
    }
}

function unreadable(reason: string): SourceText {
    return { text: '', problem: { kind: 'unreadable', reason, message: `Cannot read this file: ${reason}.` } };
}

function badEncoding(reason: string): SourceText {
    return { text: '', problem: { kind: 'encoding', reason: `it is not UTF-8 text: ${reason}`, message: `This file is not UTF-8 text: ${reason}. Save it as UTF-8.` } };
}

/** How much of the start of a file to inspect for the NUL pattern of UTF-16. */
const sniffLength = 4096;

/** Decodes a file's bytes as UTF-8, refusing binary files, UTF-16 and invalid UTF-8. A UTF-8 byte order mark is dropped. */
export function decodeSource(bytes: Uint8Array): SourceText {
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
        return badEncoding('it is UTF-16 (it starts with a UTF-16 byte order mark)');
    }
    if (bytes.includes(0)) {
        return looksLikeUtf16(bytes)
            ? badEncoding('it looks like UTF-16 (every other byte is zero)')
            : badEncoding('it contains NUL bytes, so it is a binary file');
    }
    try {
        return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
    } catch {
        return badEncoding(`it has a byte sequence that is not valid UTF-8 (first at byte ${firstInvalidUtf8(bytes)})`);
    }
}

function looksLikeUtf16(bytes: Uint8Array): boolean {
    const length = Math.min(bytes.length, sniffLength) & ~1;
    let evenZeros = 0;
    let oddZeros = 0;
    for (let index = 0; index < length; index += 2) {
        evenZeros += bytes[index] === 0 ? 1 : 0;
        oddZeros += bytes[index + 1] === 0 ? 1 : 0;
    }
    // Mostly-ASCII UTF-16 has a zero in nearly every pair, always on the same side.
    const pairs = length / 2;
    return pairs > 0 && Math.max(evenZeros, oddZeros) >= pairs * 0.4 && Math.min(evenZeros, oddZeros) <= pairs * 0.05;
}

/** The 1-based byte offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
    let low = 0;
    let high = bytes.length;
    // Valid prefixes decode (streaming, so a cut sequence is not an error): find the longest one.
    while (low < high) {
        const middle = Math.ceil((low + high) / 2);
        try {
            new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, middle), { stream: true });
            low = middle;
        } catch {
            high = middle - 1;
        }
    }
    if (low === bytes.length) {
        // Everything decodes but a sequence cut short at the end: point at its first byte.
        while (low > 0 && (bytes[low - 1] & 0xc0) === 0x80) {
            low--;
        }
        low = Math.max(low - 1, 0);
    }
    return low + 1;
}
