// Rename refuses names the parser would not read as names, and the built-in vocabulary.
import { URI, type LangiumDocument } from 'langium';
import { ResponseError } from 'vscode-languageserver';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { ProvisioServices } from '../../src/language/provisio-module.js';
import { createEditingServices, exampleFiles } from './editing-helpers.js';

let services: ProvisioServices;
let documents: LangiumDocument[] = [];
const files = exampleFiles('examples/workspace');

beforeAll(async () => {
    services = await createEditingServices();
});

afterEach(async () => {
    const { DocumentBuilder } = services.shared.workspace;
    await DocumentBuilder.update([], documents.map(document => document.uri));
    documents = [];
});

async function open(names: string[]): Promise<LangiumDocument[]> {
    const { LangiumDocumentFactory, LangiumDocuments, DocumentBuilder } = services.shared.workspace;
    documents = names.map(name => LangiumDocumentFactory.fromString(files[name], URI.file(`/rename/${name}`)));
    documents.forEach(document => LangiumDocuments.addDocument(document));
    await DocumentBuilder.build(documents);
    return documents;
}

function positionOf(document: LangiumDocument, text: string, occurrence = 0) {
    let offset = -1;
    for (let index = 0; index <= occurrence; index++) {
        offset = document.textDocument.getText().indexOf(text, offset + 1);
    }
    return document.textDocument.positionAt(offset + 1);
}

async function refusal(action: () => unknown): Promise<ResponseError<void>> {
    try {
        await action();
    } catch (error) {
        expect(error).toBeInstanceOf(ResponseError);
        return error as ResponseError<void>;
    }
    throw new Error('the request was not refused');
}

describe('rename', () => {
    test('a recipient is renamed in its declaration and in every provision', async () => {
        const [registry, provision] = await open(['workspace/registry/recipients.provisio', 'workspace/aivd/P-2022-0031-ctp-facilitation-network.provisio']);
        const position = positionOf(registry, 'EastmarkGIS "');
        const provider = services.lsp.RenameProvider!;
        expect(await provider.prepareRename(registry, { textDocument: { uri: registry.uri.toString() }, position })).toMatchObject({ start: { line: position.line } });
        const edit = await provider.rename(registry, { textDocument: { uri: registry.uri.toString() }, position, newName: 'EastmarkNIS' });
        expect(edit?.changes?.[provision.uri.toString()]).toHaveLength(1);
    });

    test('a name the parser would not read as a name is refused, with the reason', async () => {
        const [registry] = await open(['workspace/registry/recipients.provisio']);
        const position = positionOf(registry, 'EastmarkGIS "');
        const params = (newName: string) => ({ textDocument: { uri: registry.uri.toString() }, position, newName });
        const provider = services.lsp.RenameProvider!;
        expect((await refusal(() => provider.rename(registry, params('Eastmark GIS')))).message)
            .toBe('`Eastmark GIS` is not a valid name: a name starts with a letter or `_` and continues with letters, digits, `_` and single hyphens between them.');
        await refusal(() => provider.rename(registry, params('2021-GIS')));
        await refusal(() => provider.rename(registry, params('East--mark')));
        expect((await refusal(() => provider.rename(registry, params('recipient')))).message).toBe('`recipient` is a keyword of the language and cannot be a name.');
        expect(await provider.rename(registry, params('East-mark_2'))).toBeDefined();
    });

    test('a built-in category cannot be renamed, from a reference to it; a project category can', async () => {
        const [provision, categories] = await open(['workspace/aivd/P-2022-0031-ctp-facilitation-network.provisio', 'workspace/registry/categories.provisio']);
        const provider = services.lsp.RenameProvider!;
        const position = positionOf(provision, 'travel,');
        const error = await refusal(() => provider.prepareRename(provision, { textDocument: { uri: provision.uri.toString() }, position }));
        expect(error.message).toBe('`travel` is a built-in category of the language and cannot be renamed. Declare a category of your own instead.');
        services.i18n.Translator.locale = 'nl';
        try {
            const dutch = await refusal(() => provider.rename(provision, { textDocument: { uri: provision.uri.toString() }, position, newName: 'reizen' }));
            expect(dutch.message).toBe('`travel` is een ingebouwde categorie van de taal en kan niet worden hernoemd. Declareer in plaats daarvan een eigen categorie.');
        } finally {
            services.i18n.Translator.locale = 'en';
        }
        const own = positionOf(categories, 'screening-position');
        expect(await provider.prepareRename(categories, { textDocument: { uri: categories.uri.toString() }, position: own })).toBeDefined();
    });
});
