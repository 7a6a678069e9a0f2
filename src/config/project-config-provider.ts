import type { URI } from 'langium';
import { defaultConfig, type ProjectConfig } from './config.js';
import { ConfigResolver } from './resolve-config.js';

/** The configuration that applies to a document. Documents that are not files get the defaults. */
export class ProjectConfigProvider {
    readonly resolver = new ConfigResolver();

    forDocument(uri: URI): ProjectConfig {
        return uri.scheme === 'file' ? this.resolver.forFile(uri.fsPath).config : this.resolver.fixedConfig() ?? defaultConfig;
    }
}
