// The extension's commands besides the summary: restart the server, show its output, show a
// rule's documentation page (shipped in the package), make a new provision from the template
// with the next free name in the folder's numbering, and check the whole workspace.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { checkWorkspaceRequest, type CheckWorkspaceResult } from '../lsp/check-workspace-protocol.js';
import { snippetText } from '../lsp/snippets.js';
import { today } from '../lsp/today.js';
import { rulePagePath } from '../rules/rule-docs.js';
import { nextProvisionId, provisionIds } from './next-provision-id.js';
import type { ClientReady } from './summary-panel.js';

const validName = /^[A-Za-z_][A-Za-z0-9_]*(-[A-Za-z0-9_]+)*$/;

export function registerCommands(context: vscode.ExtensionContext, client: ClientReady): void {
    context.subscriptions.push(
        vscode.commands.registerCommand('provisio.restartServer', async () => {
            const running = await client();
            await running.restart();
        }),
        vscode.commands.registerCommand('provisio.showOutput', async () => {
            (await client()).outputChannel.show(true);
        }),
        vscode.commands.registerCommand('provisio.showRuleDocumentation', (ruleId?: unknown) => showRuleDocumentation(context, typeof ruleId === 'string' ? ruleId : undefined)),
        vscode.commands.registerCommand('provisio.newProvision', (target?: unknown) => newProvision(target instanceof vscode.Uri ? target : undefined)),
        vscode.commands.registerCommand('provisio.checkWorkspace', async () => {
            const result = await (await client()).sendRequest<CheckWorkspaceResult>(checkWorkspaceRequest);
            await vscode.commands.executeCommand('workbench.actions.view.problems');
            void vscode.window.showInformationMessage(vscode.l10n.t('Provisio checked {0} files: {1} errors, {2} warnings.', result.files, result.errors, result.warnings));
        })
    );
}

/** The rule ids whose pages the package holds: docs/rules/<category>/<name>.md. */
async function documentedRules(context: vscode.ExtensionContext): Promise<string[]> {
    const folder = vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules');
    const categories = await vscode.workspace.fs.readDirectory(folder).then(entries => entries, () => []);
    const ids = await Promise.all(categories.filter(([, type]) => type === vscode.FileType.Directory).map(async ([category]) => {
        const pages = await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(folder, category));
        return pages.filter(([name, type]) => type === vscode.FileType.File && name.endsWith('.md')).map(([name]) => `${category}/${name.slice(0, -3)}`);
    }));
    return ids.flat().sort();
}

/** The rule of the Provisio finding under the cursor, if any. */
function ruleAtCursor(): string | undefined {
    const editor = vscode.window.activeTextEditor;
    if (!editor) {
        return undefined;
    }
    const finding = vscode.languages.getDiagnostics(editor.document.uri)
        .find(diagnostic => diagnostic.source === 'provisio' && diagnostic.range.contains(editor.selection.active));
    const code = typeof finding?.code === 'object' ? finding.code.value : finding?.code;
    return typeof code === 'string' && code.includes('/') ? code : undefined;
}

async function showRuleDocumentation(context: vscode.ExtensionContext, given: string | undefined): Promise<void> {
    const ruleId = given ?? ruleAtCursor() ?? await vscode.window.showQuickPick(await documentedRules(context), {
        placeHolder: vscode.l10n.t('The rule whose documentation to show')
    });
    if (!ruleId) {
        return;
    }
    const page = vscode.Uri.joinPath(context.extensionUri, ...rulePagePath(ruleId).split('/'));
    const exists = await vscode.workspace.fs.stat(page).then(() => true, () => false);
    if (!exists) {
        void vscode.window.showErrorMessage(vscode.l10n.t('No documentation page for rule {0}.', ruleId));
        return;
    }
    await vscode.commands.executeCommand('markdown.showPreview', page)
        .then(undefined, () => vscode.window.showTextDocument(page));
}

/** The folder a new provision goes in: the one clicked in the Explorer, else the active file's, else the first workspace folder. */
async function targetFolder(target: vscode.Uri | undefined): Promise<vscode.Uri | undefined> {
    if (target) {
        const stat = await vscode.workspace.fs.stat(target);
        return stat.type === vscode.FileType.Directory ? target : vscode.Uri.joinPath(target, '..');
    }
    const active = vscode.window.activeTextEditor?.document.uri;
    if (active?.scheme === 'file') {
        return vscode.Uri.file(path.dirname(active.fsPath));
    }
    return vscode.workspace.workspaceFolders?.[0]?.uri;
}

async function newProvision(target: vscode.Uri | undefined): Promise<void> {
    const folder = await targetFolder(target);
    if (!folder) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Open a folder first: a new provision is made in a folder of the workspace.'));
        return;
    }
    const read = async (uri: vscode.Uri) => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    const here = (await vscode.workspace.fs.readDirectory(folder)).filter(([name, type]) => type === vscode.FileType.File && name.endsWith('.provisio'));
    const folderIds = (await Promise.all(here.map(([name]) => read(vscode.Uri.joinPath(folder, name))))).flatMap(provisionIds);
    const everywhere = await vscode.workspace.findFiles('**/*.provisio', '**/node_modules/**');
    const taken = new Set((await Promise.all(everywhere.map(read))).flatMap(provisionIds));
    const date = today();
    const proposed = nextProvisionId(folderIds, taken, date.slice(0, 4));
    const id = await vscode.window.showInputBox({
        title: vscode.l10n.t('New provision'),
        prompt: vscode.l10n.t('The name of the new provision: the next free one in this folder\'s numbering.'),
        value: proposed,
        validateInput: value => !validName.test(value) ? vscode.l10n.t('A name starts with a letter or _ and continues with letters, digits, _ and single hyphens.')
            : taken.has(value) ? vscode.l10n.t('{0} is already used in this workspace.', value) : undefined
    });
    if (!id) {
        return;
    }
    const file = vscode.Uri.joinPath(folder, `${id}.provisio`);
    if (await vscode.workspace.fs.stat(file).then(() => true, () => false)) {
        void vscode.window.showErrorMessage(vscode.l10n.t('{0} exists already.', file.fsPath));
        return;
    }
    await vscode.workspace.fs.writeFile(file, new Uint8Array());
    const editor = await vscode.window.showTextDocument(file);
    await editor.insertSnippet(new vscode.SnippetString(snippetText('provision', date, id) + '\n'));
}
