// `--print-config FILE`: the configuration that applies to one file, as JSON, so that a user
// can see which configuration file, overrides and command-line rules decide its rules.
import { relative } from 'node:path';
import type { ProjectConfig } from '../config/config.js';
import { matchingOverrides } from '../config/file-patterns.js';
import type { ConfigResolver } from '../config/resolve-config.js';

export interface PrintedConfig {
    /** The file asked about, relative to the working folder. */
    file: string;
    /** The configuration file read for it, relative to the working folder; null when none applies. */
    configFile: string | null;
    /** Whether the configuration's `ignores` leave the file unchecked. */
    ignored: boolean;
    language?: string;
    maxFileSize?: number;
    defaultClassification?: string;
    ignores: readonly string[];
    /** The overrides that apply to the file, in the order they are applied. */
    overrides: Array<{ index: number; files: readonly string[] }>;
    rules: Record<string, { severity: string; options: Record<string, unknown> }>;
}

export function effectiveConfigOf(file: string, resolver: ConfigResolver, cwd = process.cwd()): PrintedConfig {
    const base: ProjectConfig = resolver.forFile(file).config;
    const effective = resolver.effectiveFor(file);
    const shown = (path: string) => relative(cwd, path) || path;
    return {
        file: shown(file),
        configFile: base.file ? shown(base.file) : null,
        ignored: resolver.isIgnored(file),
        ...(base.language ? { language: base.language } : {}),
        ...(base.maxFileSize !== undefined ? { maxFileSize: base.maxFileSize } : {}),
        ...(base.defaultClassification ? { defaultClassification: base.defaultClassification } : {}),
        ignores: base.ignores ?? [],
        overrides: matchingOverrides(base, file).map(index => ({ index, files: base.overrides![index].files })),
        rules: Object.fromEntries([...effective.rules].map(([id, setting]) => [id, { severity: setting.severity, options: { ...setting.options } }]))
    };
}
