// Completion that fits the place, on the example workspace.
import { URI } from 'langium';
import { expectCompletion } from 'langium/test';
import type { CompletionItem, CompletionList } from 'vscode-languageserver';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ProvisioServices } from '../../src/language/provisio-module.js';
import { setToday } from '../../src/lsp/today.js';
import { createEditingServices, exampleFiles } from './editing-helpers.js';

let services: ProvisioServices;

beforeAll(async () => {
    setToday('2022-05-10');
    services = await createEditingServices();
    const { LangiumDocumentFactory, LangiumDocuments, DocumentBuilder } = services.shared.workspace;
    const files = exampleFiles('examples/workspace');
    const registry = ['registry/recipients.provisio', 'registry/services.provisio', 'registry/categories.provisio', 'umbrellas/OT-2022-CTP-multilateral.provisio', 'umbrellas/AN-2022-07-counter-proliferation.provisio']
        .map(name => LangiumDocumentFactory.fromString(files[`workspace/${name}`], URI.file(`/completion/${name}`)));
    registry.forEach(document => LangiumDocuments.addDocument(document));
    await DocumentBuilder.build(registry);
});

afterAll(() => setToday(undefined));

/** The completion items at `<|>` in `text`. */
async function itemsAt(text: string): Promise<CompletionItem[]> {
    let items: CompletionItem[] = [];
    await expectCompletion(services)({ text, index: 0, assert: (list: CompletionList) => { items = list.items; }, disposeAfterCheck: true });
    return items;
}

const labels = async (text: string) => (await itemsAt(text)).map(item => item.label);

describe('references', () => {
    test('after `to`: the recipients, with their risk profile and the note in force', async () => {
        const items = await itemsAt('provision P-1 {\n    date 2022-03-01\n    to <|>\n}\n');
        const eastmark = items.find(item => item.label === 'EastmarkGIS');
        expect(eastmark?.detail).toBe('elevated risk: human rights · note WN-XE-2021-09, review due 2023-09-30');
        expect(items.find(item => item.label === 'NorthlandSIS')?.detail).toBe('no risk · note WN-XN-2021-02, review due 2023-02-15');
        expect(items.filter(item => item.kind === 7).map(item => item.label).sort()).toEqual(['EastmarkGIS', 'NorthlandSIS', 'SouthmarkSS', 'WestlandNIS']);
    });

    test('the note in force on the provision\'s date, and an overdue review', async () => {
        const items = await itemsAt('provision P-1 {\n    date 2021-11-01\n    to <|>\n}\n');
        expect(items.find(item => item.label === 'EastmarkGIS')?.detail).toBe('elevated risk: human rights · note WN-XE-2021-09, review due 2023-09-30');
        const early = await itemsAt('provision P-1 {\n    date 2021-09-01\n    to <|>\n}\n');
        expect(early.find(item => item.label === 'EastmarkGIS')?.detail).toBe('elevated risk: human rights and professionalism · note WN-XE-2020-09, review due 2021-10-01');
    });

    test('after `under`: only umbrellas that name every recipient and are valid on the date', async () => {
        expect(await labels('provision P-1 {\n    to EastmarkGIS, WestlandNIS\n    date 2022-03-01\n    under <|>\n}\n')).toEqual(['OT-2022-CTP']);
        expect(await labels('provision P-1 {\n    to EastmarkGIS\n    date 2023-03-01\n    under <|>\n}\n')).not.toContain('OT-2022-CTP');
    });

    test('categories, built-in and the project\'s, with their descriptions', async () => {
        const items = await itemsAt('provision P-1 {\n    data {\n        categories identity, <|>\n    }\n}\n');
        expect(items.find(item => item.label === 'travel')).toMatchObject({ detail: 'built-in category', documentation: 'Journeys, bookings, border crossings' });
        expect(items.find(item => item.label === 'screening-position')).toMatchObject({ detail: 'project category' });
    });
});

describe('keywords and values', () => {
    test('clauses already written in the block are not offered again', async () => {
        const offered = await labels('provision P-1 {\n    by AIVD\n    date 2022-03-01\n    <|>\n}\n');
        expect(offered).toEqual(expect.arrayContaining(['to', 'under', 'data', 'necessity', 'mitigation', 'conditions', 'approved']));
        expect(offered).not.toContain('by');
        expect(offered).not.toContain('date');
    });

    test('a keyword item explains the keyword and gives its Dutch term', async () => {
        const items = await itemsAt('provision P-1 {\n    by AIVD\n    <|>\n}\n');
        expect(items.find(item => item.label === 'oversight-notified')?.documentation).toEqual({
            kind: 'markdown',
            value: '**`oversight-notified`** — notification of the CTIVD · Dutch: *melding aan de CTIVD*\n\nThe CTIVD, the oversight committee, was notified, and on which date.'
        });
    });

    test('a weighing note offers the criteria not yet assessed, with their names', async () => {
        const items = await itemsAt('recipient X {\n    weighing-note WN-1 {\n        assessed 2022-01-01\n        human-rights adequate\n        <|>\n    }\n}\n');
        expect(items.map(item => item.label)).not.toContain('human-rights');
        expect(items.map(item => item.label)).not.toContain('assessed');
        expect(items.find(item => item.label === 'legal-powers')?.detail).toBe('criterion: legal powers');
    });

    test('after `mitigation for`: the five criteria, with their names', async () => {
        const items = await itemsAt('provision P-1 {\n    mitigation for <|>\n}\n');
        expect(items.filter(item => item.detail?.startsWith('criterion: ')).map(item => [item.label, item.detail])).toEqual([
            ['democratic-anchoring', 'criterion: democratic anchoring'],
            ['human-rights', 'criterion: human rights'],
            ['professionalism', 'criterion: professionalism'],
            ['legal-powers', 'criterion: legal powers'],
            ['data-protection', 'criterion: data protection']
        ]);
    });

    test('where a date goes, today\'s date', async () => {
        expect((await itemsAt('provision P-1 {\n    date <|>\n}\n')).find(item => item.label === '2022-05-10')?.detail).toBe('today');
    });

    test('nothing right after a finished date, number or string: Enter starts a new line', async () => {
        expect(await labels('provision P-1 {\n    date 2025-03-01<|>\n}\n')).toEqual([]);
        expect(await labels('provision P-1 {\n    data {\n        subjects 12<|>\n    }\n}\n')).toEqual([]);
        expect(await labels('provision P-1 {\n    mitigation for human-rights "done"<|>\n}\n')).toEqual([]);
        expect(await labels('provision P-1 {\n    date 2025-03-01 <|>\n}\n')).toContain('approved');
    });

    test('nothing after a word typed in full, so Enter is not swallowed; a word still being typed is completed', async () => {
        expect(await labels('provision P-1 {\n    approved head-of-service<|>\n}\n')).toEqual([]);
        expect(await labels('provision P-1 {\n    to EastmarkGIS<|>\n}\n')).toEqual([]);
        expect(await labels('provision P-1 {\n    approved head-of<|>\n}\n')).toContain('head-of-service');
        expect(await labels('provision P-1 {\n    to Eastmark<|>\n}\n')).toContain('EastmarkGIS');
    });

    test('nothing inside a string, a text block or a comment', async () => {
        expect(await labels('provision P-1 {\n    necessity "the service <|>\n}\n')).toEqual([]);
        expect(await labels('provision P-1 {\n    necessity """\n        The service <|>can\n    """\n}\n')).toEqual([]);
        expect(await labels('provision P-1 {\n    // to <|>\n}\n')).toEqual([]);
    });

    test('in Dutch', async () => {
        services.i18n.Translator.locale = 'nl';
        try {
            const items = await itemsAt('provision P-1 {\n    date 2022-03-01\n    to <|>\n}\n');
            expect(items.find(item => item.label === 'EastmarkGIS')?.detail).toBe('verhoogd risicoprofiel: mensenrechten · notitie WN-XE-2021-09, herbeoordeling uiterlijk 2023-09-30');
        } finally {
            services.i18n.Translator.locale = 'en';
        }
    });
});

describe('snippets', () => {
    test('where a declaration may start: provision, group provision, background check, umbrella, recipient', async () => {
        const snippets = (await itemsAt('<|>')).filter(item => item.kind === 15);
        expect(snippets.map(item => item.label).sort()).toEqual(['background-check', 'group-provision', 'provision', 'recipient', 'umbrella']);
        const provision = snippets.find(item => item.label === 'provision')!;
        expect(provision.detail).toBe('A new provision to one foreign service');
        expect(provision.insertText).toContain('date 2022-05-10');
        expect(provision.insertTextFormat).toBe(2);
    });

    test('inside a provision: a data block and a mitigation', async () => {
        const snippets = (await itemsAt('provision P-1 {\n    <|>\n}\n')).filter(item => item.kind === 15).map(item => item.label);
        expect(snippets).toEqual(expect.arrayContaining(['data …', 'mitigation …']));
    });
});

describe('snippet bodies', () => {
    /** A snippet with each placeholder replaced by its default (the first choice of a list). */
    function expand(snippet: string): string {
        return snippet
            .replace(/\$\{\d+\|([^,|]+)[^|]*\|\}/g, '$1')
            .replace(/\$\{\d+:([^}]*)\}/g, '$1')
            .replace(/\$\d+/g, '');
    }

    test('every snippet, filled in with its defaults, parses and is already in the canonical layout', async () => {
        const top = (await itemsAt('<|>')).filter(item => item.kind === 15);
        const inside = (await itemsAt('provision P-1 {\n    <|>\n}\n')).filter(item => item.kind === 15 && item.label !== 'provision');
        const placeholderNames = (text: string) => text.replace(/"[^"]*"/g, '""').replace(/"""[\s\S]*?"""/g, '""');
        for (const item of top) {
            const text = expand(item.insertText!) + '\n';
            const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(`/completion/snippet-${item.label}.provisio`));
            expect(document.parseResult.parserErrors.map(error => error.message), `${item.label}\n${text}`).toEqual([]);
            const edits = await services.lsp.Formatter!.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options: { tabSize: 4, insertSpaces: true } });
            expect(edits.length, `${item.label}: ${placeholderNames(text)}`).toBe(0);
        }
        for (const item of inside) {
            const text = `provision P-1 {\n    ${expand(item.insertText!).split('\n').join('\n    ')}\n}\n`;
            const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(`/completion/snippet-inside-${String(item.label).slice(0, 4)}.provisio`));
            expect(document.parseResult.parserErrors.map(error => error.message), `${item.label}\n${text}`).toEqual([]);
        }
        expect(top.length + inside.length).toBe(7);
    });
});
