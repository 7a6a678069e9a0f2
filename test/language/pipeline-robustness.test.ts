// The whole pipeline the language server runs after each change (parse, link, workspace
// facts, every rule, the reuse refresh), over the example workspace, under the edits an
// author makes: a clause typed half-way, text cut and pasted across files, other line
// endings. Whatever the text, no check fails and every diagnostic is located inside its file.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { projectRoot } from '../cli/run-cli.js';
import { expectSound } from '../support/soundness.js';
import { createServerPipeline, type ServerPipeline } from '../support/server-pipeline.js';

const workspaceFolder = join(projectRoot, 'examples/workspace');
const crashersFolder = join(projectRoot, 'test/language/crashers');

function provisioFiles(folder: string): string[] {
    return readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter(name => name.endsWith('.provisio')).sort();
}

/** The example workspace, file name (without `.provisio`) → text. */
const examples: Record<string, string> = Object.fromEntries(provisioFiles(workspaceFolder).map(file =>
    [relative(workspaceFolder, join(workspaceFolder, file)).replace(/\.provisio$/, ''), readFileSync(join(workspaceFolder, file), 'utf8')]));
const exampleNames = Object.keys(examples);

let pipeline: ServerPipeline;
beforeAll(async () => {
    pipeline = await createServerPipeline();
    await pipeline.open(examples);
});

/** Every open file is sound, with related locations checked against the other files' texts. */
function expectWorkspaceSound(): void {
    const texts = new Map(pipeline.names().map(name => [pipeline.document(name).uri.toString(), pipeline.document(name).textDocument.getText()]));
    for (const name of pipeline.names()) {
        expectSound(pipeline.document(name), texts);
    }
}

/**
 * Diagnostics in an order that does not depend on the order checks ran in. A finding naming
 * other places may name them in another order: the editor names copies in the order it
 * learned of them, a fresh check in workspace order. So its words and its places are compared
 * without their order; everything else exactly.
 */
function comparable(diagnostics: readonly Diagnostic[] | undefined): string[] {
    return (diagnostics ?? []).map(diagnostic => JSON.stringify({
        ...diagnostic,
        message: String(diagnostic.message).split(/[\s.,;:]+/).filter(Boolean).sort().join(' '),
        relatedInformation: diagnostic.relatedInformation?.map(related => JSON.stringify(related)).sort()
    })).sort();
}

async function restore(names: Iterable<string>): Promise<void> {
    for (const name of names) {
        await pipeline.change(name, examples[name]);
    }
}

describe('the server pipeline over the example workspace', () => {
    test('the examples themselves are clean', () => {
        for (const name of exampleNames) {
            expect(pipeline.document(name).diagnostics, name).toEqual([]);
        }
    });

    test('a clause typed half-way, on every line of every file, breaks no check', async () => {
        // Each line is cut after its first word: `necessity`, `mitigation for`, `to`, `date`, … with nothing after.
        for (const name of exampleNames) {
            const lines = examples[name].split('\n');
            for (const [index, line] of lines.entries()) {
                const keyword = /^\s*[\w-]+/.exec(line)?.[0];
                if (!keyword || keyword.trim() === line.trim()) {
                    continue;
                }
                const halfTyped = [...lines.slice(0, index), keyword, ...lines.slice(index + 1)].join('\n');
                await pipeline.change(name, halfTyped);
                expectWorkspaceSound();
            }
            await restore([name]);
        }
    }, 120_000);

    test('a half-typed `necessity` is a syntax error in its own file only, and the rest stays clean', async () => {
        const name = 'aivd/P-2022-0031-ctp-facilitation-network';
        for (const halfTyped of ['    necessity\n}', '    necessity }', '    necessity\n']) {
            await pipeline.change(name, examples[name].replace(/ {4}necessity """[\s\S]*?"""\n}?/, halfTyped));
            expect(pipeline.document(name).diagnostics?.map(diagnostic => diagnostic.code)).toContain('language/syntax');
            expectWorkspaceSound();
            for (const other of exampleNames.filter(other => other !== name)) {
                expect(pipeline.document(other).diagnostics, other).toEqual([]);
            }
        }
        await restore([name]);
    });

    const edit = fc.record({
        file: fc.constantFrom(...exampleNames),
        at: fc.double({ min: 0, max: 1, noNaN: true }),
        cut: fc.nat(60),
        paste: fc.oneof(
            fc.string({ maxLength: 12 }),
            fc.constantFrom('necessity', 'necessity """', '"""', 'mitigation for', 'to ', 'under ', '{', '}', '"', '\r', '\r\n', 'date 2022-', 'data {', 'risk human-rights not-applicable', 'risk '),
            // A fragment of another file, as when copying a clause over.
            fc.record({ from: fc.constantFrom(...exampleNames), at: fc.double({ min: 0, max: 1, noNaN: true }) })
                .map(({ from, at }) => examples[from].slice(Math.floor(at * examples[from].length), Math.floor(at * examples[from].length) + 40))
        )
    });

    test('random edits across several files, each rebuilt as the server does, break no check', async () => {
        await fc.assert(fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 6 }), async edits => {
            const texts = new Map<string, string>();
            try {
                for (const { file, at, cut, paste } of edits) {
                    const text = texts.get(file) ?? examples[file];
                    const offset = Math.floor(at * text.length);
                    const changed = text.slice(0, offset) + paste + text.slice(offset + cut);
                    texts.set(file, changed);
                    await pipeline.change(file, changed);
                    expectWorkspaceSound();
                }
            } finally {
                await restore(texts.keys());
            }
        }), { numRuns: 40 });
    }, 120_000);

    test('after motivations and names are copied across files and lines move, every file shows what a fresh check of the same texts shows', async () => {
        // The editor checks again only the files an edit can have touched; a fresh build checks them all.
        const motivation = / {4}necessity """[\s\S]*?"""/;
        const declaration = /^(provision|group-provision|background-check|umbrella|recipient) ([\w-]+)/m;
        const copyAcross = fc.record({ kind: fc.constantFrom('motivation', 'name', 'lines'), from: fc.constantFrom(...exampleNames), to: fc.constantFrom(...exampleNames) });
        await fc.assert(fc.asyncProperty(fc.array(copyAcross, { minLength: 1, maxLength: 5 }), async steps => {
            const texts = new Map<string, string>();
            const current = (name: string) => texts.get(name) ?? examples[name];
            try {
                for (const { kind, from, to } of steps) {
                    const source = current(from);
                    const target = current(to);
                    const changed = kind === 'lines' ? `\n\n${target}`
                        : kind === 'motivation' ? target.replace(motivation, () => motivation.exec(source)?.[0] ?? '    necessity """\n    """')
                            : target.replace(declaration, (_whole, keyword) => `${keyword} ${declaration.exec(source)?.[2] ?? 'Renamed'}`);
                    texts.set(to, changed);
                    await pipeline.change(to, changed);
                }
                const fresh = await createServerPipeline();
                await fresh.open(Object.fromEntries(exampleNames.map(name => [name, current(name)])));
                for (const name of exampleNames) {
                    expect(comparable(pipeline.document(name).diagnostics), name).toEqual(comparable(fresh.document(name).diagnostics));
                }
            } finally {
                await restore(texts.keys());
            }
        }), { numRuns: 15 });
    }, 180_000);

    test.each([['CRLF', '\r\n'], ['lone CR', '\r'], ['mixed', null]])('with %s line endings, cut files still give ranges inside them', async (_style, ending) => {
        await fc.assert(fc.asyncProperty(fc.constantFrom(...exampleNames), fc.double({ min: 0, max: 1, noNaN: true }), async (name, at) => {
            const converted = examples[name].split('\n').map((line, index) => line + (ending ?? ['\r\n', '\r', '\n'][index % 3])).join('');
            // Cut the file short, so that blocks and text blocks are left open.
            await pipeline.change(name, converted.slice(0, Math.floor(at * converted.length)));
            expectWorkspaceSound();
            await restore([name]);
        }), { numRuns: 25 });
    }, 60_000);
});

describe('the regression corpus', () => {
    // Texts that once made a check throw or a range leave its document; each is checked beside the example workspace.
    test.each(provisioFiles(crashersFolder))('%s', async file => {
        const name = `crasher-${file.replace(/\.provisio$/, '')}`;
        await pipeline.open({ [name]: readFileSync(join(crashersFolder, file), 'utf8') });
        expectWorkspaceSound();
    });
});
