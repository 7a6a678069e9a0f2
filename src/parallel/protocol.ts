// The messages between `provisio check` and its worker threads. A worker parses its share of
// the files and sends their facts; once it has the facts of every file, it checks the files of
// its share that were asked for, with stand-ins for the files it did not load, and sends the
// results.
import type { CachedResult } from '../cache/cached-check.js';
import type { ExportRecord, FileFacts } from '../cache/records.js';
import type { Locale } from '../i18n/messages.js';

/** What a worker needs to set up its services as the main thread did. */
export interface WorkerSettings {
    locale: Locale;
    maxFileSize?: number;
    inlineSuppressions: boolean;
    /** `--rule` values, already checked by the main thread. */
    rules: string[];
    /** `--config`: one configuration file for every file. */
    configFile?: string;
}

export interface WorkerData {
    settings: WorkerSettings;
    /** Every file of the workspace, in workspace order. */
    files: string[];
    /** The indexes (into `files`) of the files this worker parses. */
    share: number[];
    /** The indexes of the files of its share it checks. */
    toCheck: number[];
}

/** What a file says that other files' results depend on. */
export interface SharedFacts extends FileFacts {
    exports: ExportRecord[];
}

export type FromWorker =
    | { kind: 'facts'; facts: Array<[number, SharedFacts]> }
    | { kind: 'results'; results: Array<[number, CachedResult]> };

/** The facts of every file, by index into `files`. */
export interface ToWorker {
    kind: 'check';
    facts: SharedFacts[];
}
