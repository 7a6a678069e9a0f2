// The workspace summary in a webview, asked of the language server (which holds the checked
// documents and speaks the editor's language). The page keeps the summary's own strict
// Content-Security-Policy; the only script is a nonce'd one that turns a click on a source
// link into a message, so the extension opens the file at that line. Saving a .provisio
// file, or choosing another language, refreshes the page.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { SummaryFormat } from '../summary/renderers/registry.js';
import { summaryRequest, type SummaryParams, type SummaryResult } from '../lsp/summary-protocol.js';

export const summaryViewType = 'provisio.summary';

export interface SummaryTarget {
    /** Only this umbrella and the provisions under it. */
    umbrella?: string;
}

interface ExportChoice extends vscode.QuickPickItem {
    format: SummaryFormat;
}

const exportChoices = (): ExportChoice[] => [
    { format: 'html', label: 'HTML', description: '.html' },
    { format: 'docx', label: 'Word', description: '.docx' },
    { format: 'md', label: 'Markdown', description: '.md' },
    { format: 'csv', label: 'CSV', description: '.csv' },
    { format: 'json', label: 'JSON', description: '.json' }
];

/** The language client once it runs; the commands wait for it. */
export type ClientReady = () => Promise<LanguageClient>;

export function registerSummaryCommands(context: vscode.ExtensionContext, client: ClientReady): void {
    const view = new SummaryView(client);
    context.subscriptions.push(
        view,
        vscode.commands.registerCommand('provisio.openSummary', (target?: SummaryTarget) => view.open(target ?? {})),
        vscode.commands.registerCommand('provisio.exportSummary', () => exportSummary(client, view.shown()))
    );
}

class SummaryView implements vscode.Disposable {
    private panel: vscode.WebviewPanel | undefined;
    private target: SummaryTarget = {};
    private refreshTimer: ReturnType<typeof setTimeout> | undefined;
    private readonly listeners: vscode.Disposable[];

    constructor(private readonly client: ClientReady) {
        this.listeners = [
            vscode.workspace.onDidSaveTextDocument(document => {
                if (document.languageId === 'provisio' || document.fileName.endsWith('.provisio')) {
                    this.scheduleRefresh(300); // the server rebuilds after a short pause in changes
                }
            }),
            vscode.workspace.onDidChangeConfiguration(event => {
                if (event.affectsConfiguration('provisio.language')) {
                    this.scheduleRefresh(1000); // after the server has switched (or restarted)
                }
            })
        ];
    }

    /** What the panel shows, if it is open: an export from it writes the same. */
    shown(): SummaryTarget {
        return this.panel ? this.target : {};
    }

    async open(target: SummaryTarget): Promise<void> {
        this.target = { umbrella: typeof target.umbrella === 'string' ? target.umbrella : undefined };
        if (this.panel) {
            this.panel.reveal(undefined, true);
        } else {
            this.panel = vscode.window.createWebviewPanel(summaryViewType, title(this.target), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
                enableScripts: true, // only the nonce'd link script
                enableCommandUris: false,
                localResourceRoots: []
            });
            this.panel.onDidDispose(() => { this.panel = undefined; });
            this.panel.webview.onDidReceiveMessage(message => void openSource(message));
        }
        await this.refresh();
    }

    private scheduleRefresh(delay: number): void {
        if (!this.panel) {
            return;
        }
        clearTimeout(this.refreshTimer);
        this.refreshTimer = setTimeout(() => void this.refresh(), delay);
    }

    private async refresh(): Promise<void> {
        const panel = this.panel;
        if (!panel) {
            return;
        }
        panel.title = title(this.target);
        try {
            const result = await (await this.client()).sendRequest<SummaryResult>(summaryRequest, {
                format: 'html', umbrella: this.target.umbrella, linkBase: linkBase()?.toString()
            } satisfies SummaryParams);
            if (this.panel === panel) {
                panel.webview.html = forWebview(result.content, randomBytes(16).toString('base64'));
            }
        } catch (error) {
            if (this.panel === panel) {
                panel.webview.html = errorPage(vscode.l10n.t('The summary could not be made: {0}', error instanceof Error ? error.message : String(error)));
            }
        }
    }

    dispose(): void {
        clearTimeout(this.refreshTimer);
        this.listeners.forEach(listener => listener.dispose());
        this.panel?.dispose();
    }
}

function title(target: SummaryTarget): string {
    return target.umbrella ? vscode.l10n.t('Provisio summary: {0}', target.umbrella) : vscode.l10n.t('Provisio summary');
}

/** Source links are relative to the first workspace folder; without one they are absolute paths. */
function linkBase(): vscode.Uri | undefined {
    return vscode.workspace.workspaceFolders?.[0]?.uri;
}

/** Opens the file a source link names, at its line. Only .provisio files, only from our page. */
async function openSource(message: unknown): Promise<void> {
    const { type, file, line } = (message ?? {}) as { type?: unknown; file?: unknown; line?: unknown };
    if (type !== 'openSource' || typeof file !== 'string' || !file.endsWith('.provisio') || typeof line !== 'number' || !Number.isInteger(line) || line < 1) {
        return;
    }
    const base = linkBase();
    const uri = file.startsWith('/') || !base ? vscode.Uri.file(file) : vscode.Uri.joinPath(base, file);
    const position = new vscode.Position(line - 1, 0);
    try {
        await vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.One, selection: new vscode.Range(position, position) });
    } catch (error) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Could not open {0}: {1}', file, error instanceof Error ? error.message : String(error)));
    }
}

/** Turns a click on a source link (`path#L12`) into a message; every other link behaves as before. */
const linkScript = `
const vscode = acquireVsCodeApi();
document.addEventListener('click', event => {
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    const match = link ? /^(.+)#L(\\d+)$/.exec(link.getAttribute('href')) : null;
    if (match) {
        event.preventDefault();
        vscode.postMessage({ type: 'openSource', file: decodeURIComponent(match[1]), line: Number(match[2]) });
    }
});
`;

/**
 * The summary page with its own policy widened by exactly one thing: the script with this nonce.
 * The policy in the page is HTML-escaped, so the nonce is added in the same form.
 */
export function forWebview(html: string, nonce: string): string {
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/;
    if (!policy.test(html)) {
        return errorPage(vscode.l10n.t('The summary came without its Content-Security-Policy; it is not shown.'));
    }
    return html
        .replace(policy, (_, content: string) => `<meta http-equiv="Content-Security-Policy" content="${content}; script-src &#39;nonce-${nonce}&#39;">`)
        .replace('</body>', () => `<script nonce="${nonce}">${linkScript}</script>\n</body>`);
}

function errorPage(text: string): string {
    const escaped = text.replace(/[&<>"']/g, character => `&#${character.charCodeAt(0)};`);
    return `<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'"></head><body><p>${escaped}</p></body></html>`;
}

/** Asks for a format and a file, and writes what the server returns there. */
async function exportSummary(client: ClientReady, target: SummaryTarget): Promise<void> {
    const choice = await vscode.window.showQuickPick(exportChoices(), { placeHolder: vscode.l10n.t('Export the summary as') });
    if (!choice) {
        return;
    }
    const name = `${target.umbrella ? `summary-${target.umbrella}` : 'summary'}.${choice.format}`;
    const base = linkBase();
    const file = await vscode.window.showSaveDialog({
        defaultUri: base ? vscode.Uri.joinPath(base, name) : undefined,
        filters: { [choice.label]: [choice.format] },
        saveLabel: vscode.l10n.t('Export')
    });
    if (!file) {
        return;
    }
    try {
        const result = await (await client()).sendRequest<SummaryResult>(summaryRequest, {
            format: choice.format, umbrella: target.umbrella, linkBase: vscode.Uri.joinPath(file, '..').toString()
        } satisfies SummaryParams);
        const bytes = result.encoding === 'base64' ? Buffer.from(result.content, 'base64') : Buffer.from(result.content, 'utf8');
        await vscode.workspace.fs.writeFile(file, bytes);
        void vscode.window.showInformationMessage(vscode.l10n.t('Summary written to {0}', vscode.workspace.asRelativePath(file)));
    } catch (error) {
        void vscode.window.showErrorMessage(vscode.l10n.t('The summary could not be exported: {0}', error instanceof Error ? error.message : String(error)));
    }
}
