// The built server tells the client its name and version, and follows configuration changes
// without registering for them dynamically unless the client offers that (Emacs does not,
// and warns when a server tries).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { DidChangeConfigurationNotification, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { folderWith, projectRoot } from '../cli/run-cli.js';
import { startServer, type LspClient } from '../support/lsp-client.js';

const fixture = (name: string) => readFileSync(join(projectRoot, 'test/e2e/fixture', name), 'utf8');
const files = { 'registry/registry.provisio': fixture('registry/registry.provisio'), 'provisions/P-2024-0042.provisio': fixture('provisions/P-2024-0042.provisio') };
const risk = (diagnostics: Diagnostic[]) => diagnostics.find(diagnostic => diagnostic.code === 'risk/mitigation-required')?.message as string | undefined;

let client: LspClient | undefined;

afterEach(async () => {
    await client?.stop();
    client = undefined;
});

describe('the initialize result', () => {
    test('names the server and its version', async () => {
        client = await startServer(folderWith(files));
        const { version } = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'));
        expect(client.initialized.serverInfo).toEqual({ name: 'provisio', version });
    });
});

describe('configuration changes', () => {
    test('a client without dynamic registration (Emacs eglot) is not asked to register; its didChangeConfiguration is followed', async () => {
        client = await startServer(folderWith(files), { initialize: { capabilities: { workspace: { configuration: true, didChangeConfiguration: {} } } } });
        const uri = client.uriOf('provisions/P-2024-0042.provisio');
        const english = await client.diagnosticsFor(uri, diagnostics => risk(diagnostics) !== undefined);
        expect(risk(english)).toContain('which has an elevated risk profile');
        await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { provisio: { language: 'nl' } } });
        const dutch = await client.diagnosticsFor(uri, diagnostics => risk(diagnostics)?.includes('verhoogd risicoprofiel') === true);
        expect(risk(dutch)).toContain('een dienst met een verhoogd risicoprofiel');
        expect(client.registrations.map(registration => registration.method)).not.toContain('workspace/didChangeConfiguration');
    });

    test('a client that offers dynamic registration (VS Code) is asked to register for the provisio section', async () => {
        client = await startServer(folderWith(files), { initialize: { capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } } } } });
        const uri = client.uriOf('provisions/P-2024-0042.provisio');
        await client.diagnosticsFor(uri, diagnostics => risk(diagnostics) !== undefined);
        expect(client.registrations.filter(registration => registration.method === 'workspace/didChangeConfiguration'))
            .toEqual([expect.objectContaining({ registerOptions: { section: ['provisio'] } })]);
    });
});
