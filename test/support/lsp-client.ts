// The built language server, spoken to over stdio by a plain LSP client, as an editor would:
// started on a folder, with every published diagnostic recorded, and stopped cleanly.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
    ConfigurationRequest, createProtocolConnection, ExitNotification, InitializedNotification, InitializeRequest, PublishDiagnosticsNotification,
    RegistrationRequest, ShutdownRequest, StreamMessageReader, StreamMessageWriter,
    type ConfigurationItem, type Diagnostic, type InitializeParams, type InitializeResult, type ProtocolConnection, type PublishDiagnosticsParams, type Registration
} from 'vscode-languageserver-protocol/node';
import { projectRoot } from '../cli/run-cli.js';

const serverPath = join(projectRoot, 'out/server.cjs');

export interface LspClient {
    server: ChildProcess;
    connection: ProtocolConnection;
    initialized: InitializeResult;
    /** Every publication per document URI, oldest first. */
    published: Map<string, PublishDiagnosticsParams[]>;
    /** Every capability the server asked to register dynamically, oldest first. */
    registrations: Registration[];
    uriOf(name: string): string;
    /** What the server wrote to stderr so far. */
    stderr(): string;
    /** Waits until the latest diagnostics published for `uri`, after its first `after` publications, satisfy `accept`. */
    diagnosticsFor(uri: string, accept: (diagnostics: Diagnostic[]) => boolean, after?: number): Promise<Diagnostic[]>;
    stop(): Promise<void>;
}

export interface StartOptions {
    /** Added to the initialize request (capabilities, initializationOptions, locale, …). */
    initialize?: Partial<InitializeParams>;
    /** Answers workspace/configuration requests; by default every section is unset. */
    configuration?: (item: ConfigurationItem) => unknown;
}

export async function startServer(folder: string, options: StartOptions = {}): Promise<LspClient> {
    if (!existsSync(serverPath)) {
        throw new Error(`${serverPath} is missing: run \`npm run build\` first.`);
    }
    const server = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    server.stderr!.on('data', chunk => { stderr += String(chunk); });
    const connection = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    const published = new Map<string, PublishDiagnosticsParams[]>();
    connection.onNotification(PublishDiagnosticsNotification.type, params => {
        published.set(params.uri, [...(published.get(params.uri) ?? []), params]);
    });
    const registrations: Registration[] = [];
    connection.onRequest(RegistrationRequest.type, params => {
        registrations.push(...params.registrations);
    });
    connection.onRequest(ConfigurationRequest.type, params => params.items.map(item => options.configuration?.(item) ?? null));
    connection.listen();
    const root = pathToFileURL(folder).toString();
    const initialized = await connection.sendRequest(InitializeRequest.type, {
        processId: process.pid,
        rootUri: root,
        workspaceFolders: [{ uri: root, name: 'workspace' }],
        capabilities: {},
        ...options.initialize
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return {
        server, connection, initialized, published, registrations,
        uriOf: name => pathToFileURL(join(folder, name)).toString(),
        stderr: () => stderr,
        diagnosticsFor: (uri, accept, after = 0) => new Promise((resolve, reject) => {
            const poll = setInterval(() => {
                const all = published.get(uri) ?? [];
                const latest = all.length > after ? all.at(-1) : undefined;
                if (latest && accept(latest.diagnostics)) {
                    clearInterval(poll);
                    clearTimeout(timer);
                    resolve(latest.diagnostics);
                }
            }, 20);
            const timer = setTimeout(() => {
                clearInterval(poll);
                reject(new Error(`no matching diagnostics for ${uri}; got ${JSON.stringify(published.get(uri)?.at(-1))}; server stderr: ${stderr}`));
            }, 15_000);
        }),
        async stop() {
            await connection.sendRequest(ShutdownRequest.type).catch(() => undefined);
            await connection.sendNotification(ExitNotification.type).catch(() => undefined);
            connection.dispose();
            server.kill();
        }
    };
}
