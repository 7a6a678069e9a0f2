// Every rule diagnostic links to its rule's page (LSP codeDescription): in the installed
// package's docs folder, or under the configured docsBaseUrl. Checked with the built server
// over stdio and over IPC (as VS Code starts it), and the CLI started through a symbolic link
// (as node_modules/.bin/provisio starts it).
import { fork, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import {
    createProtocolConnection, ExitNotification, InitializedNotification, InitializeRequest, IPCMessageReader, IPCMessageWriter,
    PublishDiagnosticsNotification, RegistrationRequest, ShutdownRequest, type Diagnostic, type PublishDiagnosticsParams
} from 'vscode-languageserver-protocol/node';
import { rules } from '../../src/rules/registry.js';
import { rulePagePath } from '../../src/rules/rule-docs.js';
import { cliPath, projectRoot } from '../cli/run-cli.js';
import { startServer, type LspClient } from '../support/lsp-client.js';

const installedPage = (ruleId: string) => pathToFileURL(join(projectRoot, rulePagePath(ruleId))).href;
const isRule = (diagnostic: Diagnostic) => rules.some(rule => rule.id === diagnostic.code);

/** A copy of examples/, where every rule fires in defects/. */
function examplesCopy(config?: string): string {
    const folder = mkdtempSync(join(tmpdir(), 'provisio-links-'));
    cpSync(join(projectRoot, 'examples'), folder, { recursive: true });
    if (config !== undefined) {
        writeFileSync(join(folder, 'provisio.config.yaml'), config);
    }
    return folder;
}

const defectFiles = (folder: string) => readdirSync(join(folder, 'defects')).map(name => pathToFileURL(join(folder, 'defects', name)).href);

/** Waits for the diagnostics of every defects file; returns the rule diagnostics. */
async function ruleDiagnostics(published: Map<string, PublishDiagnosticsParams[]>, folder: string): Promise<Diagnostic[]> {
    const files = defectFiles(folder);
    for (let waited = 0; files.some(uri => !(published.get(uri)?.at(-1)?.diagnostics.length)); waited += 50) {
        if (waited > 20_000) {
            throw new Error(`no diagnostics for ${files.filter(uri => !published.get(uri)?.at(-1)?.diagnostics.length).join(', ')}`);
        }
        await new Promise(resolve => setTimeout(resolve, 50));
    }
    return files.flatMap(uri => published.get(uri)!.at(-1)!.diagnostics).filter(isRule);
}

let client: LspClient | undefined;
afterEach(async () => {
    await client?.stop();
    client = undefined;
});

describe('codeDescription on rule diagnostics', () => {
    test('over stdio: every rule\'s diagnostic links to its page in the package, and the page exists', async () => {
        const folder = examplesCopy();
        client = await startServer(folder);
        const diagnostics = await ruleDiagnostics(client.published, folder);
        expect(new Set(diagnostics.map(diagnostic => diagnostic.code))).toEqual(new Set(rules.map(rule => rule.id)));
        for (const diagnostic of diagnostics) {
            expect(diagnostic.codeDescription?.href).toBe(installedPage(String(diagnostic.code)));
            expect(existsSync(fileURLToPath(diagnostic.codeDescription!.href)), diagnostic.codeDescription!.href).toBe(true);
        }
    });

    test('with docsBaseUrl in the configuration, the links point there', async () => {
        const folder = examplesCopy('docsBaseUrl: https://git.example.org/team/provisio/-/blob/main\nrules: {}\n');
        client = await startServer(folder);
        const diagnostics = await ruleDiagnostics(client.published, folder);
        expect(diagnostics.length).toBeGreaterThanOrEqual(rules.length);
        for (const diagnostic of diagnostics) {
            expect(diagnostic.codeDescription?.href).toBe(`https://git.example.org/team/provisio/-/blob/main/docs/rules/${String(diagnostic.code)}.md`);
        }
    });

    test('over IPC, as VS Code starts it from an installed extension, from another folder: the links point into that installation', async () => {
        const folder = examplesCopy();
        // The layout of the .vsix: out/server.cjs beside docs/rules/.
        const installed = mkdtempSync(join(tmpdir(), 'provisio-extension-'));
        cpSync(join(projectRoot, 'out/server.cjs'), join(installed, 'out/server.cjs'));
        cpSync(join(projectRoot, 'docs/rules'), join(installed, 'docs/rules'), { recursive: true });
        const server = fork(join(installed, 'out/server.cjs'), ['--node-ipc', `--clientProcessId=${process.pid}`], { cwd: tmpdir(), stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
        const connection = createProtocolConnection(new IPCMessageReader(server), new IPCMessageWriter(server));
        const published = new Map<string, PublishDiagnosticsParams[]>();
        connection.onNotification(PublishDiagnosticsNotification.type, params => {
            published.set(params.uri, [...(published.get(params.uri) ?? []), params]);
        });
        connection.onRequest(RegistrationRequest.type, () => undefined);
        connection.listen();
        try {
            const root = pathToFileURL(folder).href;
            await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: root, workspaceFolders: [{ uri: root, name: 'examples' }], capabilities: {} });
            await connection.sendNotification(InitializedNotification.type, {});
            const diagnostics = await ruleDiagnostics(published, folder);
            expect(diagnostics.length).toBeGreaterThanOrEqual(rules.length);
            for (const diagnostic of diagnostics) {
                expect(diagnostic.codeDescription?.href).toBe(pathToFileURL(join(installed, rulePagePath(String(diagnostic.code)))).href);
                expect(existsSync(fileURLToPath(diagnostic.codeDescription!.href))).toBe(true);
            }
        } finally {
            await connection.sendRequest(ShutdownRequest.type).catch(() => undefined);
            await connection.sendNotification(ExitNotification.type).catch(() => undefined);
            connection.dispose();
            server.kill();
        }
    });
});

describe('the CLI\'s links', () => {
    test('started through a symbolic link from another folder (as node_modules/.bin/provisio is), the CLI links to the package\'s pages', () => {
        const elsewhere = mkdtempSync(join(tmpdir(), 'provisio-bin-'));
        symlinkSync(cliPath, join(elsewhere, 'provisio'));
        const run = spawnSync(process.execPath, [join(elsewhere, 'provisio'), 'rules', '--format', 'json'], { cwd: elsewhere, encoding: 'utf8' });
        expect(run.stderr).toBe('');
        const listed = JSON.parse(run.stdout) as Array<{ id: string; docs: string }>;
        expect(listed.map(rule => rule.id)).toEqual(rules.map(rule => rule.id));
        for (const rule of listed) {
            expect(rule.docs).toBe(installedPage(rule.id));
        }
    });
});
