// Which files `ignores` and `overrides` of a configuration apply to. Patterns are gitignore
// patterns relative to the configuration's folder, matched by the `ignore` library (the same
// rules git uses: `drafts/` or `drafts/**` takes a folder, `*.draft.provisio` matches at any
// depth, `!keep.provisio` takes one back).
import { dirname, isAbsolute, relative, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import type { ProjectConfig, RulePatch, RuleSetting } from './config.js';

export type PathMatcher = (file: string) => boolean;

/** Whether a file matches gitignore `patterns` read relative to `folder`; files outside the folder never match. */
export function gitignoreMatcher(patterns: readonly string[], folder: string): PathMatcher {
    if (patterns.length === 0) {
        return () => false;
    }
    const matcher: Ignore = ignore({ ignorecase: false }).add([...patterns]);
    return file => {
        const path = relativeInside(folder, file);
        return path !== undefined && matcher.ignores(path);
    };
}

/** The path of `file` below `folder`, with forward slashes; undefined when it is not below it. */
export function relativeInside(folder: string, file: string): string | undefined {
    const path = relative(folder, file);
    if (path === '' || path.startsWith('..') || isAbsolute(path)) {
        return undefined;
    }
    return sep === '/' ? path : path.split(sep).join('/');
}

interface CompiledPatterns {
    ignored: PathMatcher;
    overrides: PathMatcher[];
}

const compiled = new WeakMap<ProjectConfig, CompiledPatterns>();

function patternsOf(config: ProjectConfig): CompiledPatterns {
    let patterns = compiled.get(config);
    if (!patterns) {
        const folder = config.file ? dirname(config.file) : process.cwd();
        patterns = {
            ignored: gitignoreMatcher(config.ignores ?? [], folder),
            overrides: (config.overrides ?? []).map(override => gitignoreMatcher(override.files, folder))
        };
        compiled.set(config, patterns);
    }
    return patterns;
}

/** Whether the configuration's `ignores` leave the file unchecked. */
export function isIgnored(config: ProjectConfig, file: string): boolean {
    return patternsOf(config).ignored(file);
}

/** The indexes of the overrides whose `files` match the file, in the order they apply. */
export function matchingOverrides(config: ProjectConfig, file: string): number[] {
    return patternsOf(config).overrides.flatMap((matches, index) => (matches(file) ? [index] : []));
}

/**
 * The configuration as it applies to one file: the overrides matching it applied over `rules`
 * in order, then the command line's `--rule` settings over everything.
 */
export function configForFile(config: ProjectConfig, file: string, commandLine: ReadonlyMap<string, RulePatch> = new Map()): ProjectConfig {
    const patches = matchingOverrides(config, file).flatMap(index => [...config.overrides![index].rules]);
    patches.push(...commandLine);
    if (patches.length === 0) {
        return config;
    }
    const rules = new Map(config.rules);
    for (const [id, patch] of patches) {
        const setting = rules.get(id);
        if (setting) {
            rules.set(id, applyPatch(setting, patch));
        }
    }
    return { ...config, rules };
}

function applyPatch(setting: RuleSetting, patch: RulePatch): RuleSetting {
    return {
        severity: patch.severity ?? setting.severity,
        options: { ...setting.options, ...patch.options } as RuleSetting['options']
    };
}
