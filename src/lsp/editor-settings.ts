// The editor settings the server follows, in the `provisio` section that every client can send
// (VS Code's settings, `settings = { provisio = … }` in Neovim, eglot's workspace configuration):
// `codeLens.enabled`, `inlayHints.riskProfile` and `configFile`, a configuration file used for
// every document instead of the nearest provisio.config.* (as `provisio check --config` does).
import { isAbsolute, join } from 'node:path';
import { URI, type LangiumDocument } from 'langium';
import type { CodeLensProvider, InlayHintProvider, LangiumSharedServices } from 'langium/lsp';
import type { CodeLens, InlayHint, InlayHintParams } from 'vscode-languageserver';
import type { ProvisioServices } from '../language/provisio-module.js';
import { ProvisioCodeLensProvider, ProvisioInlayHintProvider } from './lenses-and-hints.js';
import { revalidate } from './revalidate.js';

const section = 'provisio';

interface ProvisioSettings {
    codeLens?: { enabled?: unknown };
    inlayHints?: { riskProfile?: unknown };
    configFile?: unknown;
}

async function settings(services: ProvisioServices): Promise<ProvisioSettings> {
    const configuration = services.shared.workspace.ConfigurationProvider;
    const read = async (name: keyof ProvisioSettings) => configuration.getConfiguration(section, name) as Promise<unknown>;
    return { codeLens: await read('codeLens') as ProvisioSettings['codeLens'], inlayHints: await read('inlayHints') as ProvisioSettings['inlayHints'] };
}

export class ConfigurableCodeLensProvider implements CodeLensProvider {
    private readonly lenses: ProvisioCodeLensProvider;

    constructor(private readonly provisio: ProvisioServices) {
        this.lenses = new ProvisioCodeLensProvider(provisio);
    }

    async provideCodeLens(document: LangiumDocument): Promise<CodeLens[]> {
        return (await settings(this.provisio)).codeLens?.enabled === false ? [] : this.lenses.provideCodeLens(document);
    }
}

export class ConfigurableInlayHintProvider implements InlayHintProvider {
    private readonly hints: ProvisioInlayHintProvider;

    constructor(private readonly provisio: ProvisioServices) {
        this.hints = new ProvisioInlayHintProvider(provisio);
    }

    async getInlayHints(document: LangiumDocument, params: InlayHintParams): Promise<InlayHint[]> {
        return (await settings(this.provisio)).inlayHints?.riskProfile === false ? [] : this.hints.getInlayHints(document, params);
    }
}

/** The configuration file named by `provisio.configFile`, relative to the first workspace folder; undefined for none. */
export function configFileSetting(value: unknown, folders: readonly string[]): string | undefined {
    if (typeof value !== 'string' || value.trim() === '') {
        return undefined;
    }
    const file = value.trim();
    return isAbsolute(file) || folders.length === 0 ? file : join(folders[0], file);
}

export function followConfigFileSetting(shared: LangiumSharedServices, provisio: ProvisioServices): void {
    const resolver = provisio.config.ProjectConfig.resolver;
    const configuration = shared.workspace.ConfigurationProvider;
    let folders: string[] = [];
    let current: string | undefined;
    const apply = (value: unknown) => {
        const file = configFileSetting(value, folders);
        if (file === current) {
            return;
        }
        current = file;
        if (file) {
            resolver.useFile(file);
        } else {
            resolver.useNearest();
        }
        revalidate(shared, shared.workspace.LangiumDocuments.all);
    };
    shared.lsp.LanguageServer.onInitialize(params => {
        folders = (params.workspaceFolders?.map(folder => folder.uri) ?? (params.rootUri ? [params.rootUri] : [])).map(uri => URI.parse(uri).fsPath);
    });
    shared.lsp.LanguageServer.onInitialized(() => {
        void configuration.getConfiguration(section, 'configFile').then(apply);
    });
    configuration.onConfigurationSectionUpdate(update => {
        if (update.section === section) {
            apply((update.configuration as ProvisioSettings | null | undefined)?.configFile);
        }
    });
}
