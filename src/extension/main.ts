// The VS Code extension: starts the Provisio language server for .provisio files and shows
// the built-in vocabulary read-only when the author goes to a built-in category.
// The client itself does not load Langium; the polyfill is first all the same, so that no
// later import can reach Langium before it in VS Code's Node 20 extension host.
import '../polyfill.js';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { builtinVocabulary, builtinVocabularyUri } from '../language/builtin-vocabulary.js';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    const builtinScheme = vscode.Uri.parse(builtinVocabularyUri).scheme;
    context.subscriptions.push(vscode.workspace.registerTextDocumentContentProvider(builtinScheme, {
        provideTextDocumentContent: () => builtinVocabulary
    }));

    const serverModule = context.asAbsolutePath(path.join('out', 'server.cjs'));
    const serverOptions: ServerOptions = {
        run: { module: serverModule, transport: TransportKind.ipc },
        debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } }
    };
    const clientOptions: LanguageClientOptions = {
        documentSelector: [
            { scheme: 'file', language: 'provisio' },
            { scheme: 'untitled', language: 'provisio' }
        ]
    };
    client = new LanguageClient('provisio', 'Provisio', serverOptions, clientOptions);
    await client.start();
}

export function deactivate(): Thenable<void> | undefined {
    return client?.stop();
}
