// The formatter: the canonical layout, kept comments and prose, idempotence on every example.
import { URI } from 'langium';
import { expectFormatting } from 'langium/test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import fc from 'fast-check';
import type { ProvisioServices } from '../../src/language/provisio-module.js';
import { createEditingServices, exampleFiles } from './editing-helpers.js';

let services: ProvisioServices;
let counter = 0;

beforeAll(async () => {
    services = await createEditingServices();
});

async function format(text: string): Promise<string> {
    const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(`/format/${counter++}.provisio`));
    const edits = await services.lsp.Formatter!.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options: { tabSize: 4, insertSpaces: true } });
    return TextDocument.applyEdits(document.textDocument, edits);
}

/** Every token the lexer sees, comments included, in order. */
function tokens(text: string): string[] {
    const result = services.parser.Lexer.tokenize(text);
    const hidden = Object.values(result.hidden ?? {}).flat();
    return [...result.tokens, ...hidden].sort((a, b) => a.startOffset - b.startOffset).map(token => token.image);
}

const messy = `classification   "STG. GEHEIM"
// The registry.
service AIVD    "Algemene Inlichtingen- en Veiligheidsdienst"
recipient EastmarkGIS "Eastmark" { country "XE"
  weighing-note WN-1 { assessed 2021-09-30 method joint
        human-rights risk "Credible reports" }}
provision P-1 "Report"{by AIVD to EastmarkGIS ,NorthlandSIS date 2022-03-22


      data { form analytical subjects 7 "members"
   categories identity,travel }
necessity """
        Kept   exactly
    as written.
"""  // trailing remark
   /* a note
      over two lines */
    mitigation for human-rights "Only conclusions." approved head-of-service on 2022-03-20
}`;

const canonical = `classification "STG. GEHEIM"

// The registry.
service AIVD "Algemene Inlichtingen- en Veiligheidsdienst"

recipient EastmarkGIS "Eastmark" {
    country "XE"
    weighing-note WN-1 {
        assessed 2021-09-30
        method joint
        human-rights risk "Credible reports"
    }
}

provision P-1 "Report" {
    by AIVD
    to EastmarkGIS, NorthlandSIS
    date 2022-03-22

    data {
        form analytical
        subjects 7 "members"
        categories identity, travel
    }
    necessity """
        Kept   exactly
    as written.
""" // trailing remark
    /* a note
      over two lines */
    mitigation for human-rights "Only conclusions."
    approved head-of-service on 2022-03-20
}
`;

describe('the canonical layout', () => {
    test('a messy file is laid out canonically', async () => {
        expect(await format(messy)).toBe(canonical);
    });

    test('through the langium/test helper', async () => {
        await expectFormatting(services)({ before: messy, after: canonical });
    });

    test('consecutive one-line declarations keep the author\'s spacing; blocks get one blank line', async () => {
        expect(await format('service AIVD "a"\nservice MIVD "b"\n\n\n\ncategory x "c"\nprovision P-1 {\n}\nprovision P-2 {}\n'))
            .toBe('service AIVD "a"\nservice MIVD "b"\n\ncategory x "c"\n\nprovision P-1 {\n}\n\nprovision P-2 {\n}\n');
    });

    test('a token after a // comment inside a clause moves to a continuation line', async () => {
        const text = 'provision P-1 {\n    to A, // the first\n        B\n    date 2022-01-01\n}\n';
        expect(await format(text)).toBe(text);
        expect(await format('provision P-1 {\n to A, // the first\n B date 2022-01-01 }')).toBe(text);
    });

    test('comments before a declaration stay with it; blank lines between clauses are kept, at most one', async () => {
        const text = '// header\n\n// about P-1\nprovision P-1 {\n    // first\n    by AIVD\n\n    // second\n    date 2022-01-01\n    // last\n}\n';
        expect(await format(text)).toBe(text);
        expect(await format(text.replace('    by AIVD\n\n', '    by AIVD\n\n\n\n'))).toBe(text);
    });

    test('a document that does not parse is left alone', async () => {
        expect(await format('provision P-1 {\n  to\n  date }')).toBe('provision P-1 {\n  to\n  date }');
    });

    test('windows line endings stay windows line endings', async () => {
        expect(await format('service A "a"\r\nprovision P-1 { by A }')).toBe('service A "a"\r\n\r\nprovision P-1 {\r\n    by A\r\n}\r\n');
    });
});

describe('every example', () => {
    const files = exampleFiles();
    test.each(Object.keys(files))('%s: formatting twice is formatting once, with the same tokens and comments', async name => {
        const once = await format(files[name]);
        expect(tokens(once)).toEqual(tokens(files[name]));
        expect(await format(once)).toBe(once);
    });
});

describe('range and on-type formatting', () => {
    test('a range formats only its lines', async () => {
        const text = 'provision P-1 {\nby AIVD\n      to   A\ndate 2022-01-01\n}\n';
        const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(`/format/${counter++}.provisio`));
        const edits = await services.lsp.Formatter!.formatDocumentRange(document, { textDocument: { uri: '' }, options: { tabSize: 4, insertSpaces: true }, range: { start: { line: 2, character: 0 }, end: { line: 2, character: 3 } } });
        expect(TextDocument.applyEdits(document.textDocument, edits)).toBe('provision P-1 {\nby AIVD\n    to A\ndate 2022-01-01\n}\n');
    });

    test('typing } formats its block; a new line tidies the line just finished', async () => {
        const formatter = services.lsp.Formatter!;
        expect(formatter.formatOnTypeOptions).toEqual({ firstTriggerCharacter: '}', moreTriggerCharacter: ['\n'] });
        const closed = 'service A "a"\nprovision P-1 {\nby A\n  date   2022-01-01 }';
        let document = services.shared.workspace.LangiumDocumentFactory.fromString(closed, URI.file(`/format/${counter++}.provisio`));
        let edits = await formatter.formatDocumentOnType(document, { textDocument: { uri: '' }, options: { tabSize: 4, insertSpaces: true }, ch: '}', position: { line: 3, character: 21 } });
        expect(TextDocument.applyEdits(document.textDocument, edits)).toBe('service A "a"\nprovision P-1 {\n    by A\n    date 2022-01-01\n}');

        const typed = 'provision P-1 {\n    by A\n      date   2022-01-01\n\n}\n';
        document = services.shared.workspace.LangiumDocumentFactory.fromString(typed, URI.file(`/format/${counter++}.provisio`));
        edits = await formatter.formatDocumentOnType(document, { textDocument: { uri: '' }, options: { tabSize: 4, insertSpaces: true }, ch: '\n', position: { line: 3, character: 0 } });
        expect(TextDocument.applyEdits(document.textDocument, edits)).toBe('provision P-1 {\n    by A\n    date 2022-01-01\n\n}\n');
    });
});

describe('property: the layout does not depend on the whitespace it replaces', () => {
    const files = Object.values(exampleFiles('examples/workspace'));
    const punctuation = new Set([',', '{', '}']);

    /** The text rebuilt from its tokens, with each gap that has no comment beside it and no blank line replaced. */
    function mutate(text: string, choices: string[]): string {
        const result = services.parser.Lexer.tokenize(text);
        const all = [...result.tokens, ...Object.values(result.hidden ?? {}).flat()].sort((a, b) => a.startOffset - b.startOffset);
        let output = '';
        let position = 0;
        all.forEach((token, index) => {
            const gap = text.slice(position, token.startOffset);
            const previous = all[index - 1];
            const touchesComment = token.image.startsWith('//') || token.image.startsWith('/*') || previous?.image.startsWith('//') || previous?.image.startsWith('/*');
            const blankLine = (gap.match(/\n/g) ?? []).length >= 2;
            if (!previous || touchesComment || blankLine) {
                output += gap;
            } else {
                const choice = choices[index % choices.length];
                const glued = choice === '' && !(punctuation.has(token.image) || punctuation.has(previous.image));
                output += glued ? ' ' : choice;
            }
            output += token.image;
            position = token.endOffset! + 1;
        });
        return output + text.slice(position);
    }

    test('whitespace and single newlines inserted or removed between tokens give the same layout', async () => {
        const canonical = await Promise.all(files.map(format));
        await fc.assert(fc.asyncProperty(
            fc.nat(files.length - 1),
            fc.array(fc.constantFrom('', ' ', '   ', '\t', '\n', '\n        ', ' \n'), { minLength: 1, maxLength: 40 }),
            async (fileIndex, choices) => {
                const mutated = mutate(files[fileIndex], choices);
                const formatted = await format(mutated);
                expect(tokens(formatted)).toEqual(tokens(files[fileIndex]));
                expect(formatted).toBe(canonical[fileIndex]);
            }
        ), { numRuns: 60 });
    });
});

describe('growth', () => {
    test('formatting work grows linearly with the number of declarations and comments', async () => {
        const { CompositeCstNodeImpl, LeafCstNodeImpl } = await import('langium');
        const provision = (index: number) => `// about P-${index}\nprovision P-${index} { by AIVD // the service\n  to A, B date 2022-01-01\n  /* a note */ necessity "because" }`;
        const work = async (count: number) => {
            const text = Array.from({ length: count }, (_, index) => provision(index)).join('\n');
            const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(`/format/growth-${count}.provisio`));
            const spies = [LeafCstNodeImpl.prototype, CompositeCstNodeImpl.prototype].flatMap(prototype =>
                (['offset', 'end'] as const).map(property => vi.spyOn(prototype, property, 'get')));
            try {
                const edits = await services.lsp.Formatter!.formatDocument(document, { textDocument: { uri: '' }, options: { tabSize: 4, insertSpaces: true } });
                expect(edits.length).toBeGreaterThan(count);
                return spies.reduce((total, spy) => total + spy.mock.calls.length, 0);
            } finally {
                spies.forEach(spy => spy.mockRestore());
            }
        };
        const small = await work(100);
        const large = await work(400);
        expect(small).toBeGreaterThan(0);
        expect(large / small).toBeLessThan(5);
    });
});
