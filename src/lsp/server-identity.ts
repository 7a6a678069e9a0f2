// What the server tells the client about itself: its name and version in the initialize
// result (editors show them in their logs and status), and configuration changes it follows
// without asking to register for them where the client cannot register dynamically. Every
// client sends workspace/didChangeConfiguration; registering dynamically with a client that
// did not offer it makes Emacs (eglot) warn about an unsupported registration.
import { DefaultConfigurationProvider, type ConfigurationInitializedParams } from 'langium';
import { DefaultLanguageServer } from 'langium/lsp';
import type { InitializeParams, InitializeResult } from 'vscode-languageserver';

declare const PROVISIO_VERSION: string;

export const serverName = 'provisio';

/** The version the bundle was built as; 'development' when run from source. */
export function serverVersion(): string {
    return typeof PROVISIO_VERSION === 'string' ? PROVISIO_VERSION : 'development';
}

export class ProvisioLanguageServer extends DefaultLanguageServer {
    protected override buildInitializeResult(params: InitializeParams): InitializeResult {
        return { ...super.buildInitializeResult(params), serverInfo: { name: serverName, version: serverVersion() } };
    }
}

export class ProvisioConfigurationProvider extends DefaultConfigurationProvider {
    private dynamicRegistration = false;

    override initialize(params: InitializeParams): void {
        super.initialize(params);
        this.dynamicRegistration = params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    }

    override initialized(params: ConfigurationInitializedParams): Promise<void> {
        return super.initialized(this.dynamicRegistration ? params : { ...params, register: undefined });
    }
}
