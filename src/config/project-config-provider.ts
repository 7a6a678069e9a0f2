import type { URI } from 'langium';
import { defaultConfig, type ProjectConfig, type RuleSetting } from './config.js';
import { ConfigResolver } from './resolve-config.js';

/**
 * The configuration that applies to a document, with the overrides matching its path; the CLI
 * and the editor both read it here, so both apply `ignores` and `overrides` alike. A file the
 * configuration ignores gets every rule switched off. Documents that are not files get the defaults.
 */
export class ProjectConfigProvider {
    readonly resolver = new ConfigResolver();
    private readonly ignoredConfigs = new WeakMap<ProjectConfig, ProjectConfig>();

    forDocument(uri: URI): ProjectConfig {
        if (uri.scheme !== 'file') {
            return this.resolver.fixedConfig() ?? defaultConfig;
        }
        const config = this.resolver.effectiveFor(uri.fsPath);
        return this.resolver.isIgnored(uri.fsPath) ? this.allRulesOff(config) : config;
    }

    /** Whether the document's configuration leaves it unchecked. */
    isIgnored(uri: URI): boolean {
        return uri.scheme === 'file' && this.resolver.isIgnored(uri.fsPath);
    }

    private allRulesOff(config: ProjectConfig): ProjectConfig {
        let off = this.ignoredConfigs.get(config);
        if (!off) {
            off = { ...config, rules: new Map([...config.rules].map(([id, setting]): [string, RuleSetting] => [id, { ...setting, severity: 'off' }])) };
            this.ignoredConfigs.set(config, off);
        }
        return off;
    }
}
