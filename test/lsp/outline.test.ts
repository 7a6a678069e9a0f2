// The outline, workspace symbols and folding, on the example workspace.
import { URI } from 'langium';
import { expectFoldings, expectSymbols, expectWorkspaceSymbols } from 'langium/test';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import { beforeAll, describe, expect, test } from 'vitest';
import type { ProvisioServices } from '../../src/language/provisio-module.js';
import { createEditingServices, exampleFiles } from './editing-helpers.js';

let services: ProvisioServices;
const files = exampleFiles('examples/workspace');

beforeAll(async () => {
    services = await createEditingServices();
});

const kindNames = new Map<number, string>(Object.entries(SymbolKind).map(([name, value]) => [value as number, name]));

/** A symbol tree as indented lines: kind, name and detail. */
function outline(symbols: DocumentSymbol[], depth = 0): string[] {
    return symbols.flatMap(symbol => [
        `${'  '.repeat(depth)}${kindNames.get(symbol.kind)} ${symbol.name}${symbol.detail ? ` — ${symbol.detail}` : ''}`,
        ...outline(symbol.children ?? [], depth + 1)
    ]);
}

describe('the outline', () => {
    test('an umbrella shows its data block, necessity and mitigations', async () => {
        await expectSymbols(services)({
            text: files['workspace/umbrellas/OT-2022-CTP-multilateral.provisio'],
            assert: symbols => expect(outline(symbols)).toEqual([
                'Namespace OT-2022-CTP — valid until 2022-12-31',
                '  Struct scope — analytical, evaluated',
                '  String necessity',
                '  Property mitigation for human-rights regarding EastmarkGIS',
                '  Property mitigation for legal-powers regarding WestlandNIS',
                '  Property mitigation for data-protection regarding WestlandNIS'
            ])
        });
    });

    test('recipients show their weighing notes with the date and number of risks', async () => {
        await expectSymbols(services)({
            text: files['workspace/registry/recipients.provisio'],
            assert: symbols => expect(outline(symbols).slice(0, 7)).toEqual([
                'Class NorthlandSIS — Northland Security and Intelligence Service',
                '  Object WN-XN-2021-02 — assessed 2021-02-15 · no risk',
                'Class SouthmarkSS — Southmark Security Service',
                '  Object WN-XS-2020-11 — assessed 2020-11-03 · no risk',
                'Class EastmarkGIS — Eastmark General Intelligence Service',
                '  Object WN-XE-2020-09 — assessed 2020-09-21 · 2 risks',
                '  Object WN-XE-2021-09 — assessed 2021-09-30 · 1 risk'
            ])
        });
    });

    test('a provision, services and categories; the selection is the name', async () => {
        await expectSymbols(services)({
            text: files['workspace/aivd/P-2022-0031-ctp-facilitation-network.provisio'],
            assert: symbols => {
                expect(outline(symbols)).toEqual([
                    'Event P-2022-0031 — Intelligence report on the Hasan facilitation network',
                    '  Struct data — analytical',
                    '  String necessity'
                ]);
                expect(symbols[0].selectionRange).toEqual({ start: { line: 9, character: 10 }, end: { line: 9, character: 21 } });
                expect(symbols[0].children![0].range.start).toEqual({ line: 15, character: 4 });
            }
        });
        await expectSymbols(services)({
            text: files['workspace/registry/services.provisio'],
            expectedSymbols: ['AIVD', 'MIVD']
        });
    });

    test('in Dutch', async () => {
        services.i18n.Translator.locale = 'nl';
        try {
            await expectSymbols(services)({
                text: files['workspace/registry/recipients.provisio'],
                assert: symbols => expect(symbols[2].children!.map(child => child.detail)).toEqual(['beoordeeld 2020-09-21 · 2 risico\'s', 'beoordeeld 2021-09-30 · 1 risico'])
            });
        } finally {
            services.i18n.Translator.locale = 'en';
        }
    });

    test('a half-written file still has an outline', async () => {
        await expectSymbols(services)({
            text: 'provision P-1 {\n    data {\n        form\n    mitigation for\n',
            assert: symbols => expect(outline(symbols)[0]).toBe('Event P-1')
        });
    });
});

describe('folding', () => {
    test('blocks, text blocks and runs of // comments fold; a single comment line does not', async () => {
        await expectFoldings(services)({
            text: files['workspace/umbrellas/OT-2022-CTP-multilateral.provisio'],
            assert: foldings => {
                const lines = foldings.map(folding => [folding.startLine, folding.endLine, folding.kind ?? '']).sort((a, b) => Number(a[0]) - Number(b[0]));
                expect(lines).toEqual([
                    [2, 11, 'comment'], // the header comment, up to the blank line
                    [13, 59, ''], // the umbrella
                    [20, 23, ''], // scope { … }
                    [26, 40, 'region'], // the necessity's text block
                    [43, 46, 'region'],
                    [48, 51, 'region'],
                    [53, 56, 'region']
                ]);
            }
        });
    });
});

describe('workspace symbols', () => {
    test('every declaration of the workspace is found by name', async () => {
        const { LangiumDocumentFactory, LangiumDocuments, DocumentBuilder } = services.shared.workspace;
        const documents = Object.entries(files).map(([name, text]) => LangiumDocumentFactory.fromString(text, URI.file(`/symbols/${name}`)));
        documents.forEach(document => LangiumDocuments.addDocument(document));
        await DocumentBuilder.build(documents);
        await expectWorkspaceSymbols(services.shared)({
            query: 'Eastmark',
            assert: symbols => expect(symbols.map(symbol => symbol.name)).toContain('EastmarkGIS')
        });
        await expectWorkspaceSymbols(services.shared)({
            query: 'OT-2022',
            assert: symbols => expect(symbols.filter(symbol => symbol.location.uri.startsWith('file:///symbols/')).map(symbol => [symbol.name, symbol.location.uri.endsWith('OT-2022-CTP-multilateral.provisio')]))
                .toEqual([['OT-2022-CTP', true]])
        });
    });
});
