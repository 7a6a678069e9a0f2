// `provisio check` in worker threads. Each worker parses a contiguous share of the workspace
// (neighbouring files tend to refer to each other) and sends what other files' results depend
// on; then every worker gets the facts of every file and checks the asked files of its share,
// standing in for the files it did not load as `--cache` does for unchanged files. Every file
// is parsed once, plus the files that declare what another share refers to.
import { Worker } from 'node:worker_threads';
import type { CachedResult } from '../cache/cached-check.js';
import type { FromWorker, SharedFacts, ToWorker, WorkerData, WorkerSettings } from './protocol.js';

/**
 * The results of the asked files, in workspace order, checked by `workers` threads running
 * `script`. Rejects when a worker could not start or failed; the caller then checks in one thread.
 */
export async function checkInParallel(script: URL, files: readonly string[], asked: ReadonlySet<string>, settings: WorkerSettings, workers: number): Promise<CachedResult[]> {
    const shares = contiguousShares(files.length, workers);
    const threads = shares.map(share => new WorkerThread(script, {
        settings, files: [...files], share, toCheck: share.filter(index => asked.has(files[index]))
    }));
    try {
        const facts = new Array<SharedFacts>(files.length);
        for (const reply of await Promise.all(threads.map(thread => thread.next()))) {
            for (const [index, fileFacts] of expect(reply, 'facts').facts) {
                facts[index] = fileFacts;
            }
        }
        const results = new Array<CachedResult | undefined>(files.length);
        for (const reply of await Promise.all(threads.map(thread => thread.send({ kind: 'check', facts })))) {
            for (const [index, result] of expect(reply, 'results').results) {
                results[index] = result;
            }
        }
        return results.filter((result): result is CachedResult => result !== undefined);
    } finally {
        await Promise.all(threads.map(thread => thread.stop()));
    }
}

/** `count` indexes split into `parts` runs of nearly equal length. */
export function contiguousShares(count: number, parts: number): number[][] {
    const shares: number[][] = [];
    for (let part = 0; part < parts; part++) {
        const start = Math.floor(count * part / parts);
        const end = Math.floor(count * (part + 1) / parts);
        shares.push(Array.from({ length: end - start }, (_, offset) => start + offset));
    }
    return shares.filter(share => share.length > 0);
}

function expect<K extends FromWorker['kind']>(reply: FromWorker, kind: K): Extract<FromWorker, { kind: K }> {
    if (reply.kind !== kind) {
        throw new Error(`a check worker sent ${reply.kind} where ${kind} was due`);
    }
    return reply as Extract<FromWorker, { kind: K }>;
}

/** One worker, answering one message at a time; an error or an early exit rejects what is awaited. */
class WorkerThread {
    private readonly worker: Worker;
    private readonly replies: FromWorker[] = [];
    private waiting?: { resolve: (reply: FromWorker) => void; reject: (error: Error) => void };
    private failure?: Error;

    constructor(script: URL, data: WorkerData) {
        this.worker = new Worker(script, { workerData: data });
        this.worker.on('message', (reply: FromWorker) => {
            if (this.waiting) {
                this.waiting.resolve(reply);
                this.waiting = undefined;
            } else {
                this.replies.push(reply);
            }
        });
        this.worker.on('error', error => this.fail(error));
        this.worker.on('exit', code => this.fail(new Error(`a check worker stopped (exit code ${code})`)));
    }

    next(): Promise<FromWorker> {
        const reply = this.replies.shift();
        if (reply) {
            return Promise.resolve(reply);
        }
        if (this.failure) {
            return Promise.reject(this.failure);
        }
        return new Promise((resolve, reject) => { this.waiting = { resolve, reject }; });
    }

    send(message: ToWorker): Promise<FromWorker> {
        this.worker.postMessage(message);
        return this.next();
    }

    async stop(): Promise<void> {
        await this.worker.terminate();
    }

    private fail(error: Error): void {
        this.failure ??= error;
        this.waiting?.reject(this.failure);
        this.waiting = undefined;
    }
}
