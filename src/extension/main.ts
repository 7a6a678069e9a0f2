// The VS Code extension: starts the Provisio language server for .provisio files, shows
// the built-in vocabulary read-only when the author goes to a built-in category, shows
// and exports the workspace summary the server makes, and registers the commands in commands.ts.
// The client itself does not load Langium; the polyfill is first all the same, so that no
// later import can reach Langium before it in VS Code's Node 20 extension host.
import '../polyfill.js';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { builtinVocabulary, builtinVocabularyUri } from '../language/builtin-vocabulary.js';
import { registerCommands } from './commands.js';
import { registerSummaryCommands } from './summary-panel.js';

let client: LanguageClient | undefined;
/** The language the running server was started with. */
let startedWith: string | undefined;

/** The `provisio.language` setting, with 'auto' meaning VS Code's display language. */
function editorLanguage(): { setting: string; language: string } {
    const setting = vscode.workspace.getConfiguration('provisio').get<string>('language', 'auto');
    return { setting, language: setting === 'auto' ? vscode.env.language : setting };
}

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
        ],
        // Read at every (re)start, so a restart speaks the language chosen now.
        initializationOptions: () => {
            startedWith = editorLanguage().language;
            return { language: startedWith };
        },
        // The server follows `provisio.language` through workspace/didChangeConfiguration.
        synchronize: { configurationSection: 'provisio' }
    };
    client = new LanguageClient('provisio', 'Provisio', serverOptions, clientOptions);
    const running = client.start();
    const ready = async () => {
        await running.catch(() => undefined); // a failed start was reported; try again
        if (!client?.isRunning()) {
            await client?.start(); // after a restart that is still under way, or a failed start
        }
        return client!;
    };
    registerSummaryCommands(context, ready);
    registerCommands(context, ready);
    context.subscriptions.push(vscode.workspace.onDidChangeConfiguration(event => {
        if (event.affectsConfiguration('provisio.language')) {
            void followLanguageSetting();
        }
    }));
    try {
        await running;
    } catch (error) {
        void vscode.window.showErrorMessage(vscode.l10n.t('The Provisio language server could not start: {0}', error instanceof Error ? error.message : String(error)));
    }
}

/**
 * An explicit language reaches the running server as a setting. 'auto' means the language the
 * client gave the server when it started, which may have been an earlier explicit choice; if
 * that is not VS Code's display language, the server is restarted with it.
 */
async function followLanguageSetting(): Promise<void> {
    const { setting, language } = editorLanguage();
    if (setting !== 'auto' || language === startedWith || !client) {
        return;
    }
    client.info(vscode.l10n.t('The language setting is now auto: restarting the language server in {0}.', language));
    await client.restart();
}

export function deactivate(): Thenable<void> | undefined {
    return client?.stop();
}
