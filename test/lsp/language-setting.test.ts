// The editor's language: chosen at initialisation, overridden by the `provisio.language`
// setting, and switched while the server runs (every document re-parsed and checked again).
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
    DidChangeConfigurationNotification, HoverRequest, type Diagnostic, type MarkupContent, type ProtocolConnection
} from 'vscode-languageserver-protocol/node';
import { clientLocale, editorLocale, followLanguageSetting } from '../../src/lsp/language-setting.js';
import { folderWith } from '../cli/run-cli.js';
import { startServer, type LspClient } from '../support/lsp-client.js';
import { registry } from './fixtures.js';
import { createServerPipeline } from '../support/server-pipeline.js';


// Gives data to a recipient with an elevated risk profile and mitigates nothing.
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
        confirm the contacts only if it knows who he is and when he served.
    """
    conditions third-party-rule, intelligence-use-only
    approved head-of-service on 2022-04-01
}
`;

const broken = 'provision P-2022-M0013 {\n    by MIVD\n    date 2022-13-\n}\n';

const english = 'Provision P-2022-M0012 gives data to EastmarkGIS, which has an elevated risk profile (human rights assessed as a risk in weighing note WN-XE-2021-11), but no mitigation covers it. Add `mitigation for human-rights "…"` saying how the risk is reduced, or, for a risk that does not apply to this cooperation, `risk human-rights not-applicable "…"` saying why.';
const dutch = 'Verstrekking P-2022-M0012 verstrekt gegevens aan EastmarkGIS, een dienst met een verhoogd risicoprofiel (mensenrechten als risico beoordeeld in wegingsnotitie WN-XE-2021-11), maar geen mitigerende maatregel dekt deze dienst. Voeg `mitigation for human-rights "…"` toe en beschrijf hoe het risico wordt beperkt, of voeg voor een risico dat bij deze samenwerking niet van toepassing is `risk human-rights not-applicable "…"` toe en vermeld waarom.';

const syntaxMessages = (diagnostics: Diagnostic[]) => diagnostics.filter(diagnostic => diagnostic.code === 'language/syntax').map(diagnostic => diagnostic.message);
const englishSyntax = 'Expected a date (YYYY-MM-DD) but found `2022`.';
const dutchSyntax = 'Hier wordt een datum (JJJJ-MM-DD) verwacht; gevonden: `2022`.';

describe('which language the editor speaks', () => {
    test('initializationOptions.language comes first, then the client\'s display language, then English', () => {
        expect(clientLocale({ initializationOptions: { language: 'nl' }, locale: 'en-US' })).toBe('nl');
        expect(clientLocale({ initializationOptions: { language: 'auto' }, locale: 'nl-BE' })).toBe('nl');
        expect(clientLocale({ initializationOptions: {}, locale: 'nl' })).toBe('nl');
        expect(clientLocale({ locale: 'de' })).toBeUndefined();
        expect(editorLocale(undefined, undefined)).toBe('en');
    });

    test('the provisio.language setting overrides the client unless it is auto', () => {
        expect(editorLocale('nl', 'en')).toBe('en');
        expect(editorLocale('en', 'nl')).toBe('nl');
        expect(editorLocale('nl', 'auto')).toBe('nl');
        expect(editorLocale('nl', 'fr')).toBe('nl');
        expect(editorLocale(undefined, 'auto')).toBe('en');
    });
});

describe('a change of language in the server\'s pipeline', () => {
    test('re-parses every document and checks it again in the new language; the same language changes nothing', async () => {
        const pipeline = await createServerPipeline();
        const shared = pipeline.services.shared;
        followLanguageSetting(shared, pipeline.services);
        await pipeline.open({ registry, p: provision, broken });
        const idle = () => shared.workspace.WorkspaceLock.read(() => undefined);
        const parsedInEnglish = pipeline.names().map(name => pipeline.document(name).parseResult);
        const syntaxRanges = () => pipeline.document('broken').diagnostics!.filter(diagnostic => diagnostic.code === 'language/syntax').map(diagnostic => diagnostic.range);
        const englishRanges = syntaxRanges();
        expect(syntaxMessages(pipeline.document('broken').diagnostics!)).toContain(englishSyntax);
        expect(riskMessage(pipeline.document('p').diagnostics!)).toBe(english);

        shared.workspace.ConfigurationProvider.updateConfiguration({ settings: { provisio: { language: 'nl' } } });
        await idle();
        await idle();
        expect(pipeline.services.i18n.Translator.locale).toBe('nl');
        pipeline.names().forEach((name, index) => expect(pipeline.document(name).parseResult, name).not.toBe(parsedInEnglish[index]));
        expect(syntaxRanges()).toEqual(englishRanges);
        expect(syntaxMessages(pipeline.document('broken').diagnostics!)).toContain(dutchSyntax);
        expect(riskMessage(pipeline.document('p').diagnostics!)).toBe(dutch);

        const parsedInDutch = pipeline.document('broken').parseResult;
        shared.workspace.ConfigurationProvider.updateConfiguration({ settings: { provisio: { language: 'nl', trace: { server: 'off' } } } });
        await idle();
        expect(pipeline.document('broken').parseResult).toBe(parsedInDutch);
    });
});

let client: LspClient;
let connection: ProtocolConnection;
let folder: string;
let setting = 'auto';
const uriOf = (name: string) => pathToFileURL(join(folder, name)).toString();
const diagnosticsFor = (uri: string, accept: (diagnostics: Diagnostic[]) => boolean, after = 0) => client.diagnosticsFor(uri, accept, after);
const publications = (uri: string) => client.published.get(uri)?.length ?? 0;

const riskMessage = (diagnostics: Diagnostic[]) => diagnostics.find(diagnostic => diagnostic.code === 'risk/mitigation-required')?.message;

beforeAll(async () => {
    folder = folderWith({ 'registry.provisio': registry, 'cases/p.provisio': provision, 'cases/broken.provisio': broken });
    client = await startServer(folder, {
        initialize: {
            locale: 'en-US',
            initializationOptions: { language: 'nl' },
            capabilities: {
                workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
                textDocument: { hover: { contentFormat: ['markdown'] } }
            }
        },
        configuration: item => item.section === 'provisio' ? { language: setting } : null
    });
    ({ connection } = client);
});

afterAll(() => client?.stop());

describe('the built server over stdio', () => {
    test('started with initializationOptions.language nl, it reports findings and hovers in Dutch', async () => {
        const diagnostics = await diagnosticsFor(uriOf('cases/p.provisio'), found => riskMessage(found) !== undefined);
        expect(riskMessage(diagnostics)).toBe(dutch);
        const hover = await connection.sendRequest(HoverRequest.type, { textDocument: { uri: uriOf('cases/p.provisio') }, position: { line: 2, character: 8 } });
        const value = (hover?.contents as MarkupContent).value;
        expect(value).toContain('Wegingsnotitie WN-XE-2021-11: beoordeeld op 2021-11-02 (methode joint), herbeoordeling uiterlijk 2023-11-02.');
        expect(value).toContain('**Verhoogd risicoprofiel:**\n- mensenrechten: Detainees reported ill-treated after arrest on foreign information');
        expect(value).toContain('Toegestane vormen van verstrekking: analytical, personal-data.');
    });

    test('switching provisio.language to en republishes every document in English, syntax errors too', async () => {
        const p = uriOf('cases/p.provisio');
        const brokenUri = uriOf('cases/broken.provisio');
        expect(syntaxMessages(await diagnosticsFor(brokenUri, found => syntaxMessages(found).length > 0))).toContain(dutchSyntax);
        const before = { p: publications(p), broken: publications(brokenUri) };

        setting = 'en';
        await connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { provisio: { language: 'en' } } });
        expect(riskMessage(await diagnosticsFor(p, found => riskMessage(found) === english, before.p))).toBe(english);
        // Syntax messages are made while parsing: the document was parsed again.
        const republished = await diagnosticsFor(brokenUri, found => syntaxMessages(found).includes(englishSyntax), before.broken);
        expect(syntaxMessages(republished)).not.toContain(dutchSyntax);
        const hover = await connection.sendRequest(HoverRequest.type, { textDocument: { uri: p }, position: { line: 2, character: 8 } });
        expect((hover?.contents as MarkupContent).value).toContain('Weighing note WN-XE-2021-11: assessed 2021-11-02 (joint method), review due 2023-11-02.');
    });

    test('switching back to auto returns to the language the client asked for', async () => {
        const p = uriOf('cases/p.provisio');
        const before = publications(p);
        setting = 'auto';
        await connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { provisio: { language: 'auto' } } });
        expect(riskMessage(await diagnosticsFor(p, found => riskMessage(found) === dutch, before))).toBe(dutch);
    });
});
