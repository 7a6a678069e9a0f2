// The baseline file: accepted findings by fingerprint, with how often each occurs. JSON with
// a version, its entries sorted and its keys in a fixed order, so that recording it again
// after a change gives a small, readable diff.
import { randomBytes } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import { UsageError } from '../cli/output.js';
import { messages } from './baseline.messages.js';
import { fingerprintKey, type FingerprintParts } from './fingerprint.js';

export const baselineVersion = 1;

export interface BaselineEntry extends FingerprintParts {
    /** How many findings with this fingerprint there are. */
    count: number;
}

const textFields = ['rule', 'message', 'file', 'declaration', 'path', 'content'] as const;

/** Accepted findings: fingerprint key → entry. */
export type Baseline = Map<string, BaselineEntry>;

/** Counts the findings by fingerprint. */
export function baselineOf(findings: Iterable<FingerprintParts>): Baseline {
    const baseline: Baseline = new Map();
    for (const parts of findings) {
        addEntry(baseline, { ...parts, count: 1 });
    }
    return baseline;
}

function addEntry(baseline: Baseline, entry: BaselineEntry): void {
    const key = fingerprintKey(entry);
    const known = baseline.get(key);
    if (known) {
        known.count += entry.count;
    } else {
        baseline.set(key, { ...entry });
    }
}

/** The file's text: entries sorted by file, rule, path, message and content, keys in a fixed order, two-space indents. */
export function serializeBaseline(baseline: Baseline): string {
    const compare = (a: BaselineEntry, b: BaselineEntry) => {
        for (const field of ['file', 'rule', 'path', 'message', 'declaration', 'content'] as const) {
            if (a[field] !== b[field]) {
                return a[field] < b[field] ? -1 : 1;
            }
        }
        return 0;
    };
    const findings = [...baseline.values()].sort(compare).map(entry => ({
        file: entry.file, rule: entry.rule, message: entry.message, declaration: entry.declaration, path: entry.path, content: entry.content, count: entry.count
    }));
    return `${JSON.stringify({ version: baselineVersion, findings }, null, 2)}\n`;
}

/** Reads a baseline; a missing, unreadable or malformed file is a usage error that says where and what. */
export async function readBaselineFile(file: string): Promise<Baseline> {
    let text: string;
    try {
        text = await readFile(file, 'utf8');
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        throw new UsageError(messages.message('error.unreadable', { file, reason: code === 'ENOENT' ? messages.message('error.notFound') : (error as Error).message }));
    }
    return parseBaseline(file, text);
}

export function parseBaseline(file: string, text: string): Baseline {
    const errors: ParseError[] = [];
    const root = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
    if (errors.length > 0) {
        throw new UsageError(messages.message('error.notJson', { file, ...lineAndColumn(text, errors[0].offset), error: printParseErrorCode(errors[0].error) }));
    }
    const problem = (node: JsonNode | undefined, kind: 'root' | 'version' | 'findings' | 'entry') =>
        new UsageError(messages.message('error.notBaseline', { file, ...lineAndColumn(text, node?.offset ?? 0), problem: kind, version: baselineVersion }));
    if (root?.type !== 'object') {
        throw problem(root, 'root');
    }
    const version = property(root, 'version');
    if (version?.value !== baselineVersion) {
        throw problem(version ?? root, 'version');
    }
    const findings = property(root, 'findings');
    if (findings?.type !== 'array') {
        throw problem(findings ?? root, 'findings');
    }
    const baseline: Baseline = new Map();
    for (const item of findings.children ?? []) {
        const entry = item.type === 'object' ? entryOf(item) : undefined;
        if (!entry) {
            throw problem(item, 'entry');
        }
        addEntry(baseline, entry);
    }
    return baseline;
}

function entryOf(node: JsonNode): BaselineEntry | undefined {
    const entry: Partial<Record<string, unknown>> = {};
    for (const field of textFields) {
        const value = property(node, field)?.value;
        if (typeof value !== 'string') {
            return undefined;
        }
        entry[field] = value;
    }
    const count = property(node, 'count')?.value;
    if (!Number.isInteger(count) || (count as number) < 1) {
        return undefined;
    }
    entry.count = count;
    return entry as unknown as BaselineEntry;
}

function property(node: JsonNode, name: string): JsonNode | undefined {
    return node.children?.find(pair => pair.children?.[0]?.value === name)?.children?.[1];
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
    const before = text.slice(0, offset);
    const lineStart = before.lastIndexOf('\n') + 1;
    return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

/** Writes the whole file or nothing: a temporary file beside it, then renamed over it. */
export async function writeBaselineFile(file: string, baseline: Baseline): Promise<void> {
    const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`;
    try {
        await writeFile(temporary, serializeBaseline(baseline));
        await rename(temporary, file);
    } catch (error) {
        await rm(temporary, { force: true });
        throw new UsageError(messages.message('error.cannotWrite', { file, reason: (error as Error).message }));
    }
}
