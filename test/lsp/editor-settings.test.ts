// The editor settings the built server follows (provisio.codeLens.enabled,
// provisio.inlayHints.riskProfile, provisio.configFile) and the check-workspace request.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CodeLensRequest, DidChangeConfigurationNotification, InlayHintRequest, type CodeLens, type Diagnostic, type InlayHint } from 'vscode-languageserver-protocol/node';
import { configFileSetting } from '../../src/lsp/editor-settings.js';
import { checkWorkspaceRequest, type CheckWorkspaceResult } from '../../src/lsp/check-workspace-protocol.js';
import { folderWith, projectRoot } from '../cli/run-cli.js';
import { startServer, type LspClient } from '../support/lsp-client.js';

const fixture = (name: string) => readFileSync(join(projectRoot, 'test/e2e/fixture', name), 'utf8');
const hasCode = (code: string) => (diagnostics: Diagnostic[]) => diagnostics.some(diagnostic => diagnostic.code === code);

let client: LspClient;
let folder: string;
let settings: Record<string, unknown> = {};
const provision = () => client.uriOf('provisions/P-2024-0042.provisio');
const registry = () => client.uriOf('registry/registry.provisio');
const change = (provisio: Record<string, unknown>) => {
    settings = provisio;
    return client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { provisio } });
};
const lenses = async () => await client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: registry() } }) as CodeLens[];
const hints = async () => await client.connection.sendRequest(InlayHintRequest.type, {
    textDocument: { uri: provision() }, range: { start: { line: 0, character: 0 }, end: { line: 40, character: 0 } }
}) as InlayHint[];

beforeAll(async () => {
    folder = folderWith({ 'registry/registry.provisio': fixture('registry/registry.provisio'), 'provisions/P-2024-0042.provisio': fixture('provisions/P-2024-0042.provisio') });
    mkdirSync(join(folder, 'settings'));
    writeFileSync(join(folder, 'settings/strict-off.yaml'), 'rules:\n  conditions/standard-conditions: off\n');
    client = await startServer(folder, {
        initialize: { capabilities: { workspace: { configuration: true } } },
        configuration: item => item.section === 'provisio' ? settings : null
    });
    await client.diagnosticsFor(provision(), hasCode('conditions/standard-conditions'));
});

afterAll(() => client?.stop());

describe('settings', () => {
    test('provisio.codeLens.enabled: false hides the lenses; true shows them again', async () => {
        expect((await lenses()).length).toBeGreaterThan(0);
        await change({ codeLens: { enabled: false } });
        expect(await lenses()).toEqual([]);
        await change({ codeLens: { enabled: true } });
        expect((await lenses()).length).toBeGreaterThan(0);
    });

    test('provisio.inlayHints.riskProfile: false hides the risk profile after `to X`', async () => {
        await change({});
        expect((await hints()).map(hint => hint.label)).toEqual([expect.stringContaining('elevated risk')]);
        await change({ inlayHints: { riskProfile: false } });
        expect(await hints()).toEqual([]);
        await change({});
    });

    test('provisio.configFile: that configuration applies to every file, relative to the workspace folder; unset, the nearest again', async () => {
        await change({ configFile: 'settings/strict-off.yaml' });
        await client.diagnosticsFor(provision(), diagnostics => !hasCode('conditions/standard-conditions')(diagnostics));
        await change({ configFile: '' });
        await client.diagnosticsFor(provision(), hasCode('conditions/standard-conditions'));
    });

    test('a configuration file setting: relative to the first workspace folder, absolute as written, empty for none', () => {
        expect(configFileSetting('team/provisio.yaml', ['/srv/justifications'])).toBe('/srv/justifications/team/provisio.yaml');
        expect(configFileSetting('/etc/provisio.yaml', ['/srv/justifications'])).toBe('/etc/provisio.yaml');
        expect(configFileSetting('  ', ['/srv/justifications'])).toBeUndefined();
        expect(configFileSetting(7, ['/srv/justifications'])).toBeUndefined();
    });
});

describe('provisio/checkWorkspace', () => {
    test('checks every file again and counts its errors and warnings', async () => {
        const published = client.published.get(provision())!.length;
        const result = await client.connection.sendRequest(checkWorkspaceRequest) as CheckWorkspaceResult;
        expect(result.files).toBe(2);
        expect(result.errors).toBeGreaterThanOrEqual(2);
        await client.diagnosticsFor(provision(), hasCode('risk/mitigation-required'), published);
    });
});
