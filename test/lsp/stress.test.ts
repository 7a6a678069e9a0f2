// The built server under an author's typing: the example workspace open over stdio, a
// half-typed `necessity` left standing, then hundreds of random edits. The server must stay
// up, answer requests afterwards, and publish only coded diagnostics inside the text.
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, DocumentSymbolRequest, HoverRequest, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { projectRoot } from '../cli/run-cli.js';
import { startServer, type LspClient } from '../support/lsp-client.js';
import { expectSoundDiagnostics } from '../support/soundness.js';

const file = 'aivd/P-2022-0031-ctp-facilitation-network.provisio';

let client: LspClient;
let folder: string;

beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'provisio-stress-'));
    cpSync(join(projectRoot, 'examples/workspace'), folder, { recursive: true });
    client = await startServer(folder);
});

afterAll(() => client?.stop());

/** Waits until the latest diagnostics published for `uri` satisfy `accept`. */
const published = (uri: string, accept: (diagnostics: Diagnostic[]) => boolean) => client.diagnosticsFor(uri, accept);

test('random edits, some leaving a half-typed `necessity`, never bring the server down', async () => {
    const { connection } = client;
    const uri = client.uriOf(file);
    const original = readFileSync(join(folder, file), 'utf8');
    let version = 1;
    await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'provisio', version, text: original } });

    // Half-typed `necessity`: the edit that used to crash the server on every rebuild.
    const halfTyped = original.replace(/ {4}necessity """[\s\S]*?"""\n/, '    necessity\n');
    await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: ++version }, contentChanges: [{ text: halfTyped }] });
    const afterHalfTyped = await published(uri, diagnostics => diagnostics.some(diagnostic => diagnostic.code === 'language/syntax'));
    expect(afterHalfTyped.map(diagnostic => diagnostic.message)).toEqual(['Expected a quoted text or a """ text block but found `}`.']);
    expectSoundDiagnostics(afterHalfTyped, halfTyped);

    const edits = fc.sample(fc.record({
        at: fc.double({ min: 0, max: 1, noNaN: true }),
        cut: fc.nat(30),
        paste: fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('necessity', '"""', '}', '{', 'mitigation for ', '\r', 'to '))
    }), { numRuns: 400, seed: 20261129 });
    let text = halfTyped;
    for (const { at, cut, paste } of edits) {
        const offset = Math.floor(at * text.length);
        text = text.slice(0, offset) + paste + text.slice(offset + cut);
        await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: ++version }, contentChanges: [{ text }] });
    }
    // The last edit adds a marker whose own finding shows that the diagnostics are those of the final text.
    text += '\nservice StressMarker\nservice StressMarker\n';
    await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: ++version }, contentChanges: [{ text }] });
    const final = await published(uri, diagnostics => diagnostics.some(diagnostic => String(diagnostic.message).includes('StressMarker')));
    expectSoundDiagnostics(final, text);

    // Still answering, and still the same process.
    const symbols = await connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
    expect(Array.isArray(symbols)).toBe(true);
    await connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 0 } });
    expect(client.server.exitCode).toBeNull();
    expect(client.stderr()).not.toMatch(/TypeError|RangeError|at .*\.js:\d+/);
}, 60_000);
