// The quick fixes as an editor receives them from the built server: a rule's fixes with the
// preferred one marked, and an unknown name declared by an edit to another file, the registry.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CodeActionRequest, DidOpenTextDocumentNotification, type CodeAction } from 'vscode-languageserver-protocol/node';
import { projectRoot } from '../cli/run-cli.js';
import { startServer, type LspClient } from '../support/lsp-client.js';

let client: LspClient;

beforeAll(async () => {
    const folder = mkdtempSync(join(tmpdir(), 'provisio-fixes-server-'));
    cpSync(join(projectRoot, 'examples'), folder, { recursive: true });
    client = await startServer(folder);
});

afterAll(() => client?.stop());

async function actionsFor(uri: string, code: string): Promise<CodeAction[]> {
    const [finding] = (await client.diagnosticsFor(uri, diagnostics => diagnostics.some(diagnostic => diagnostic.code === code)))
        .filter(diagnostic => diagnostic.code === code);
    return await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: finding.range, context: { diagnostics: [finding] } }) as CodeAction[];
}

describe('quick fixes from the server', () => {
    test('a finding with several ways out gets a code action for each, none preferred', async () => {
        const uri = client.uriOf('defects/scope-form-declared.provisio');
        const actions = await actionsFor(uri, 'scope/form-declared');
        expect(actions.map(action => [action.title, action.isPreferred, action.kind])).toEqual([
            ['Declare the data as `analytical`', false, 'quickfix'], ['Declare the data as `evaluated`', false, 'quickfix'],
            ['Declare the data as `unevaluated`', false, 'quickfix'], ['Declare the data as `bulk`', false, 'quickfix'],
            ['Suppress scope/form-declared on the next line, with a reason…', undefined, 'quickfix.suppress']
        ]);
        expect(actions[1].edit?.changes?.[uri]).toEqual([{ range: { start: { line: 14, character: 0 }, end: { line: 14, character: 0 } }, newText: '        form evaluated\n' }]);
    });

    test('an unknown recipient is declared by an edit to the file of recipients, not to the file that names it', async () => {
        const uri = client.uriOf('defects/draft.provisio');
        await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: {
            uri, languageId: 'provisio', version: 1, text: 'provision P-2022-DRAFT {\n    by AIVD\n    to OstmarkSIS\n    date 2022-05-01\n}\n'
        } });
        const actions = await actionsFor(uri, 'language/unresolved-reference');
        const registry = client.uriOf('workspace/registry/recipients.provisio');
        expect(actions).toEqual([expect.objectContaining({ title: 'Declare recipient `OstmarkSIS` in ../workspace/registry/recipients.provisio', isPreferred: false })]);
        expect(Object.keys(actions[0].edit?.changes ?? {})).toEqual([registry]);
        expect(actions[0].edit!.changes![registry]).toEqual([expect.objectContaining({ newText: '\nrecipient OstmarkSIS\n' })]);
    });
});
