// The built language server, spoken to over stdio by a plain LSP client, as an editor would.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
    CodeActionRequest, CodeLensRequest, CompletionRequest, CompletionTriggerKind, DocumentFormattingRequest, DocumentOnTypeFormattingRequest, DocumentSymbolRequest, InlayHintRequest, PrepareRenameRequest, SemanticTokensRequest, DefinitionRequest, RenameRequest, DidChangeTextDocumentNotification, DidChangeWatchedFilesNotification,
    DidOpenTextDocumentNotification, FileChangeType, HoverRequest, type CodeAction, type CodeLens, type CompletionList, type DocumentSymbol, type InitializeResult, type InlayHint, type TextEdit, type Diagnostic, type LocationLink, type MarkupContent, type ProtocolConnection, type PublishDiagnosticsParams
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { folderWith } from '../cli/run-cli.js';
import { startServer, type LspClient } from '../support/lsp-client.js';
import { registry } from './fixtures.js';


const provision = `provision P-2022-M0012 {
    by MIVD
    to EastmarkGIS
    date 2022-04-04
    data {
        form analytical
        subjects 1 "a former member of the armed forces recruited by a hostile service"
        categories identity, employment
        period 2021-06-01 to 2022-03-31
    }
    necessity """
        Eastmark hosts the training site where the person was approached. Its service can
        confirm the contacts only if it knows who he is and when he served; without that,
        the approach cannot be traced and other service members remain at risk.
    """
    mitigation for human-rights "The person lives in the Netherlands; nothing shared can lead to his arrest abroad."
    approved head-of-service on 2022-04-01
}
`;

let client: LspClient;
let initialized: InitializeResult;
let connection: ProtocolConnection;
let folder: string;
let published: Map<string, PublishDiagnosticsParams[]>;

const uriOf = (name: string) => pathToFileURL(join(folder, name)).toString();
const diagnosticsFor = (uri: string, accept: (diagnostics: Diagnostic[]) => boolean) => client.diagnosticsFor(uri, accept);
const messageOf = (diagnostic: Diagnostic) => typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
const hasCode = (code: string) => (diagnostics: Diagnostic[]) => diagnostics.some(diagnostic => diagnostic.code === code);
const lacksCode = (code: string) => (diagnostics: Diagnostic[]) => !hasCode(code)(diagnostics);

beforeAll(async () => {
    folder = folderWith({ 'registry.provisio': registry, 'cases/p.provisio': provision });
    writeFileSync(join(folder, 'cases/utf16.provisio'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(provision.replace('P-2022-M0012', 'P-2022-M0013'), 'utf16le')]));
    client = await startServer(folder, { initialize: { capabilities: {
        workspace: { didChangeWatchedFiles: { dynamicRegistration: true } },
        textDocument: { hover: { contentFormat: ['markdown'] }, definition: { linkSupport: true }, rename: { prepareSupport: true } }
    } } });
    ({ connection, initialized, published } = client);
});

afterAll(() => client?.stop());

describe('diagnostics', () => {
    test('files in the workspace are checked on start, with rule ids as codes', async () => {
        const diagnostics = await diagnosticsFor(uriOf('cases/p.provisio'), hasCode('conditions/standard-conditions'));
        const finding = diagnostics.find(diagnostic => diagnostic.code === 'conditions/standard-conditions')!;
        expect(finding.severity).toBe(1);
        expect(finding.message).toContain('Provision P-2022-M0012 states neither of the standard conditions `third-party-rule` and `intelligence-use-only`');
        expect(finding.source).toBe('provisio');
    });

    test('an edit is checked as the author types', async () => {
        const uri = uriOf('cases/p.provisio');
        await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'provisio', version: 1, text: provision } });
        const edited = provision.replace('    approved head-of-service', '    conditions third-party-rule, intelligence-use-only\n    approved head-of-service');
        await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ text: edited }] });
        expect(await diagnosticsFor(uri, lacksCode('conditions/standard-conditions'))).toEqual([]);
        await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 3 }, contentChanges: [{ text: provision }] });
        await diagnosticsFor(uri, hasCode('conditions/standard-conditions'));
    });

    test('a burst of keystrokes is checked once the author pauses, and the diagnostics name the version they describe', async () => {
        const uri = uriOf('cases/burst.provisio');
        await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'provisio', version: 1, text: provision.replace('P-2022-M0012', 'P-2022-M0015').replace('hosts the training site', 'hosts the camp') } });
        await diagnosticsFor(uri, hasCode('conditions/standard-conditions'));
        const earlier = published.get(uri)!.length;
        const line = provision.split('\n').findIndex(text => text.startsWith('    approved'));
        const clause = '    conditions third-party-rule, intelligence-use-only\n';
        const keystrokes = [...clause].map((character, index) => connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri, version: index + 2 },
            contentChanges: [{ range: { start: { line, character: index }, end: { line, character: index } }, text: character }]
        }));
        await Promise.all(keystrokes);
        const lastVersion = clause.length + 1;
        await diagnosticsFor(uri, lacksCode('conditions/standard-conditions'));
        const during = published.get(uri)!.slice(earlier);
        expect(during.at(-1)?.version).toBe(lastVersion);
        expect(during.length).toBeLessThan(clause.length / 4);
    });
});

describe('files that are not UTF-8 text or not regular files', () => {
    test('a UTF-16 file in the workspace gets one diagnostic, at its start', async () => {
        const diagnostics = await diagnosticsFor(uriOf('cases/utf16.provisio'), hasCode('language/encoding'));
        expect(diagnostics).toEqual([expect.objectContaining({
            code: 'language/encoding',
            severity: 1,
            range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
            message: 'This file is not UTF-8 text: it is UTF-16 (it starts with a UTF-16 byte order mark). Save it as UTF-8.'
        })]);
    });

    test.skipIf(process.platform === 'win32')('a configuration that is a named pipe is refused, not read, and the server keeps answering', async () => {
        mkdirSync(join(folder, 'piped'));
        writeFileSync(join(folder, 'piped/s.provisio'), 'service PIPED "Piped Service"\n');
        const configPath = join(folder, 'piped/provisio.config.yaml');
        execFileSync('mkfifo', [configPath]);
        const configUri = pathToFileURL(configPath).toString();
        await connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uriOf('piped/s.provisio'), type: FileChangeType.Created }, { uri: configUri, type: FileChangeType.Created }] });
        const problems = await diagnosticsFor(configUri, diagnostics => diagnostics.length > 0);
        expect(problems.map(messageOf)).toEqual(['Cannot read configuration: it is a named pipe (FIFO), not a regular file; Provisio reads only regular files.']);
        const hover = await connection.sendRequest(HoverRequest.type, { textDocument: { uri: uriOf('cases/p.provisio') }, position: { line: 2, character: 8 } });
        expect((hover?.contents as MarkupContent).value).toContain('**EastmarkGIS**');
    });
});

describe('quick fixes and hovers', () => {
    test('a finding with a fix is offered as a quick fix whose edit repairs it', async () => {
        const uri = uriOf('cases/p.provisio');
        const diagnostics = await diagnosticsFor(uri, hasCode('conditions/standard-conditions'));
        const finding = diagnostics.find(diagnostic => diagnostic.code === 'conditions/standard-conditions')!;
        const actions = await connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: finding.range, context: { diagnostics: [finding] } }) as CodeAction[];
        // The repair, then the suppression with a reason that every rule's finding offers.
        expect(actions.map(action => action.kind)).toEqual(['quickfix', 'quickfix.suppress']);
        expect(actions[0]).toMatchObject({ title: 'Add third-party-rule and intelligence-use-only to the conditions', kind: 'quickfix', isPreferred: true });
        expect(actions[0].edit?.changes?.[uri]).toEqual([{ range: { start: { line: 17, character: 0 }, end: { line: 17, character: 0 } }, newText: '    conditions third-party-rule, intelligence-use-only\n' }]);
    });

    test('hovering a recipient shows its weighing note and risk profile', async () => {
        const hover = await connection.sendRequest(HoverRequest.type, { textDocument: { uri: uriOf('cases/p.provisio') }, position: { line: 2, character: 8 } });
        const value = (hover?.contents as MarkupContent).value;
        expect(value).toContain('**EastmarkGIS** — Eastmark General Intelligence Service');
        expect(value).toContain('Weighing note WN-XE-2021-11: assessed 2021-11-02 (joint method), review due 2023-11-02.');
        expect(value).toContain('- human rights: Detainees reported ill-treated after arrest on foreign information');
    });
});

describe('navigation', () => {
    test('go to definition jumps from a recipient reference to its declaration in another file', async () => {
        const locations = await connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: uriOf('cases/p.provisio') }, position: { line: 2, character: 8 } }) as LocationLink[];
        expect(locations).toEqual([expect.objectContaining({ targetUri: uriOf('registry.provisio'), targetSelectionRange: { start: { line: 1, character: 10 }, end: { line: 1, character: 21 } } })]);
    });

    test('completion after `to` offers the declared recipients', async () => {
        const uri = uriOf('cases/draft.provisio');
        await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'provisio', version: 1, text: 'provision P-DRAFT {\n    to \n}\n' } });
        const completion = await connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 1, character: 7 } }) as CompletionList;
        expect(completion.items.map(item => item.label)).toContain('EastmarkGIS');
    });

    test('rename changes the declaration and every reference', async () => {
        const edit = await connection.sendRequest(RenameRequest.type, { textDocument: { uri: uriOf('registry.provisio') }, position: { line: 1, character: 12 }, newName: 'EastmarkNIS' });
        expect(Object.keys(edit?.changes ?? {}).sort()).toEqual(expect.arrayContaining([uriOf('registry.provisio'), uriOf('cases/p.provisio')]));
        expect(edit?.changes?.[uriOf('cases/p.provisio')]).toEqual([{ range: { start: { line: 2, character: 7 }, end: { line: 2, character: 18 } }, newText: 'EastmarkNIS' }]);
    });
});

describe('motivation reuse across files', () => {
    test('editing a copied motivation in one file clears the reuse finding in the other', async () => {
        const copy = (name: string) => provision.replace('P-2022-M0012', name);
        const first = uriOf('cases/first.provisio');
        const second = uriOf('cases/second.provisio');
        await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: first, languageId: 'provisio', version: 1, text: copy('P-2022-M0013') } });
        await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: second, languageId: 'provisio', version: 1, text: copy('P-2022-M0014') } });
        const [reuse] = (await diagnosticsFor(first, diagnostics => diagnostics.some(diagnostic => messageOf(diagnostic).includes('P-2022-M0014'))))
            .filter(diagnostic => diagnostic.code === 'motivation/substantive');
        expect(reuse.message).toBe('The necessity motivation of provision P-2022-M0013 is the same text as that of provision P-2022-M0012 and provision P-2022-M0014. Motivate this provision on its own.');

        const rewritten = copy('P-2022-M0014').replace('Eastmark hosts the training site', 'Eastmark runs the only airfield near the training site');
        await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: second, version: 2 }, contentChanges: [{ text: rewritten }] });
        await diagnosticsFor(first, diagnostics => diagnostics.some(diagnostic => diagnostic.code === 'motivation/substantive' && !messageOf(diagnostic).includes('P-2022-M0014')));
        await diagnosticsFor(second, lacksCode('motivation/substantive'));

        // Copying it back brings the finding back in the file that was not edited.
        await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: second, version: 3 }, contentChanges: [{ text: copy('P-2022-M0014') }] });
        await diagnosticsFor(first, diagnostics => diagnostics.some(diagnostic => messageOf(diagnostic).includes('P-2022-M0014')));
    });
});

describe('near-copies of a motivation across files', () => {
    const brokers = (name: string, country: string, month: string) => provision.replace('P-2022-M0012', name).replace(/ {4}necessity """[\s\S]*?"""\n/, `    necessity """
        The MIVD follows a network of brokers that arranges arms shipments for an embargoed
        state through ${country}. Two of its brokers are expected to meet a buyer in the
        ${country} capital in ${month}. Only the service there can observe that meeting, and it
        can identify the buyer only if it knows who the brokers are and how they are paid.
    """
`);

    test('a copy with the names swapped is reported in the file that was not edited, and goes when the copy argues its own case', async () => {
        const third = uriOf('cases/third.provisio');
        const fourth = uriOf('cases/fourth.provisio');
        await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: third, languageId: 'provisio', version: 1, text: brokers('P-2022-M0015', 'Eastmark', 'May') } });
        await diagnosticsFor(third, lacksCode('motivation/near-copy'));
        await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: fourth, languageId: 'provisio', version: 1, text: brokers('P-2022-M0016', 'Westholm', 'June') } });
        const [near] = (await diagnosticsFor(third, hasCode('motivation/near-copy'))).filter(diagnostic => diagnostic.code === 'motivation/near-copy');
        expect(messageOf(near)).toContain('The necessity motivation of provision P-2022-M0015 is nearly the same text as that of provision P-2022-M0016');
        expect(near.relatedInformation?.map(related => related.location.uri)).toEqual([fourth]);

        const ownCase = provision.replace('P-2022-M0012', 'P-2022-M0016').replace(/ {4}necessity """[\s\S]*?"""\n/, `    necessity """
        A front company registered in Westholm bought machine tools for the programme last
        winter. The Westholm service can inspect the company's export papers and question
        its director, which the MIVD cannot do from the Netherlands.
    """
`);
        await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: fourth, version: 2 }, contentChanges: [{ text: ownCase }] });
        await diagnosticsFor(third, lacksCode('motivation/near-copy'));
    });
});

describe('configuration', () => {
    test('a changed provisio.config.yaml applies at once; a bad one is reported on the file itself', async () => {
        const uri = uriOf('cases/p.provisio');
        const configPath = join(folder, 'provisio.config.yaml');
        const configUri = pathToFileURL(configPath).toString();
        writeFileSync(configPath, 'rules:\n  conditions/standard-conditions: off\n  scope/bounded:\n    maxCategories: none\n');
        await connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: configUri, type: FileChangeType.Created }] });
        await diagnosticsFor(uri, lacksCode('conditions/standard-conditions'));
        const [problem] = await diagnosticsFor(configUri, diagnostics => diagnostics.length > 0);
        expect(problem).toMatchObject({ severity: 1, code: 'config', range: { start: { line: 3, character: 19 } } });
        expect(problem.message).toBe('Option `maxCategories` of `scope/bounded` must be a whole number of at least 1, not "none".');

        // Without escalation for elevated-risk recipients the missing conditions are a warning (severity 2).
        writeFileSync(configPath, 'rules:\n  conditions/standard-conditions:\n    errorForElevatedRisk: false\n');
        await connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: configUri, type: FileChangeType.Changed }] });
        const diagnostics = await diagnosticsFor(uri, hasCode('conditions/standard-conditions'));
        expect(diagnostics.find(diagnostic => diagnostic.code === 'conditions/standard-conditions')?.severity).toBe(2);
        expect(await diagnosticsFor(configUri, all => all.length === 0)).toEqual([]);
    });
});

describe('authoring aids', () => {
    const messy = 'provision P-2022-M0099 {\n  by MIVD   to EastmarkGIS\ndate 2022-04-04\n  // the reason\nnecessity """\n   kept as written\n"""}';

    test('the server advertises formatting on type, completion on a space, lenses, hints, semantic tokens and rename preparation', () => {
        const capabilities = initialized.capabilities;
        expect(capabilities.documentFormattingProvider).toBeTruthy();
        expect(capabilities.documentRangeFormattingProvider).toBeTruthy();
        expect(capabilities.documentOnTypeFormattingProvider).toEqual({ firstTriggerCharacter: '}', moreTriggerCharacter: ['\n'] });
        expect(capabilities.completionProvider?.triggerCharacters).toContain(' ');
        expect(capabilities.codeLensProvider).toBeTruthy();
        expect(capabilities.inlayHintProvider).toBeTruthy();
        expect(capabilities.semanticTokensProvider?.legend.tokenTypes).toContain('class');
        expect(capabilities.renameProvider).toEqual({ prepareProvider: true });
    });

    test('formatting returns the edits to the canonical layout', async () => {
        const uri = uriOf('cases/messy.provisio');
        await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'provisio', version: 1, text: messy } });
        await diagnosticsFor(uri, () => true);
        const edits = await connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri }, options: { tabSize: 4, insertSpaces: true } }) as TextEdit[];
        expect(TextDocument.applyEdits(TextDocument.create(uri, 'provisio', 1, messy), edits))
            .toBe('provision P-2022-M0099 {\n    by MIVD\n    to EastmarkGIS\n    date 2022-04-04\n    // the reason\n    necessity """\n   kept as written\n"""\n}\n');
        const onType = await connection.sendRequest(DocumentOnTypeFormattingRequest.type, { textDocument: { uri }, position: { line: 6, character: 4 }, ch: '}', options: { tabSize: 4, insertSpaces: true } }) as TextEdit[];
        expect(onType.length).toBeGreaterThan(0);
    });

    test('outline, code lenses and inlay hints', async () => {
        const symbols = await connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: uriOf('cases/p.provisio') } }) as DocumentSymbol[];
        expect(symbols.map(symbol => [symbol.name, symbol.children?.map(child => child.name)])).toEqual([['P-2022-M0012', ['data', 'necessity', 'mitigation for human-rights']]]);
        const lenses = await connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: uriOf('registry.provisio') } }) as CodeLens[];
        expect(lenses.map(lens => lens.command?.title)).toEqual([expect.stringMatching(/^\d+ provisions? · review due 2023-11-02$/)]);
        const hints = await connection.sendRequest(InlayHintRequest.type, { textDocument: { uri: uriOf('cases/p.provisio') }, range: { start: { line: 0, character: 0 }, end: { line: 20, character: 0 } } }) as InlayHint[];
        expect(hints.map(hint => [hint.position, hint.label])).toEqual([[{ line: 2, character: 18 }, 'elevated risk: human rights']]);
        const tokens = await connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: uriOf('cases/p.provisio') } });
        expect(tokens?.data.length).toBeGreaterThan(0);
    });

    test('a typed space offers completion after `to`, not in the middle of prose or after a finished clause', async () => {
        const uri = uriOf('cases/typing.provisio');
        const text = 'provision P-TYPING {\n    to \n    necessity "the service \n    by MIVD \n}\n';
        await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'provisio', version: 1, text } });
        await diagnosticsFor(uri, () => true);
        const typed = (line: number, character: number) => connection.sendRequest(CompletionRequest.type, {
            textDocument: { uri }, position: { line, character }, context: { triggerKind: CompletionTriggerKind.TriggerCharacter, triggerCharacter: ' ' }
        }) as Promise<CompletionList>;
        expect((await typed(1, 7)).items.map(item => item.label)).toContain('EastmarkGIS');
        expect((await typed(2, 26)).items).toEqual([]);
        expect((await typed(3, 12)).items).toEqual([]);
    });

    test('renaming a built-in category is refused with a message the editor shows', async () => {
        const error = await connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri: uriOf('cases/p.provisio') }, position: { line: 7, character: 21 } }).then(() => undefined, (failure: Error) => failure);
        expect(error?.message).toBe('`identity` is a built-in category of the language and cannot be renamed. Declare a category of your own instead.');
    });
});
