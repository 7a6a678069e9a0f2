// The editor applies the configuration's `ignores` and `overrides` as `provisio check` does:
// the built language server, spoken to over stdio.
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DidChangeWatchedFilesNotification, DidOpenTextDocumentNotification, FileChangeType, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { anotherProvisionWithoutConditions, cleanProvision, provisionWithoutConditions, registry } from '../cli/check-fixtures.js';
import { folderWith } from '../cli/run-cli.js';
import { startServer, type LspClient } from '../support/lsp-client.js';

let client: LspClient;
let folder: string;
const uriOf = (name: string) => pathToFileURL(join(folder, name)).toString();
const conditions = (diagnostics: Diagnostic[]) => diagnostics.filter(diagnostic => diagnostic.code === 'conditions/standard-conditions');

beforeAll(async () => {
    folder = folderWith({
        'provisio.config.yaml': 'ignores: [archive/]\noverrides:\n  - files: ["mivd/**"]\n    rules:\n      conditions/standard-conditions: info\n',
        'registry.provisio': registry,
        'aivd/p.provisio': provisionWithoutConditions,
        'mivd/m.provisio': anotherProvisionWithoutConditions('P-2022-0040'),
        // The same provision id as aivd/p.provisio: a duplicate, were the archive part of the workspace.
        'archive/old.provisio': cleanProvision
    });
    client = await startServer(folder);
});

afterAll(() => client?.stop());

test('an override sets the severity of the files it matches, and only theirs', async () => {
    const mivd = await client.diagnosticsFor(uriOf('mivd/m.provisio'), diagnostics => conditions(diagnostics).length > 0);
    expect(conditions(mivd).map(diagnostic => diagnostic.severity)).toEqual([3]);
    const aivd = await client.diagnosticsFor(uriOf('aivd/p.provisio'), diagnostics => conditions(diagnostics).length > 0);
    expect(conditions(aivd).map(diagnostic => diagnostic.severity)).toEqual([2]);
    // The ignored archive is not in the workspace: its copy of P-2022-0031 is no duplicate.
    expect(aivd.map(diagnostic => diagnostic.code)).toEqual(['conditions/standard-conditions']);
});

test('an ignored file opened in the editor gets no rule findings', async () => {
    const uri = uriOf('archive/old.provisio');
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'provisio', version: 1, text: provisionWithoutConditions } });
    const diagnostics = await client.diagnosticsFor(uri, () => true);
    expect(conditions(diagnostics)).toEqual([]);
});

describe('a changed `ignores`', () => {
    let second: LspClient;
    let root: string;
    const uriIn = (name: string) => pathToFileURL(join(root, name)).toString();
    const duplicates = (diagnostics: Diagnostic[]) => diagnostics.filter(diagnostic => diagnostic.code === 'language/duplicate-name');

    beforeAll(async () => {
        root = folderWith({
            'provisio.config.yaml': 'ignores: [archive/]\n',
            'registry.provisio': registry,
            'aivd/p.provisio': cleanProvision,
            'archive/old.provisio': cleanProvision
        });
        second = await startServer(root, { initialize: { capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } } } });
    });

    afterAll(() => second?.stop());

    test('brings files into the workspace and takes them out again, as provisio check would load them', async () => {
        const provision = uriIn('aivd/p.provisio');
        expect(duplicates(await second.diagnosticsFor(provision, () => true))).toEqual([]);
        const config = join(root, 'provisio.config.yaml');
        writeFileSync(config, 'rules: {}\n');
        await second.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(config).toString(), type: FileChangeType.Changed }] });
        // The archive's copy of P-2022-0031 is now loaded: a duplicate.
        await second.diagnosticsFor(provision, diagnostics => duplicates(diagnostics).length > 0);
        writeFileSync(config, 'ignores: [archive/]\n');
        await second.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(config).toString(), type: FileChangeType.Changed }] });
        expect(duplicates(await second.diagnosticsFor(provision, diagnostics => duplicates(diagnostics).length === 0))).toEqual([]);
    });
});
