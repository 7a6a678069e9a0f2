// Finds the configuration for a file: the nearest `provisio.config.{yaml,yml,json}` in its
// folder or a folder above it. The search stops at the repository root (a folder holding
// `.git`) and at the editor's workspace folders, so that a stray configuration in a shared
// folder above a project cannot change its rules. Lookups are cached per folder, so checking
// many files reads each configuration once.
import { basename, dirname, join, resolve } from 'node:path';
import { nodeConfigFileAccess, type ConfigFileAccess } from './config-files.js';
import { configFileNames, defaultConfig, type LoadedConfig, type ProjectConfig, type RulePatch } from './config.js';
import { configForFile, isIgnored } from './file-patterns.js';
import { messages } from './config.messages.js';
import { parseConfig } from './load-config.js';

const noConfig: LoadedConfig = { config: defaultConfig, problems: [] };

export class ConfigResolver {
    private readonly fileForFolder = new Map<string, string | undefined>();
    private readonly loaded = new Map<string, LoadedConfig>();
    private fixed: LoadedConfig | undefined;
    private readonly boundaries = new Set<string>();
    private readonly perFile = new Map<string, ProjectConfig>();
    private readonly ignoredFiles = new Map<string, boolean>();
    private commandLine: ReadonlyMap<string, RulePatch> = new Map();

    constructor(private readonly files: ConfigFileAccess = nodeConfigFileAccess) {}

    /** Never search above these folders (the editor's workspace folders). */
    stopAt(folders: readonly string[]): void {
        this.boundaries.clear();
        for (const folder of folders) {
            this.boundaries.add(resolve(folder));
        }
        this.fileForFolder.clear();
        this.forgetFiles();
    }

    /** Use one configuration for every file, as `provisio check --config <file>` does. */
    useFile(file: string): LoadedConfig {
        this.fixed = this.load(file);
        this.forgetFiles();
        return this.fixed;
    }

    /** Back to the nearest configuration of each file, after `useFile`. */
    useNearest(): void {
        this.fixed = undefined;
        this.forgetFiles();
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

    /** Rule settings from the command line (`--rule id=severity`), applied over every configuration and override. */
    setCommandLineRules(rules: ReadonlyMap<string, RulePatch>): void {
        this.commandLine = rules;
        this.forgetFiles();
    }

    /** The configuration as it applies to this file: its overrides and the command line's rules applied. */
    effectiveFor(file: string): ProjectConfig {
        let config = this.perFile.get(file);
        if (!config) {
            config = configForFile(this.forFile(file).config, file, this.commandLine);
            this.perFile.set(file, config);
        }
        return config;
    }

    /** Whether the `ignores` of the file's configuration leave it unchecked. */
    isIgnored(file: string): boolean {
        let ignored = this.ignoredFiles.get(file);
        if (ignored === undefined) {
            ignored = isIgnored(this.forFile(file).config, file);
            this.ignoredFiles.set(file, ignored);
        }
        return ignored;
    }

    /** Forget everything read, after a configuration file changed. */
    clear(): void {
        this.fileForFolder.clear();
        this.loaded.clear();
        this.forgetFiles();
        if (this.fixed?.config.file) {
            this.fixed = this.load(this.fixed.config.file);
        }
    }

    /** Rules are asked for once per checked node: what applies to each file is kept until something changes. */
    private forgetFiles(): void {
        this.perFile.clear();
        this.ignoredFiles.clear();
    }

    private configFileIn(folder: string): string | undefined {
        if (this.fileForFolder.has(folder)) {
            return this.fileForFolder.get(folder);
        }
        const here = configFileNames.map(name => join(folder, name)).find(candidate => this.files.exists(candidate));
        const parent = dirname(folder);
        const isTop = parent === folder || this.boundaries.has(folder) || this.files.exists(join(folder, '.git'));
        const found = here ?? (isTop ? undefined : this.configFileIn(parent));
        this.fileForFolder.set(folder, found);
        return found;
    }

    private load(file: string): LoadedConfig {
        let loaded = this.loaded.get(file);
        if (!loaded) {
            loaded = readConfigFile(file, this.files);
            this.loaded.set(file, loaded);
        }
        return loaded;
    }
}

function readConfigFile(file: string, files: ConfigFileAccess): LoadedConfig {
    const { text, problem } = files.read(file);
    if (problem) {
        return { config: defaultConfig, problems: [{ file, line: 1, column: 1, message: messages.message('cannotRead', { reason: problem.reason }) }] };
    }
    const loaded = parseConfig(file, text);
    const siblings = configFileNames.map(name => join(dirname(file), name)).filter(candidate => candidate !== file && files.exists(candidate));
    for (const sibling of siblings) {
        loaded.problems.push({ file, line: 1, column: 1, message: messages.message('siblingIgnored', { sibling: basename(sibling), file: basename(file) }) });
    }
    return loaded;
}
