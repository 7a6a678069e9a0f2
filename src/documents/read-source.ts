// Reads a source or configuration file safely: only regular files (a named pipe would block
// forever, a device such as /dev/zero never ends), only up to a size limit, and only text that
// is valid UTF-8. Every refusal is one short reason; the caller reports it located at 1:1 and
// treats the text as empty, so a bad file never floods the output or stops the other files.
// The CLI, the language server and the configuration reader all read through here.
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { open, stat } from 'node:fs/promises';

export const defaultMaxFileSize = 20 * 1024 * 1024;

import type { SourceProblem } from '../language/source-checks.js';
import type { Message } from '../i18n/messages.js';
import { messages } from './documents.messages.js';

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
            const opened = await handle.stat();
            const refusedOpen = refusal(opened, maxFileSize);
            if (refusedOpen) {
                return refusedOpen;
            }
            const chunks = new Chunks(opened.size, maxFileSize);
            while (chunks.buffer) {
                chunks.add((await handle.read(chunks.buffer, 0, chunks.buffer.length, null)).bytesRead);
            }
            return chunks.source();
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
            const opened = fstatSync(descriptor);
            const refusedOpen = refusal(opened, maxFileSize);
            if (refusedOpen) {
                return refusedOpen;
            }
            const chunks = new Chunks(opened.size, maxFileSize);
            while (chunks.buffer) {
                chunks.add(readSync(descriptor, chunks.buffer, 0, chunks.buffer.length, null));
            }
            return chunks.source();
        } finally {
            closeSync(descriptor);
        }
    } catch (error) {
        return unreadable(describeReadError(error));
    }
}

/**
 * The chunks of an opened file, for reading and synchronous reading alike: read into `buffer`
 * while there is one, tell `add` how many bytes came, then take the text or the refusal from
 * `source()`. The first buffer is the file's size and one byte more: a regular file is then
 * read in one call, and a read that fills the buffer means the file grew since it was
 * measured, so reading goes on in chunks. (A read short of the buffer is the end of a regular
 * file.) Buffers are not zeroed: only the bytes read are used.
 */
class Chunks {
    private readonly chunks: Buffer[] = [];
    private total = 0;
    /** The buffer to read into next; undefined once a read came short (the end) or the size limit was passed. */
    buffer: Buffer | undefined;

    constructor(size: number, private readonly maxFileSize: number) {
        this.buffer = Buffer.allocUnsafe(Math.min(size, maxFileSize) + 1);
    }

    add(bytesRead: number): void {
        const buffer = this.buffer!;
        this.chunks.push(buffer.subarray(0, bytesRead));
        this.total += bytesRead;
        this.buffer = bytesRead < buffer.length || this.total > this.maxFileSize ? undefined : Buffer.allocUnsafe(chunkSize);
    }

    source(): SourceText {
        return this.total > this.maxFileSize ? tooLarge(this.total, this.maxFileSize) : decodeSource(Buffer.concat(this.chunks));
    }
}

function refusal(info: Stats, maxFileSize: number): SourceText | undefined {
    if (!info.isFile()) {
        return unreadable(messages.message('reason.notRegular', { kind: kindOf(info) }));
    }
    return info.size > maxFileSize ? tooLarge(info.size, maxFileSize) : undefined;
}

function kindOf(info: Stats): 'folder' | 'fifo' | 'socket' | 'device' | 'other' {
    if (info.isDirectory()) {
        return 'folder';
    }
    if (info.isFIFO()) {
        return 'fifo';
    }
    if (info.isSocket()) {
        return 'socket';
    }
    return info.isCharacterDevice() || info.isBlockDevice() ? 'device' : 'other';
}

function tooLarge(size: number, maxFileSize: number): SourceText {
    return unreadable(messages.message('reason.tooLarge', { limit: formatSize(maxFileSize), size: formatSize(size) }));
}

/** A size as people write it: 20 MB, 1.5 KB (1,5 KB in Dutch), 300 bytes. */
export function formatSize(bytes: number): Message {
    if (bytes >= 1024 * 1024) {
        return messages.message('size.megabytes', { size: Number((bytes / (1024 * 1024)).toFixed(1)) });
    }
    return bytes >= 1024 ? messages.message('size.kilobytes', { size: Number((bytes / 1024).toFixed(1)) }) : messages.message('size.bytes', { size: bytes });
}

function describeReadError(error: unknown): Message {
    switch ((error as NodeJS.ErrnoException).code) {
        case 'ENOENT': return messages.message('reason.missing');
        case 'EACCES':
        case 'EPERM': return messages.message('reason.permission');
        case 'EISDIR': return messages.message('reason.folder');
        case 'ELOOP': return messages.message('reason.loop');
        default: return messages.message('reason.other', { error: (error as Error).message ?? String(error) });
    }
}

function unreadable(reason: Message): SourceText {
    return { text: '', problem: { kind: 'unreadable', reason, message: messages.message('unreadable', { reason }) } };
}

function badEncoding(reason: Message): SourceText {
    return { text: '', problem: { kind: 'encoding', reason: messages.message('reason.notUtf8', { reason }), message: messages.message('encoding', { reason }) } };
}

/** How much of the start of a file to inspect for the NUL pattern of UTF-16. */
const sniffLength = 4096;

/** Decodes a file's bytes as UTF-8, refusing binary files, UTF-16 and invalid UTF-8. A UTF-8 byte order mark is dropped. */
export function decodeSource(bytes: Uint8Array): SourceText {
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
        return badEncoding(messages.message('encoding.utf16Mark'));
    }
    if (bytes.includes(0)) {
        return looksLikeUtf16(bytes)
            ? badEncoding(messages.message('encoding.utf16'))
            : badEncoding(messages.message('encoding.nul'));
    }
    try {
        return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
    } catch {
        return badEncoding(messages.message('encoding.invalid', { byte: firstInvalidUtf8(bytes) }));
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
