// Finds the configuration for a file: the nearest `provisio.config.{yaml,yml,json}` in its
// folder or any folder above it. Lookups are cached per folder, so checking many files
// reads each configuration once.
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { configFileNames, defaultConfig, type LoadedConfig, type ProjectConfig } from './config.js';
import { parseConfig } from './load-config.js';

const noConfig: LoadedConfig = { config: defaultConfig, problems: [] };

export class ConfigResolver {
    private readonly fileForFolder = new Map<string, string | undefined>();
    private readonly loaded = new Map<string, LoadedConfig>();
    private fixed: LoadedConfig | undefined;

    /** Use one configuration for every file, as `provisio check --config <file>` does. */
    useFile(file: string): LoadedConfig {
        this.fixed = this.load(file);
        return this.fixed;
    }

    fixedConfig(): ProjectConfig | undefined {
        return this.fixed?.config;
    }

    forFile(file: string): LoadedConfig {
        if (this.fixed) {
            return this.fixed;
        }
        const configFile = this.configFileIn(dirname(file));
        return configFile ? this.load(configFile) : noConfig;
    }

    /** Forget everything read, after a configuration file changed. */
    clear(): void {
        this.fileForFolder.clear();
        this.loaded.clear();
        if (this.fixed?.config.file) {
            this.fixed = this.load(this.fixed.config.file);
        }
    }

    private configFileIn(folder: string): string | undefined {
        if (this.fileForFolder.has(folder)) {
            return this.fileForFolder.get(folder);
        }
        const here = configFileNames.map(name => join(folder, name)).find(candidate => existsSync(candidate));
        const parent = dirname(folder);
        const found = here ?? (parent === folder ? undefined : this.configFileIn(parent));
        this.fileForFolder.set(folder, found);
        return found;
    }

    private load(file: string): LoadedConfig {
        let loaded = this.loaded.get(file);
        if (!loaded) {
            loaded = readConfigFile(file);
            this.loaded.set(file, loaded);
        }
        return loaded;
    }
}

function readConfigFile(file: string): LoadedConfig {
    let text: string;
    try {
        text = readFileSync(file, 'utf8');
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        const reason = code === 'ENOENT' ? 'the file does not exist' : code === 'EISDIR' ? 'it is a folder, not a file' : (error as Error).message;
        return { config: defaultConfig, problems: [{ file, line: 1, column: 1, message: `Cannot read configuration: ${reason}.` }] };
    }
    const loaded = parseConfig(file, text);
    const siblings = configFileNames.map(name => join(dirname(file), name)).filter(candidate => candidate !== file && existsSync(candidate));
    for (const sibling of siblings) {
        loaded.problems.push({ file, line: 1, column: 1, message: `${basename(sibling)} is also in this folder and is ignored; ${basename(file)} is read. Keep one configuration file per folder.` });
    }
    return loaded;
}
