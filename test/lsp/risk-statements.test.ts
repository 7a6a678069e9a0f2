// The editor features on the `risk … not-applicable "…"` and `risk … inherited-mitigation-unfit "…"` clauses:
// completion offers the clause, the criteria and the verdicts; the formatter puts the clause on its own line;
// the outline lists it among the mitigations, in written order; semantic tokens colour its criteria and recipients.
import { URI } from 'langium';
import { expectCompletion, expectSemanticToken, expectSymbols, highlightHelper } from 'langium/test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CompletionTriggerKind, SemanticTokenTypes, SymbolKind, type CompletionItem, type CompletionList, type DocumentSymbol } from 'vscode-languageserver';
import { beforeAll, describe, expect, test } from 'vitest';
import type { ProvisioServices } from '../../src/language/provisio-module.js';
import { createEditingServices, exampleFiles } from './editing-helpers.js';

let services: ProvisioServices;
const files = exampleFiles('examples/workspace');
let counter = 0;

beforeAll(async () => {
    services = await createEditingServices();
    const { LangiumDocumentFactory, LangiumDocuments, DocumentBuilder } = services.shared.workspace;
    const registry = ['workspace/registry/recipients.provisio', 'workspace/registry/services.provisio', 'workspace/umbrellas/OT-2022-CTP-multilateral.provisio']
        .map(name => LangiumDocumentFactory.fromString(files[name], URI.file(`/risk-statements/${name}`)));
    registry.forEach(document => LangiumDocuments.addDocument(document));
    await DocumentBuilder.build(registry);
});

async function labelsAt(text: string): Promise<string[]> {
    let items: CompletionItem[] = [];
    await expectCompletion(services)({ text, index: 0, assert: (list: CompletionList) => { items = list.items; }, disposeAfterCheck: true });
    return items.map(item => item.label);
}

async function format(text: string): Promise<string> {
    const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(`/risk-statements/format/${counter++}.provisio`));
    const edits = await services.lsp.Formatter!.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options: { tabSize: 4, insertSpaces: true } });
    return TextDocument.applyEdits(document.textDocument, edits);
}

const kindNames = new Map<number, string>(Object.entries(SymbolKind).map(([name, value]) => [value as number, name]));
const outline = (symbols: DocumentSymbol[], depth = 0): string[] => symbols.flatMap(symbol => [
    `${'  '.repeat(depth)}${kindNames.get(symbol.kind)} ${symbol.name}`, ...outline(symbol.children ?? [], depth + 1)
]);

describe('completion', () => {
    test('`risk` is offered as a clause of a provision, the criteria after it, the verdicts after a criterion', async () => {
        expect(await labelsAt('provision P-1 {\n    to EastmarkGIS\n    <|>\n}\n')).toContain('risk');
        expect(await labelsAt('provision P-1 {\n    to EastmarkGIS\n    risk <|>\n}\n')).toEqual(expect.arrayContaining(['human-rights', 'data-protection']));
        expect(await labelsAt('provision P-1 {\n    to EastmarkGIS\n    risk human-rights <|>\n}\n')).toEqual(expect.arrayContaining(['not-applicable', 'inherited-mitigation-unfit', 'regarding']));
        expect(await labelsAt('provision P-1 {\n    to EastmarkGIS\n    risk human-rights regarding <|>\n}\n')).toContain('EastmarkGIS');
    });

    test('a typed space after a clause-opening `risk` offers the criteria; after the verdict `risk` of a weighing note it offers nothing', async () => {
        const typedSpace = async (text: string) => {
            const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(`/risk-statements/typed/${counter++}.provisio`));
            services.shared.workspace.LangiumDocuments.addDocument(document);
            await services.shared.workspace.DocumentBuilder.build([document]);
            const lines = text.split('\n');
            const line = lines.findIndex(candidate => candidate.endsWith('risk '));
            const list = await services.lsp.CompletionProvider!.getCompletion(document, {
                textDocument: { uri: document.uri.toString() }, position: { line, character: lines[line].length },
                context: { triggerKind: CompletionTriggerKind.TriggerCharacter, triggerCharacter: ' ' }
            });
            services.shared.workspace.LangiumDocuments.deleteDocument(document.uri);
            return list?.items.map(item => item.label) ?? [];
        };
        expect(await typedSpace('provision P-1 {\n    to EastmarkGIS\n    risk \n}\n')).toEqual(expect.arrayContaining(['human-rights', 'legal-powers']));
        expect(await typedSpace('recipient XR {\n    weighing-note WN-1 {\n        human-rights risk \n    }\n}\n')).toEqual([]);
    });

    test('inside the reason nothing is offered', async () => {
        expect(await labelsAt('provision P-1 {\n    risk human-rights not-applicable "The subject <|>\n}\n')).toEqual([]);
    });
});

describe('formatting', () => {
    test('a risk clause goes on its own line, with single spaces, and its reason is kept as written', async () => {
        const messy = 'provision P-1 { to EastmarkGIS mitigation for data-protection "Only   conclusions." risk   human-rights ,legal-powers   regarding EastmarkGIS not-applicable   "Kept   as written." }';
        expect(await format(messy)).toBe([
            'provision P-1 {',
            '    to EastmarkGIS',
            '    mitigation for data-protection "Only   conclusions."',
            '    risk human-rights, legal-powers regarding EastmarkGIS not-applicable "Kept   as written."',
            '}',
            ''
        ].join('\n'));
    });

    test('formatting the example with both kinds of risk clause changes nothing', async () => {
        for (const name of ['workspace/aivd/P-2022-0118-ctp-returning-fighter.provisio', 'workspace/aivd/BC-2022-0027-port-screening.provisio']) {
            expect(await format(files[name]), name).toBe(files[name]);
        }
    });
});

describe('the outline', () => {
    test('risk clauses are listed with the mitigations, in the order written', async () => {
        await expectSymbols(services)({
            text: files['workspace/aivd/P-2022-0118-ctp-returning-fighter.provisio'],
            assert: symbols => expect(outline(symbols)).toEqual([
                'Event P-2022-0118',
                '  Struct data',
                '  String necessity',
                '  Property risk human-rights regarding EastmarkGIS inherited-mitigation-unfit',
                '  Property mitigation for human-rights regarding EastmarkGIS'
            ])
        });
    });

    test('a half-typed risk clause still has a symbol', async () => {
        await expectSymbols(services)({
            text: 'provision P-1 {\n    risk human-rights\n}\n',
            assert: symbols => expect(outline(symbols)).toEqual(['Event P-1', '  Property risk human-rights'])
        });
    });
});

describe('semantic tokens', () => {
    test('the criteria of a risk clause are types, its recipients classes', async () => {
        const tokens = await highlightHelper(services)(`provision P-9 {
    to EastmarkGIS
    risk <|human-rights|>, <|legal-powers|> regarding <|EastmarkGIS|> not-applicable "Only conclusions are shared."
}
`);
        [SemanticTokenTypes.type, SemanticTokenTypes.type, SemanticTokenTypes.class].forEach((tokenType, rangeIndex) => expectSemanticToken(tokens, { rangeIndex, tokenType }));
    });
});
