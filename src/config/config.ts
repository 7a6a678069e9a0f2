// A project's configuration: a severity and options for every rule in the registry.
import type { Locale, Message } from '../i18n/messages.js';
import { rules } from '../rules/registry.js';
import { defaultOptions, type OptionSpecs, type OptionValues, type SeveritySetting } from '../rules/rule.js';

export { configFileNames } from './config-files.js';

export interface RuleSetting {
    severity: SeveritySetting;
    options: OptionValues<OptionSpecs>;
}

export interface ProjectConfig {
    /** The file it was read from; absent for the defaults. */
    file?: string;
    rules: ReadonlyMap<string, RuleSetting>;
    /** The largest .provisio file read, in bytes; absent for the default. */
    maxFileSize?: number;
    /** The language of messages, when the configuration sets one. */
    language?: Locale;
    /** The marking `provisio summary` assumes for a file that has none; without it such a file is an error there. */
    defaultClassification?: string;
    /** Where rule pages are linked to (a URL ending in `/` under which `docs/rules/…` lies); absent: the installed package's own pages. */
    docsBaseUrl?: string;
    /** Files not checked, as gitignore patterns relative to the configuration's folder. */
    ignores?: readonly string[];
    /** Rule settings for some files; a later override wins over an earlier one. */
    overrides?: readonly ConfigOverride[];
}

/** What an override or the command line changes about a rule: its severity, some options, or both. */
export interface RulePatch {
    severity?: SeveritySetting;
    options: Record<string, unknown>;
}

/** Rule settings for the files matching `files` (gitignore patterns relative to the configuration's folder). */
export interface ConfigOverride {
    files: readonly string[];
    rules: ReadonlyMap<string, RulePatch>;
}

/** A located problem in a configuration file. Lines and columns count from 1. */
export interface ConfigProblem {
    file: string;
    line: number;
    column: number;
    message: Message;
}

export interface LoadedConfig {
    config: ProjectConfig;
    problems: ConfigProblem[];
}

/**
 * The problems of each configuration once, in the order the configurations come. Many files
 * share one configuration: their problems are put into words once, not once per file.
 */
export function problemsOfConfigs(configs: Iterable<LoadedConfig>): ConfigProblem[] {
    return [...new Set(configs)].flatMap(loaded => loaded.problems);
}

export function defaultSettings(): Map<string, RuleSetting> {
    return new Map(rules.map(rule => [rule.id, { severity: rule.defaultSeverity, options: defaultOptions(rule) }]));
}

export const defaultConfig: ProjectConfig = { rules: defaultSettings() };
