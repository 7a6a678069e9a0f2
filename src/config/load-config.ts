// Reads and validates one configuration file. Every problem is located (file, line, column)
// and says what would be valid; the valid parts are still used, so the editor keeps working.
import { printParseErrorCode, visit } from 'jsonc-parser';
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair, type YAMLMap } from 'yaml';
import { findRule, rules } from '../rules/registry.js';
import { severitySettings, type OptionSpec, type Rule } from '../rules/rule.js';
import { dateProblem } from '../model/dates.js';
import { classificationMarkings, parseClassification } from '../model/classification.js';
import { list, locales, type Message, type MessageArgument } from '../i18n/messages.js';
import { parseLocale } from '../i18n/locale.js';
import { messages } from './config.messages.js';
import { closestMatch } from './suggest.js';
import { parseFileSize } from '../documents/file-size.js';
import { parseDocsBaseUrl } from './docs-base-url.js';
import { defaultSettings, type ConfigOverride, type ConfigProblem, type LoadedConfig, type ProjectConfig, type RulePatch, type RuleSetting } from './config.js';

/** Deeper than any configuration needs, and shallow enough that no parser runs out of stack. */
export const maxNestingDepth = 100;
/** Anchors may be reused, but not multiplied into a resource exhaustion attack. */
const maxAliasCount = 100;

export function parseConfig(file: string, text: string): LoadedConfig {
    const problems: ConfigProblem[] = [];
    const settings = defaultSettings();
    const config: ProjectConfig = { file, rules: settings };
    const isJson = file.endsWith('.json');
    const reportAt = (lines: () => LineCounter) => (offset: number | undefined, message: Message) => {
        const position = lines().linePos(offset ?? 0);
        problems.push({ file, line: position.line, column: position.col, message });
    };
    // Problems found before the yaml library reads the text are placed by lines counted once, when first needed.
    let textLines: LineCounter | undefined;
    const early = reportAt(() => textLines ??= linesOf(text));
    const tooDeep = nestingTooDeep(text, isJson);
    if (tooDeep !== undefined) {
        early(tooDeep, messages.message('tooDeep', { depth: maxNestingDepth }));
        return { config, problems };
    }
    const yamlText = isJson ? readJsonc(text, early) : text;
    if (problems.length > 0) {
        return { config, problems };
    }
    const lineCounter = new LineCounter();
    // Duplicate keys are found while reading, in linear time; the yaml library's own check compares every pair.
    const document = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: false });
    const at = reportAt(() => lineCounter);
    // The yaml library reports its own stack overflow, followed by the errors it caused: keep only the cause.
    const overflow = document.errors.find(error => /call stack/i.test(error.message));
    for (const error of overflow ? [overflow] : document.errors) {
        at(error.pos[0], error === overflow ? messages.message('nestedTooDeeply') : messages.message('notYaml', { code: error.code, detail: firstLine(error.message) }));
    }
    if (problems.length === 0 && document.contents !== null) {
        const reader: Reader = {
            report: at,
            resolve: node => (isAlias(node) ? node.resolve(document) ?? null : node),
            toJS: node => node?.toJS(document, { maxAliasCount })
        };
        try {
            readRoot(document.contents, config, settings, reader);
        } catch (error) {
            if (!(error instanceof RangeError)) {
                throw error;
            }
            at(0, messages.message('nestedTooDeeply'));
        }
    }
    return { config, problems };
}

/** JSON with comments and trailing commas, as editors write it, turned into YAML with the same offsets. */
function readJsonc(text: string, report: (offset: number, message: Message) => void): string {
    const parts: string[] = [];
    let copied = 0;
    visit(text, {
        onComment: (offset, length) => {
            // Blank the comment but keep its line breaks, so that lines and columns still match the file.
            parts.push(text.slice(copied, offset), text.slice(offset, offset + length).replace(/[^\r\n]/g, ' '));
            copied = offset + length;
        },
        onError: (error, offset) => report(offset, messages.message('notJson', { error: printParseErrorCode(error) }))
    }, { allowTrailingComma: true, disallowComments: false });
    parts.push(text.slice(copied));
    return parts.join('');
}

/** The offset at which `[` and `{` nest deeper than maxNestingDepth, outside strings and comments; one pass. */
function nestingTooDeep(text: string, isJson: boolean): number | undefined {
    let depth = 0;
    let quote: string | undefined;
    let previous = '\n';
    for (let index = 0; index < text.length; index++) {
        const character = text[index];
        if (quote !== undefined) {
            if (character === '\\' && quote === '"') {
                index++;
            } else if (character === quote) {
                quote = undefined;
            }
            continue;
        }
        if (character === '"' || (character === "'" && !isJson && /[\s[{,:]/.test(previous))) {
            quote = character;
        } else if ((character === '#' && !isJson && /\s/.test(previous)) || (isJson && text.startsWith('//', index))) {
            const end = text.indexOf('\n', index);
            index = end === -1 ? text.length : end;
        } else if (isJson && text.startsWith('/*', index)) {
            const end = text.indexOf('*/', index + 2);
            index = end === -1 ? text.length : end + 1;
        } else if (character === '[' || character === '{') {
            if (++depth > maxNestingDepth) {
                return index;
            }
        } else if (character === ']' || character === '}') {
            depth = Math.max(0, depth - 1);
        }
        previous = character;
    }
    return undefined;
}

/** The yaml library's line counter, filled for a text it has not read: each line starts after a `\n`. */
function linesOf(text: string): LineCounter {
    const lines = new LineCounter();
    lines.addNewLine(0);
    for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) {
        lines.addNewLine(index + 1);
    }
    return lines;
}


/** Reports located problems, and follows YAML aliases (`*name`) to what they stand for. */
interface Reader {
    report(offset: number | undefined, message: Message): void;
    resolve(node: Node | null): Node | null;
    toJS(node: Node | null): unknown;
}

function readRoot(root: Node, config: ProjectConfig, settings: Map<string, RuleSetting>, read: Reader): void {
    if (!isMap(root)) {
        read.report(root.range?.[0], messages.message('notAMapping'));
        return;
    }
    for (const { key, pair, value } of uniquePairs(root, read)) {
        if (key === 'rules') {
            readRules(value, id => settings.get(id)!, read);
        } else if (key === 'ignores') {
            config.ignores = readPatterns(value, offsetOf(pair.value ?? pair.key), 'ignoresNotAList', read);
        } else if (key === 'overrides') {
            config.overrides = readOverrides(value, offsetOf(pair.value ?? pair.key), read);
        } else if (key === 'maxFileSize') {
            const size = isScalar(value) ? parseFileSize(String(value.value)) : undefined;
            if (size === undefined) {
                read.report(offsetOf(pair.value ?? pair.key), messages.message('maxFileSize', { value: describeValue(value, read) }));
            } else {
                config.maxFileSize = size;
            }
        } else if (key === 'language') {
            readLanguage(value, offsetOf(pair.value ?? pair.key), config, read);
        } else if (key === 'defaultClassification') {
            const marking = isScalar(value) && typeof value.value === 'string' ? parseClassification(value.value) : undefined;
            if (marking) {
                config.defaultClassification = marking;
            } else {
                read.report(offsetOf(pair.value ?? pair.key), messages.message('defaultClassification', { value: describeValue(value, read), markings: list(classificationMarkings.map(known => `"${known}"`), 'comma') }));
            }
        } else if (key === 'docsBaseUrl') {
            const base = isScalar(value) ? parseDocsBaseUrl(value.value) : undefined;
            if (base) {
                config.docsBaseUrl = base;
            } else {
                read.report(offsetOf(pair.value ?? pair.key), messages.message('docsBaseUrl', { value: describeValue(value, read) }));
            }
        } else {
            read.report(offsetOf(pair.key), messages.message('unknownSetting', { key, hint: didYouMean(key, settingNames), keys: list(settingNames.map(name => `\`${name}\``), 'and') }));
        }
    }
}

/** A list of gitignore patterns; a pattern that is not a text is reported and left out. */
function readPatterns(node: Node | null, offset: number | undefined, notAList: 'ignoresNotAList' | 'overrideFiles', read: Reader): string[] {
    if (!isSeq(node)) {
        read.report(offset, messages.message(notAList));
        return [];
    }
    const patterns: string[] = [];
    for (const item of node.items) {
        const pattern = read.resolve(item as Node | null);
        if (isScalar(pattern) && typeof pattern.value === 'string' && pattern.value.trim() !== '') {
            patterns.push(pattern.value);
        } else {
            read.report(offsetOf(item) ?? offset, messages.message('pattern', { value: describeValue(pattern, read) }));
        }
    }
    return patterns;
}

/** `overrides: [{ files: [...], rules: {...} }]`, each read like the top-level `rules`. */
function readOverrides(node: Node | null, offset: number | undefined, read: Reader): ConfigOverride[] {
    if (!isSeq(node)) {
        read.report(offset, messages.message('overridesNotAList'));
        return [];
    }
    const overrides: ConfigOverride[] = [];
    for (const item of node.items) {
        const entry = read.resolve(item as Node | null);
        if (!isMap(entry)) {
            read.report(offsetOf(item) ?? offset, messages.message('overrideNotAMapping'));
            continue;
        }
        const patches = new Map<string, RulePatch>();
        let files: string[] | undefined;
        for (const { key, pair, value } of uniquePairs(entry, read)) {
            if (key === 'files') {
                files = readPatterns(value, offsetOf(pair.value ?? pair.key), 'overrideFiles', read);
                if (isSeq(value) && value.items.length === 0) {
                    read.report(offsetOf(value), messages.message('overrideFiles'));
                }
            } else if (key === 'rules') {
                readRules(value, id => patches.get(id) ?? patches.set(id, { options: {} }).get(id)!, read);
            } else {
                read.report(offsetOf(pair.key), messages.message('unknownOverrideKey', { key, hint: didYouMean(key, overrideKeys) }));
            }
        }
        if (files === undefined) {
            read.report(offsetOf(entry), messages.message('overrideFiles'));
        } else if (files.length > 0) {
            overrides.push({ files, rules: patches });
        }
    }
    return overrides;
}

const overrideKeys = ['files', 'rules'];

function readRules(node: Node | null, settingFor: (id: string) => RulePatch, read: Reader): void {
    // `rules:` with nothing after it (or only commented-out rules, as `provisio init` writes it) changes nothing.
    if (node === null || (isScalar(node) && node.value === null)) {
        return;
    }
    if (!isMap(node)) {
        read.report(offsetOf(node), messages.message('rulesNotAMapping'));
        return;
    }
    for (const { key: id, pair, value } of uniquePairs(node, read)) {
        const rule = findRule(id);
        if (!rule && id.startsWith('language/')) {
            read.report(offsetOf(pair.key), messages.message('languageNotARule', { id }));
            continue;
        }
        if (!rule) {
            read.report(offsetOf(pair.key), messages.message('unknownRule', { id, hint: didYouMean(id, rules.map(known => known.id)) }));
            continue;
        }
        readRuleSetting(rule, value, offsetOf(pair.value ?? pair.key), settingFor(id), read);
    }
}

function readRuleSetting(rule: Rule, node: Node | null, offset: number | undefined, setting: RulePatch, read: Reader): void {
    if (isScalar(node)) {
        readSeverity(rule, node, offset, setting, read);
        return;
    }
    if (!isMap(node)) {
        read.report(offset, messages.message('ruleSetting', { rule: rule.id, severities: list(severitySettings, 'comma') }));
        return;
    }
    const options: Record<string, unknown> = { ...setting.options };
    for (const { key: name, pair, value } of uniquePairs(node, read)) {
        const valueOffset = offsetOf(pair.value ?? pair.key);
        if (name === 'severity') {
            readSeverity(rule, value, valueOffset, setting, read);
            continue;
        }
        const spec = rule.options[name];
        if (!spec) {
            const known = Object.keys(rule.options);
            read.report(offsetOf(pair.key), known.length ? messages.message('noSuchOption', { rule: rule.id, name, options: list(known, 'comma') }) : messages.message('noOptions', { rule: rule.id, name }));
            continue;
        }
        let json: unknown;
        try {
            json = read.toJS(value);
        } catch (error) {
            read.report(valueOffset, messages.message('optionUnreadable', { name, rule: rule.id, error: (error as Error).message }));
            continue;
        }
        const problem = optionProblem(spec, value, json, name, rule.id);
        if (problem) {
            read.report(valueOffset, problem);
        } else {
            options[name] = json;
        }
    }
    setting.options = options;
}

/** The pairs of a mapping with their keys as text and aliases followed; a key given twice is reported and its later pairs skipped. One pass. */
function uniquePairs(map: YAMLMap, read: Reader): Array<{ key: string; pair: Pair; value: Node | null }> {
    const seen = new Set<string>();
    const unique: Array<{ key: string; pair: Pair; value: Node | null }> = [];
    for (const pair of map.items) {
        const key = keyOf(pair, read);
        if (seen.has(key)) {
            read.report(offsetOf(pair.key), messages.message('givenTwice', { key }));
            continue;
        }
        seen.add(key);
        unique.push({ key, pair, value: read.resolve(pair.value as Node | null) });
    }
    return unique;
}

function readSeverity(rule: Rule, node: Node | null, offset: number | undefined, setting: RulePatch, read: Reader): void {
    const value = isScalar(node) ? node.value : undefined;
    if (typeof value === 'string' && (severitySettings as readonly string[]).includes(value)) {
        setting.severity = value as RuleSetting['severity'];
    } else {
        read.report(offset, messages.message('severity', { rule: rule.id, severities: list(severitySettings, 'comma'), value: describeValue(node, read) }));
    }
}

function optionProblem(spec: OptionSpec, node: Node | null, value: unknown, name: string, rule: string): Message | undefined {
    const shown = node === null ? messages.message('value.nothing') : JSON.stringify(value);
    const problem = (key: 'option.integer' | 'option.boolean' | 'option.date' | 'option.choice' | 'option.list', data: Record<string, MessageArgument> = {}) =>
        messages.message(key, { name, rule, value: shown, ...data });
    switch (spec.type) {
        case 'integer':
            return Number.isInteger(value) && (value as number) >= spec.minimum ? undefined : problem('option.integer', { minimum: spec.minimum });
        case 'boolean':
            return typeof value === 'boolean' ? undefined : problem('option.boolean');
        case 'date': {
            if (typeof value !== 'string') {
                return problem('option.date');
            }
            const invalid = dateProblem(value);
            return invalid && messages.message('option.dateInvalid', { name, rule, problem: invalid });
        }
        case 'choice':
            return typeof value === 'string' && spec.values.includes(value) ? undefined : problem('option.choice', { choices: list(spec.values, 'comma') });
        case 'list':
            return isSeq(node) && (value as unknown[]).every(item => typeof item === 'string') ? undefined : problem('option.list');
    }
}

export const settingNames = ['rules', 'maxFileSize', 'language', 'defaultClassification', 'ignores', 'overrides', 'docsBaseUrl'];

/** `language: en` or `language: nl`; `nl_NL`, `NL` or a near miss is reported with what was meant. */
function readLanguage(node: Node | null, offset: number | undefined, config: ProjectConfig, read: Reader): void {
    const value = isScalar(node) ? node.value : undefined;
    if (typeof value === 'string' && (locales as readonly string[]).includes(value)) {
        config.language = value as ProjectConfig['language'];
        return;
    }
    const meant = typeof value === 'string' && value.trim() !== '' ? parseLocale(value) ?? closestMatch(value, locales) : undefined;
    read.report(offset, messages.message('language', { value: describeValue(node, read), hint: meant ? messages.message('didYouMean', { suggestion: meant }) : '' }));
}

function didYouMean(input: string, candidates: readonly string[]): MessageArgument {
    const suggestion = closestMatch(input, candidates);
    return suggestion ? messages.message('didYouMean', { suggestion }) : '';
}

function keyOf(pair: Pair, read: Reader): string {
    const key = read.resolve(pair.key as Node | null);
    return String(isScalar(key) ? key.value : key);
}

function offsetOf(node: unknown): number | undefined {
    return (node as Node | null)?.range?.[0];
}

function describeValue(node: Node | null, read: Reader): MessageArgument {
    if (node === null || node === undefined) {
        return messages.message('value.nothing');
    }
    try {
        return JSON.stringify(read.toJS(node));
    } catch {
        return messages.message('value.tooManyAliases');
    }
}

function firstLine(message: string): string {
    return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}
