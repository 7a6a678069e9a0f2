// Code lenses on recipients and umbrellas, inlay hints after `to X`, on the example workspace.
import { URI, type LangiumDocument } from 'langium';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ProvisioServices } from '../../src/language/provisio-module.js';
import { setToday } from '../../src/lsp/today.js';
import { createEditingServices, exampleFiles } from './editing-helpers.js';

let services: ProvisioServices;
const documents: Record<string, LangiumDocument> = {};

beforeAll(async () => {
    setToday('2022-06-01');
    services = await createEditingServices();
    const { LangiumDocumentFactory, LangiumDocuments, DocumentBuilder } = services.shared.workspace;
    for (const [name, text] of Object.entries(exampleFiles('examples/workspace'))) {
        documents[name.replace('workspace/', '')] = LangiumDocumentFactory.fromString(text, URI.file(`/lenses/${name}`));
        LangiumDocuments.addDocument(documents[name.replace('workspace/', '')]);
    }
    await DocumentBuilder.build(Object.values(documents));
});

afterAll(() => setToday(undefined));


async function lenses(name: string) {
    const document = documents[name];
    const found = await services.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: { uri: document.uri.toString() } });
    return (found ?? []).map(lens => [lens.range.start.line, lens.command?.title]);
}

async function hints(name: string) {
    const document = documents[name];
    const range = { start: { line: 0, character: 0 }, end: document.textDocument.positionAt(document.textDocument.getText().length) };
    return (await services.lsp.InlayHintProvider!.getInlayHints(document, { textDocument: { uri: document.uri.toString() }, range })) ?? [];
}

describe('code lenses', () => {
    test('recipients: provisions to them and the review date of the note in force today', async () => {
        expect(await lenses('registry/recipients.provisio')).toEqual([
            [14, '6 provisions · review due 2023-02-15'],
            [31, '4 provisions · review due 2023-11-03'],
            [50, '4 provisions · review due 2023-09-30'],
            [78, '4 provisions · review due 2023-04-12']
        ]);
    });

    test('umbrellas: provisions under them and the end of their validity, and a lens that opens their summary', async () => {
        expect(await lenses('umbrellas/OT-2022-CTP-multilateral.provisio')).toEqual([[13, '3 provisions under it · valid until 2022-12-31'], [13, 'Open summary']]);
        const document = documents['umbrellas/OT-2022-CTP-multilateral.provisio'];
        const found = await services.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: { uri: document.uri.toString() } });
        expect(found?.[1].command).toEqual({ title: 'Open summary', command: 'provisio.openSummary', arguments: [{ umbrella: 'OT-2022-CTP' }] });
    });

    test('in Dutch', async () => {
        services.i18n.Translator.locale = 'nl';
        try {
            expect((await lenses('umbrellas/OT-2022-CTP-multilateral.provisio')).map(lens => lens[1])).toEqual(['3 verstrekkingen hieronder · geldig tot 2022-12-31', 'Samenvatting openen']);
            expect((await lenses('registry/recipients.provisio'))[0][1]).toBe('6 verstrekkingen · herbeoordeling uiterlijk 2023-02-15');
        } finally {
            services.i18n.Translator.locale = 'en';
        }
    });
});

describe('inlay hints', () => {
    test('after each recipient of `to`, the risk profile of its note in force on the provision\'s date', async () => {
        const found = await hints('aivd/P-2022-0031-ctp-facilitation-network.provisio');
        expect(found.map(hint => [hint.position.line, hint.position.character, hint.label])).toEqual([
            [11, 19, 'no risk'],
            [11, 32, 'no risk'],
            [11, 45, 'elevated risk: human rights'],
            [11, 58, 'elevated risk: legal powers and data protection']
        ]);
        expect(found[2].tooltip).toBe('Weighing note WN-XE-2021-09 (assessed 2021-09-30) is in force on 2022-03-22.');
    });

    test('the note in force on the date decides: an earlier date meets the earlier note', async () => {
        const { LangiumDocumentFactory, LangiumDocuments, DocumentBuilder } = services.shared.workspace;
        const early = LangiumDocumentFactory.fromString('provision P-EARLY {\n    to EastmarkGIS\n    date 2021-01-15\n}\nprovision P-UNKNOWN {\n    to EastmarkGIS\n    date 2019-01-01\n}\n', URI.file('/lenses/early.provisio'));
        LangiumDocuments.addDocument(early);
        await DocumentBuilder.build([early]);
        documents['early'] = early;
        services.i18n.Translator.locale = 'nl';
        try {
            expect((await hints('early')).map(hint => hint.label)).toEqual(['verhoogd risicoprofiel: mensenrechten en professionaliteit', 'geen geldende wegingsnotitie']);
        } finally {
            services.i18n.Translator.locale = 'en';
        }
    });
});
