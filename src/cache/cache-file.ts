// The cache file: JSON with a format name and version, the fingerprint of the run's settings,
// and a record per file. It is replaced atomically (written beside, then renamed), so a run
// that stops half-way leaves the old cache or the new one, never a mix. A file that is not a
// Provisio cache, or is damaged, is reported in one line and not used.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Message } from '../i18n/messages.js';
import { isFolder } from '../documents/folders.js';
import { cacheMessages } from './cache.messages.js';
import type { FileRecord } from './records.js';

export const cacheFormat = 'provisio-check-cache';
/** Raised whenever what a record holds, or how it is computed, changes: an older cache is then dropped silently. */
export const cacheVersion = 3;
export const defaultCacheFileName = '.provisiocache';

export interface CacheContents {
    /** Fingerprint of the tool, language, date and options: records made under other settings are not used. */
    run: string;
    files: Record<string, FileRecord>;
}

export interface CacheRead {
    contents?: CacheContents;
    warning?: Message;
    /** The file is something else (not a Provisio cache, or not a regular file): it is left as it is, never overwritten. */
    foreign?: boolean;
}

/** `location` is a file, or a folder (existing, or written with a trailing slash) to keep `.provisiocache` in. */
export function cacheFilePath(location: string): string {
    const path = resolve(location);
    if (/[\\/]$/.test(location) || isFolder(path)) {
        return join(path, defaultCacheFileName);
    }
    return path;
}

export function readCache(file: string): CacheRead {
    let text: string;
    try {
        const stats = statSync(file);
        if (!stats.isFile()) {
            // A pipe or device would hang or never end: only a regular file can be a cache.
            return { warning: cacheMessages.message('warning.foreign', { file }), foreign: true };
        }
        text = readFileSync(file, 'utf8');
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        return code === 'ENOENT' ? {} : { warning: cacheMessages.message('warning.unreadable', { file, reason: code ?? String(error) }) };
    }
    let parsed: unknown;
    try {
        parsed = JSON.parse(text);
    } catch {
        return { warning: cacheMessages.message('warning.corrupt', { file }) };
    }
    if (!isObject(parsed) || parsed.format !== cacheFormat) {
        return { warning: cacheMessages.message('warning.foreign', { file }), foreign: true };
    }
    if (parsed.version !== cacheVersion) {
        return {};
    }
    const files = parsed.files;
    if (typeof parsed.run !== 'string' || !isObject(files) || !Object.entries(files).every(([path, record]) => isFileRecord(record) && (record as FileRecord).result.filePath === path)) {
        return { warning: cacheMessages.message('warning.corrupt', { file }) };
    }
    return { contents: { run: parsed.run, files: parsed.files as Record<string, FileRecord> } };
}

/** Writes the cache; returns a warning instead of throwing when it cannot. */
export function writeCache(file: string, contents: CacheContents): Message | undefined {
    const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    try {
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(temporary, JSON.stringify({ format: cacheFormat, version: cacheVersion, ...contents }));
        renameSync(temporary, file);
        return undefined;
    } catch (error) {
        try {
            rmSync(temporary, { force: true });
        } catch {
            // Nothing was written there.
        }
        return cacheMessages.message('warning.notWritten', { file, reason: (error as NodeJS.ErrnoException).code ?? String(error) });
    }
}

function isObject(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isString = (value: unknown) => typeof value === 'string';
const isStringArray = (value: unknown) => Array.isArray(value) && value.every(isString);

/** Enough of a record's shape that using it cannot throw; a record that fails this marks the file damaged. */
function isFileRecord(value: unknown): boolean {
    return isObject(value)
        && isString(value.content) && isString(value.config) && isString(value.dependencies)
        && Array.isArray(value.declarations) && value.declarations.every(declaration => isObject(declaration)
            && isString(declaration.name) && isString(declaration.type) && isString(declaration.hash) && typeof declaration.line === 'number' && isStringArray(declaration.references))
        && isStringArray(value.references) && isString(value.motivationDigest)
        && Array.isArray(value.motivations) && value.motivations.every(motivation => isObject(motivation) && isString(motivation.ownerType) && typeof motivation.ownerIndex === 'number' && isSegmentOrAbsent(motivation.segment))
        && Array.isArray(value.exports) && value.exports.every(entry => isObject(entry) && isString(entry.name) && isString(entry.type) && isString(entry.path)
            && isSegmentOrAbsent(entry.nameSegment))
        && typeof value.unresolved === 'boolean' && isStringArray(value.related)
        && isObject(value.result) && isString(value.result.filePath) && Array.isArray(value.result.messages) && Array.isArray(value.result.suppressedMessages)
        && Array.isArray(value.subjects) && value.subjects.every(subject => isObject(subject) && isString(subject.declaration) && isString(subject.path) && isString(subject.content));
}

function isSegmentOrAbsent(value: unknown): boolean {
    if (value === undefined) {
        return true;
    }
    return Array.isArray(value) && value.length === 6 && value.every(item => Number.isInteger(item) && item >= 0);
}
