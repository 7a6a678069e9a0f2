// The language the editor speaks. At initialisation: `initializationOptions.language` (how
// Neovim, Emacs or Helix users choose), else the client's display language
// (`InitializeParams.locale`, which VS Code sends), else English. The `provisio.language`
// setting ('auto' | 'en' | 'nl'), read through workspace/configuration and
// workspace/didChangeConfiguration, overrides that; 'auto' keeps the client's choice.
// Syntax messages are made while parsing, so a change of language re-parses every document
// and checks it again: all diagnostics come back in the new language.
import { DocumentState, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { InitializeParams } from 'vscode-languageserver';
import { chooseLocale, parseLocale } from '../i18n/locale.js';
import type { Locale } from '../i18n/messages.js';
import type { ProvisioServices } from '../language/provisio-module.js';

/** The configuration section, the language id: the setting is `provisio.language`. */
const section = 'provisio';

/** What the client asked for at initialisation: its `language` option, else its display language. */
export function clientLocale(params: Pick<InitializeParams, 'initializationOptions' | 'locale'>): Locale | undefined {
    const options: unknown = params.initializationOptions;
    const requested = typeof options === 'object' && options !== null ? (options as { language?: unknown }).language : undefined;
    return parseLocale(typeof requested === 'string' ? requested : undefined) ?? parseLocale(params.locale);
}

/** The `provisio.language` setting decides unless it is 'auto', missing or unknown; then the client's choice, else English. */
export function editorLocale(client: Locale | undefined, setting: unknown): Locale {
    const chosen = typeof setting === 'string' && setting !== 'auto' ? parseLocale(setting) : undefined;
    return chooseLocale(chosen, client);
}

export function followLanguageSetting(shared: LangiumSharedServices, provisio: ProvisioServices): void {
    const translator = provisio.i18n.Translator;
    const configuration = shared.workspace.ConfigurationProvider;
    let client: Locale | undefined;
    let setting: unknown;
    let settingChanges = 0;

    const apply = () => {
        const locale = editorLocale(client, setting);
        if (locale !== translator.locale) {
            translator.locale = locale;
            reparseAll(shared);
        }
    };

    shared.lsp.LanguageServer.onInitialize(params => {
        client = clientLocale(params);
        translator.locale = editorLocale(client, setting); // nothing is parsed yet
    });
    shared.lsp.LanguageServer.onInitialized(() => {
        const before = settingChanges;
        void configuration.getConfiguration(section, 'language').then(value => {
            if (settingChanges === before) { // a didChangeConfiguration that came first is newer
                setting = value;
                apply();
            }
        });
    });
    configuration.onConfigurationSectionUpdate(update => {
        if (update.section === section) {
            settingChanges++;
            setting = (update.configuration as { language?: unknown } | null | undefined)?.language;
            apply();
        }
    });
}

/**
 * Parses every document again and rebuilds it. Langium's builder skips parsing when a text is
 * unchanged, so the documents get their new parse results here, under the write lock. Only
 * documents the builder can read again are rebuilt: those open in the editor and files; not
 * the built-in vocabulary, which has no findings (and no file).
 */
function reparseAll(shared: LangiumSharedServices): void {
    void shared.workspace.WorkspaceLock.write(async token => {
        const open = shared.workspace.TextDocuments;
        const documents = shared.workspace.LangiumDocuments.all
            .filter(document => document.uri.scheme === 'file' || open?.get(document.uri.toString()) !== undefined)
            .toArray();
        for (const document of documents) {
            reparse(shared, document);
        }
        await shared.workspace.DocumentBuilder.update(documents.map(document => document.uri), [], token);
    }).catch(error => console.error('Could not check the documents again in the new language:', error));
}

function reparse(shared: LangiumSharedServices, document: LangiumDocument): void {
    if (document.state < DocumentState.Parsed) {
        return; // not parsed yet: the next build parses it in the new language
    }
    const parser = shared.ServiceRegistry.getServices(document.uri).parser.LangiumParser;
    const parseResult = parser.parse(document.textDocument.getText());
    (parseResult.value as { $document?: LangiumDocument }).$document = document; // as the document factory does
    document.parseResult = parseResult;
}
