// `provisio/summary` over stdio: the summary of the documents the server holds, in the
// server's language, in every format, filtered to one umbrella when asked.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { folderWith, projectRoot } from '../cli/run-cli.js';
import { startServer, type LspClient } from '../support/lsp-client.js';

const workspace = join(projectRoot, 'examples/workspace');
const linkBase = pathToFileURL(workspace).toString();

interface SummaryResult {
    format: string;
    encoding: 'utf8' | 'base64';
    content: string;
}

describe('the provisio/summary request', () => {
    let dutch: LspClient;
    let english: LspClient;
    beforeAll(async () => {
        [dutch, english] = await Promise.all([
            startServer(workspace, { initialize: { initializationOptions: { language: 'nl' } } }),
            startServer(workspace)
        ]);
    });
    afterAll(async () => {
        await Promise.all([dutch?.stop(), english?.stop()]);
    });
    const summary = (client: LspClient, params: object) => client.connection.sendRequest<SummaryResult>('provisio/summary', params);

    test('returns the HTML summary of the workspace in Dutch, with the umbrellas and relative source links', async () => {
        const result = await summary(dutch, { format: 'html', linkBase });
        expect(result.encoding).toBe('utf8');
        expect(result.content).toContain('<html lang="nl">');
        expect(result.content).toContain('<h1>Verstrekkingen van persoonsgegevens aan buitenlandse diensten: samenvatting</h1>');
        expect(result.content).toContain('Overkoepelende toestemmingen en multilaterale samenwerkingen die gelden');
        expect(result.content).toContain('AN-2022-07');
        expect(result.content).toContain('OT-2022-CTP');
        expect(result.content).toContain('href="umbrellas/OT-2022-CTP-multilateral.provisio#L14"');
    });

    test('speaks English when the server does, and filters to one umbrella', async () => {
        const result = await summary(english, { format: 'json', umbrella: 'AN-2022-07' });
        const model = JSON.parse(result.content) as { umbrellas: Array<{ name: string; source: { file: string } }>; filters: { umbrella: string } };
        expect(model.filters.umbrella).toBe('AN-2022-07');
        expect(model.umbrellas.map(umbrella => umbrella.name)).toEqual(['AN-2022-07']);
        // Without a link base, sources are absolute paths.
        expect(model.umbrellas[0].source.file).toBe(join(workspace, 'umbrellas/AN-2022-07-counter-proliferation.provisio').split('\\').join('/'));
        const html = await summary(english, { format: 'html', umbrella: 'AN-2022-07' });
        expect(html.content).toContain('<h1>Provisions of personal data to foreign services: summary</h1>');
        expect(html.content).not.toContain('OT-2022-CTP');
    });

    test('sends DOCX as base64, loading the renderer on demand', async () => {
        const result = await summary(english, { format: 'docx' });
        expect(result.encoding).toBe('base64');
        expect(Buffer.from(result.content, 'base64').subarray(0, 2).toString('latin1')).toBe('PK');
    });

    test('refuses an unknown format with a clear error', async () => {
        await expect(summary(english, { format: 'pdf' })).rejects.toThrow('format must be one of md, html, json, csv, docx');
    });
});

describe('files without a marking in the editor\'s summary', () => {
    const unmarked = 'service AIVD "Algemene Inlichtingen- en Veiligheidsdienst"\n';
    const markingOf = async (files: Record<string, string>) => {
        const client = await startServer(folderWith(files));
        try {
            await client.diagnosticsFor(client.uriOf('a.provisio'), () => true);
            const result = await client.connection.sendRequest<SummaryResult>('provisio/summary', { format: 'json' });
            return (JSON.parse(result.content) as { classification: string }).classification;
        } finally {
            await client.stop();
        }
    };

    test('take the configuration\'s defaultClassification, else the highest marking: never too low', async () => {
        expect(await markingOf({ 'a.provisio': unmarked })).toBe('STG. ZEER GEHEIM');
        expect(await markingOf({ 'a.provisio': unmarked, 'provisio.config.yaml': 'defaultClassification: STG. CONFIDENTIEEL\n' })).toBe('STG. CONFIDENTIEEL');
    });
});
