// The workspace-wide motivation facts after a document is parsed again, as on every keystroke
// (unchanged motivations move to their new nodes, and only the edited one is indexed again),
// and after they are told of a document again with the same nodes, as a partial check does.
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { describe, expect, test, vi } from 'vitest';
import { createProvisioServices } from '../../src/language/provisio-module.js';
import type { Document, Provision } from '../../src/language/generated/ast.js';
import type { ProvisioWorkspaceFacts } from '../../src/rules/workspace-facts.js';
import { announceIndexed } from '../../src/cache/stand-ins.js';

const words = ('facilitator travels from the port to a meeting where contact pays courier through account and bookings '
    + 'show that without them warning about attack would come too late for service').split(' ');

/** A motivation whose every word carries n (`port-7`), so no two motivations share a run of three words by chance. */
function motivation(n: number): string {
    return `${words.map(word => `${word}-${n}`).join(' ')}.`;
}

function provisions(motivations: string[]): string {
    return motivations.map((text, n) => `provision P-${n} {\n    necessity """\n        ${text}\n    """\n}\n`).join('');
}

async function workspace() {
    const { shared, provisio } = createProvisioServices(EmptyFileSystem);
    await shared.workspace.WorkspaceManager.initializeWorkspace([]);
    const uri = URI.parse('file:///ws/cases.provisio');
    const load = async (text: string) => {
        if (shared.workspace.LangiumDocuments.hasDocument(uri)) {
            shared.workspace.LangiumDocuments.deleteDocument(uri);
        }
        const document = shared.workspace.LangiumDocumentFactory.fromString<Document>(text, uri);
        shared.workspace.LangiumDocuments.addDocument(document);
        await shared.workspace.DocumentBuilder.build([document], { validation: false });
        return document;
    };
    return { facts: provisio.rules.WorkspaceFacts as ProvisioWorkspaceFacts, load };
}

const necessityOf = (document: LangiumDocument<Document>, index: number) => (document.parseResult.value.declarations[index] as Provision).necessity!;

describe('motivation facts after a document is parsed again', () => {
    test('the work of indexing the new parse is that of the edited motivation, whatever the size of the document', async () => {
        const workAfterOneEdit = async (size: number) => {
            const { facts, load } = await workspace();
            const texts = Array.from({ length: size }, (_, n) => motivation(n));
            await load(provisions(texts));
            const before = facts.nearCopies.operations;
            texts[size / 2] = `${texts[size / 2]} Edited.`;
            await load(provisions(texts));
            return facts.nearCopies.operations - before;
        };
        const [small, large] = [await workAfterOneEdit(100), await workAfterOneEdit(400)];
        // Moving an unchanged motivation counts one operation; taking out and putting in the edited one, one per run of words each (about 30).
        expect(large - small).toBe(300);
        expect(small).toBeLessThan(100 + 2 * 35);
    });

    test('the facts name the new nodes: a copy made by the edit is found, and unchanged copies point at the new parse', async () => {
        const { facts, load } = await workspace();
        const texts = [motivation(1), motivation(1), motivation(2), motivation(3)];
        const first = await load(provisions(texts));
        expect(facts.sameMotivation(necessityOf(first, 0)).shown).toEqual([necessityOf(first, 1)]);
        texts[3] = motivation(2).replace('port-2', 'harbour-2');
        const second = await load(provisions(texts));
        expect(facts.sameMotivation(necessityOf(second, 0)).shown).toEqual([necessityOf(second, 1)]);
        expect(facts.sameMotivation(necessityOf(first, 0))).toEqual({ total: 0, shown: [] });
        expect(facts.similarMotivations(necessityOf(second, 2)).map(copy => copy.necessity)).toEqual([necessityOf(second, 3)]);
        expect(facts.similarMotivations(necessityOf(second, 3)).map(copy => copy.necessity)).toEqual([necessityOf(second, 2)]);
    });
});

describe('motivation facts told of a document again', () => {
    test('a document told again with the same nodes keeps its place among the copies, at no cost to the index', async () => {
        const { shared, provisio } = createProvisioServices(EmptyFileSystem);
        await shared.workspace.WorkspaceManager.initializeWorkspace([]);
        const facts = provisio.rules.WorkspaceFacts as ProvisioWorkspaceFacts;
        const documents = ['a', 'b', 'c'].map(name => {
            const document = shared.workspace.LangiumDocumentFactory.fromString<Document>(provisions([motivation(1)]), URI.parse(`file:///ws/${name}.provisio`));
            shared.workspace.LangiumDocuments.addDocument(document);
            return document;
        });
        await shared.workspace.DocumentBuilder.build(documents, { validation: false });
        const [a, b, c] = documents.map(document => necessityOf(document, 0));
        expect(facts.sameMotivation(c).shown).toEqual([a, b]);
        const before = facts.nearCopies.operations;

        // As a partial check tells the facts of every file in workspace order before it builds the loaded ones.
        await announceIndexed(shared.workspace.DocumentBuilder, [documents[0]]);

        expect(facts.sameMotivation(c).shown).toEqual([a, b]);
        expect(facts.nearCopies.operations).toBe(before);
    });
});

describe('many copies of one motivation in the editor', () => {
    test('an edit that moves every copy marks each copy once, not once per other copy', async () => {
        const marksAfterMovingAll = async (copies: number) => {
            const { facts, load } = await workspace();
            const texts = Array.from({ length: copies }, () => motivation(1));
            await load(provisions(texts));
            facts.takeTouched();
            const spy = vi.spyOn(Set.prototype, 'add');
            try {
                // A line above the first provision moves every copy.
                await load(`service S\n${provisions(texts)}`);
                return spy.mock.calls.length;
            } finally {
                spy.mockRestore();
            }
        };
        const [small, large] = [await marksAfterMovingAll(50), await marksAfterMovingAll(200)];
        // Marking every copy for each moved copy adds 16 times as many for 4 times the copies.
        expect(large / small).toBeLessThan(6);
    });
});
