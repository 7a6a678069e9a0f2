// Work that grows with the size of the workspace grows linearly: many copies of one name,
// many unresolved names, many clauses in one block. Measured by counting operations and by
// the size of what is reported, never by time.
import { CstUtils, MultiMap, URI, isCompositeCstNode, type AstNode, type CompositeCstNode, type Scope, type ValidationAcceptor } from 'langium';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import type { Document, Provision } from '../../src/language/generated/ast.js';
import type { ProvisioTokenBuilder } from '../../src/language/token-builder.js';
import { lastStartingBy } from '../../src/language/unreadable.js';
import { createTestWorkspace, withCode, type TestWorkspace } from '../support/workspace.js';

let workspace: TestWorkspace;
beforeAll(async () => { workspace = await createTestWorkspace(); });
afterEach(() => workspace.clear());

const lines = (count: number, line: (index: number) => string) => Array.from({ length: count }, (_, index) => line(index)).join('\n');

describe('a name declared many times', () => {
    test('each message names three other places and counts the rest', async () => {
        const { file } = await workspace.build({ file: lines(10, () => 'service AIVD') });
        const duplicates = withCode(file, 'language/duplicate-name');
        expect(duplicates).toHaveLength(10);
        expect(duplicates[0].message).toBe('The name AIVD is already declared in line 2 of this file, line 3 of this file, line 4 of this file and 6 more places. Names are unique across the workspace; rename one of them.');
        expect(duplicates[2].message).toMatch(/^The name AIVD is already declared in line 1 of this file, line 2 of this file, line 4 of this file and 6 more places\./);
        expect(duplicates[9].relatedInformation?.map(related => related.location.range.start.line)).toEqual([0, 1, 2]);
    });

    test('four copies are all named, with no count', async () => {
        const { file } = await workspace.build({ file: lines(4, () => 'service AIVD') });
        expect(withCode(file, 'language/duplicate-name')[3].message).toMatch(/already declared in line 1 of this file, line 2 of this file, line 3 of this file\. Names/);
    });

    test('what is reported grows linearly with the number of copies', async () => {
        const reported = async (copies: number) => {
            const { file } = await workspace.build({ file: lines(copies, () => 'service AIVD') });
            const duplicates = withCode(file, 'language/duplicate-name');
            expect(duplicates).toHaveLength(copies);
            await workspace.clear();
            return duplicates.reduce((size, diagnostic) => size + String(diagnostic.message).length + (diagnostic.relatedInformation?.length ?? 0), 0);
        };
        const small = await reported(200);
        const large = await reported(800);
        expect(large / small).toBeLessThan(5);
    });
});

describe('a name declared in many files', () => {
    test('each duplicate-name finding looks up a few declarations, not every one', async () => {
        const lookups = async (copies: number) => {
            const spy = vi.spyOn(MultiMap.prototype, 'get');
            try {
                const files = Object.fromEntries(Array.from({ length: copies }, (_, index) => [`file-${index}`, 'service AIVD']));
                const built = await workspace.build(files);
                expect(withCode(built['file-0'], 'language/duplicate-name')[0].message).toMatch(new RegExp(`and ${copies - 4} more places`));
                return spy.mock.calls.length;
            } finally {
                spy.mockRestore();
                await workspace.clear();
            }
        };
        const [small, large] = [await lookups(50), await lookups(200)];
        // Listing every declaration for each of them looks up the square of the copies: 16 times as many for 4 times the files.
        expect(large / small).toBeLessThan(6);
    });
});

describe('a finding on each name of a long list', () => {
    test('placing each finding reads the list once, not once per finding', async () => {
        const { LangiumDocumentFactory, LangiumDocuments, DocumentBuilder } = workspace.services.shared.workspace;
        const itemsRead = async (count: number) => {
            const names = Array.from({ length: count }, (_, index) => `R${index}`);
            const text = `service AIVD\n${names.map(name => `recipient ${name}`).join('\n')}\nprovision P-1 { by AIVD to ${names.join(', ')} date 2022-03-01 }`;
            const document = LangiumDocumentFactory.fromString<Document>(text, URI.file('/workspace/list.provisio'));
            const provision = document.parseResult.value.declarations.find(declaration => declaration.$type === 'Provision')!;
            // Count the reads of the CST children of the provision and its clauses, where the list's items are.
            let read = 0;
            const counting = (cst: CompositeCstNode) => {
                const content = cst.content;
                content.forEach(child => isCompositeCstNode(child) && counting(child));
                Object.defineProperty(cst, 'content', { value: new Proxy(content, { get: (target, key, receiver) => (typeof key === 'string' && /^\d+$/.test(key) && read++, Reflect.get(target, key, receiver)) }) });
            };
            counting(provision.$cstNode as CompositeCstNode);
            LangiumDocuments.addDocument(document);
            try {
                await DocumentBuilder.build([document], { validation: true });
                expect(withCode(document, 'recipient/weighing-note-required')).toHaveLength(count);
                return read;
            } finally {
                await workspace.clear();
                LangiumDocuments.deleteDocument(document.uri);
            }
        };
        const [small, large] = [await itemsRead(100), await itemsRead(400)];
        // Collecting the list for each finding reads 16 times as many items for 4 times the names.
        expect(large / small).toBeLessThan(6);
    });
});

describe('many references in one file', () => {
    test('looking names up costs the same per reference however many declarations the file has', async () => {
        const reflection = workspace.services.shared.AstReflection;
        const typeChecks = async (count: number) => {
            const spy = vi.spyOn(reflection, 'isSubtype');
            try {
                const { file } = await workspace.build({
                    file: lines(count, index => `service S${index}`) + '\n' + lines(count, index => `provision P-${index} { by S${index} }`)
                });
                expect(withCode(file, 'language/unresolved-reference')).toEqual([]);
                return spy.mock.calls.length;
            } finally {
                spy.mockRestore();
                await workspace.clear();
            }
        };
        const small = await typeChecks(200);
        const large = await typeChecks(800);
        expect(large / small).toBeLessThan(6);
    });
});

describe('many unresolved names among many declarations', () => {
    const workspaceOf = (count: number) => lines(count, index => `service Service${String(index).padStart(4, '0')}`) + '\n'
        + lines(count, index => `provision P-${index} { by Servise${String(index).padStart(4, '0')} }`);

    test('the names in scope are gathered once per reference type, not once per unresolved name', async () => {
        const scopes = workspace.services.references.ScopeProvider;
        const getScope = scopes.getScope.bind(scopes);
        let gathered = 0;
        const spy = vi.spyOn(scopes, 'getScope').mockImplementation(context => {
            const scope: Scope = getScope(context);
            return {
                getElement: name => scope.getElement(name),
                getElements: name => scope.getElements(name),
                getAllElements: () => { gathered++; return scope.getAllElements(); }
            };
        });
        try {
            const { file } = await workspace.build({ file: workspaceOf(300) + '\nprovision Q { to Nowhere data { categories identiti } }' });
            const unresolved = withCode(file, 'language/unresolved-reference');
            expect(unresolved).toHaveLength(302);
            expect(unresolved[0].message).toBe('Unknown service `Servise0000`. Did you mean `Service0000`? Declare it: `service Servise0000 "<full name>"`.');
            expect(unresolved.at(-1)?.message).toMatch(/^Unknown data category `identiti`\. Did you mean `identity`\?/);
            expect(gathered).toBeLessThanOrEqual(3);
        } finally {
            spy.mockRestore();
        }
    });
});

describe('the repeated-clause check', () => {
    test('reads each of a block\'s CST nodes once, however many properties the block has', async () => {
        const clauses = 500;
        const { file } = await workspace.build({
            file: `provision P-1 "A provision" {\n    by AIVD to NorthlandSIS under UT-1\n${lines(clauses, index => `    date 2022-04-${String(index % 28 + 1).padStart(2, '0')}`)}\n}`
        });
        const provision = file.parseResult.value.declarations[0] as Provision;
        let reads = 0;
        const cstNodes = CstUtils.streamCst(provision.$cstNode!).toArray();
        for (const cstNode of cstNodes) {
            const grammarSource = cstNode.grammarSource;
            Object.defineProperty(cstNode, 'grammarSource', { get: () => { reads++; return grammarSource; } });
        }
        const reported: string[] = [];
        const accept = ((_severity: string, message: string) => { reported.push(message); }) as ValidationAcceptor;
        workspace.services.validation.StructureChecks.checkRepeatedClauses(provision as AstNode, accept);
        expect(reported).toHaveLength(clauses - 1);
        expect(reported[0]).toBe('`date` is already stated on line 3; a block states it once. Remove one of them.');
        // The block's own nodes: its keyword, name, title, braces and each clause's keyword and value.
        expect(reads).toBeLessThanOrEqual(2 * clauses + 12);
    });
});

describe('unclosed text blocks', () => {
    test('locating each one scans the text once, not once per block', () => {
        const tokenBuilder = workspace.services.parser.TokenBuilder as ProvisioTokenBuilder;
        const scanned = (blocks: number) => {
            const text = lines(blocks, index => `provision P-${index} {\n    necessity """\n        cut short\n}`);
            const before = tokenBuilder.lines.charactersScanned;
            workspace.services.parser.Lexer.tokenize(text);
            return { scanned: tokenBuilder.lines.charactersScanned - before, length: text.length };
        };
        const small = scanned(200);
        const large = scanned(800);
        // Every block is reported, and the characters looked at stay within the length of the text.
        expect(small.scanned).toBeGreaterThan(0);
        expect(large.scanned).toBeLessThanOrEqual(large.length);
        expect(large.scanned / small.scanned).toBeLessThan(5);
    });
});

describe('unclosed comments', () => {
    /** Lexes a text; what came out, and how many characters the comment scan looked at. */
    const lex = (text: string) => {
        const tokenBuilder = workspace.services.parser.TokenBuilder as ProvisioTokenBuilder;
        const before = tokenBuilder.charactersExamined;
        const { tokens, hidden, errors, report } = workspace.services.parser.Lexer.tokenize(text);
        return {
            comments: hidden.filter(token => token.tokenType.name === 'ML_COMMENT').length,
            tokens: tokens.length,
            errors: errors.length,
            reported: report?.diagnostics.length ?? 0,
            examined: tokenBuilder.charactersExamined - before,
            length: text.length
        };
    };

    test('many unclosed comments in a row are one comment to the end of the file, read once', () => {
        // Each /* used to be sought to the end of the file, given up, and sought again from the next /*.
        const scanned = (count: number) => lex(`service AIVD\n${lines(count, index => `/* note ${index}`)}\n`);
        const small = scanned(2000);
        const large = scanned(8000);
        for (const result of [small, large]) {
            expect(result).toMatchObject({ comments: 1, tokens: 2, errors: 0, reported: 1 });
            expect(result.examined).toBeLessThanOrEqual(2 * result.length);
        }
        expect(large.examined / small.examined).toBeLessThan(6);
    });

    test('an unclosed comment after every declaration is cut before the next one, and the text is read a bounded number of times', () => {
        const scanned = (count: number) => lex(lines(count, index => `provision P-${index} {\n    by AIVD\n}\n/* note ${index}`));
        const small = scanned(1000);
        const large = scanned(4000);
        expect(small).toMatchObject({ comments: 1000, errors: 0, reported: 1000 });
        expect(large).toMatchObject({ comments: 4000, errors: 0, reported: 4000 });
        expect(large.examined).toBeLessThanOrEqual(2 * large.length);
        expect(large.examined / small.examined).toBeLessThan(6);
    });
});

describe('an unclosed quoted text full of escaped quotes', () => {
    test('is read once, not again from each escaped quote, and reported as before', () => {
        // After the unclosed quote, the lexer looks for a token to resume with at each following
        // character; every \" in the line was a quote from which the line was read to its end again.
        const tokenBuilder = workspace.services.parser.TokenBuilder as ProvisioTokenBuilder;
        const lexed = (escapes: number) => {
            const text = `service AIVD "${'ab \\"cd\\" '.repeat(escapes)}\nservice MIVD "Closed"\n`;
            const before = tokenBuilder.charactersExamined;
            const { tokens, errors } = workspace.services.parser.Lexer.tokenize(text);
            return { examined: tokenBuilder.charactersExamined - before, unclosed: text.indexOf('\n') - text.indexOf('"'), length: text.length, tokens: tokens.length, errors: errors.length, first: errors[0]?.message };
        };
        const small = lexed(1000);
        const large = lexed(4000);
        // The opening quote, then each \ in the line, is an unexpected character, as before.
        expect(small).toMatchObject({ errors: 2 * 1000 + 1, tokens: 2 + 2 * 1000 + 3, first: expect.stringMatching(/^This quoted text is not closed before the end of the line\./) });
        expect(large).toMatchObject({ errors: 2 * 4000 + 1, tokens: 2 + 2 * 4000 + 3 });
        // Every character of the unclosed line is looked at, and not many times over.
        expect(large.examined).toBeGreaterThanOrEqual(large.unclosed);
        expect(large.examined).toBeLessThanOrEqual(2 * large.length);
        expect(large.examined / small.examined).toBeLessThan(6);
    });
});

describe('many files', () => {
    test('reading each file\'s own entries of the index does not walk the whole index once per file', async () => {
        // Langium's index lists the entries of a few files by walking the list of every file; asked once per file, that is the square of the workspace.
        const indexManager = workspace.services.shared.workspace.IndexManager;
        const filesWalked = async (count: number) => {
            const symbolIndex = (indexManager as unknown as { symbolIndex: Map<string, unknown> }).symbolIndex;
            const keys = symbolIndex.keys.bind(symbolIndex);
            let walked = 0;
            const spy = vi.spyOn(symbolIndex, 'keys').mockImplementation(() => {
                walked++;
                return keys();
            });
            try {
                const files = Object.fromEntries(Array.from({ length: count }, (_, index) => [`file-${index}`, `service S${index}\nprovision P-${index} { by S${index} }`]));
                await workspace.build(files);
                return walked;
            } finally {
                spy.mockRestore();
                await workspace.clear();
            }
        };
        const [small, large] = [await filesWalked(20), await filesWalked(80)];
        expect(large).toBeLessThanOrEqual(small + 2);
    });
});

describe('a syntax error in every declaration', () => {
    test('placing each error in its declaration reads a few declaration starts, not all of them', () => {
        const reads = (count: number) => {
            let read = 0;
            const placed = Array.from({ length: count }, (_, index) => ({
                get start() { read++; return index * 10; },
                declaration: { $type: 'Provision' } as AstNode
            }));
            for (let index = 0; index < count; index++) {
                expect(lastStartingBy(placed, index * 10 + 5)).toBe(placed[index].declaration);
            }
            expect(lastStartingBy(placed, -1)).toBeUndefined();
            return read;
        };
        // A search through every start for each error reads 16 times as many for 4 times the declarations.
        expect(reads(4000) / reads(1000)).toBeLessThan(6);
    });
});
