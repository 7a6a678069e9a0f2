// Reads and validates one configuration file. Every problem is located (file, line, column)
// and says what would be valid; the valid parts are still used, so the editor keeps working.
import { printParseErrorCode, visit, type ParseErrorCode } from 'jsonc-parser';
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair, type YAMLMap } from 'yaml';
import { findRule, rules } from '../rules/registry.js';
import { severitySettings, type OptionSpec, type Rule } from '../rules/rule.js';
import { dateProblem } from '../model/dates.js';
import { Translator } from '../i18n/translator.js';
import { closestMatch } from './suggest.js';
import { parseFileSize } from '../documents/file-size.js';
import { defaultSettings, type ConfigProblem, type LoadedConfig, type ProjectConfig, type RuleSetting } from './config.js';

/** Deeper than any configuration needs, and shallow enough that no parser runs out of stack. */
export const maxNestingDepth = 100;
/** Anchors may be reused, but not multiplied into a resource exhaustion attack. */
const maxAliasCount = 100;

export function parseConfig(file: string, text: string): LoadedConfig {
    const problems: ConfigProblem[] = [];
    const settings = defaultSettings();
    const config: ProjectConfig = { file, rules: settings };
    const isJson = file.endsWith('.json');
    const early = (offset: number, message: string) => {
        const position = positionAt(text, offset);
        problems.push({ file, line: position.line, column: position.column, message });
    };
    const tooDeep = nestingTooDeep(text, isJson);
    if (tooDeep !== undefined) {
        early(tooDeep, `Nested more than ${maxNestingDepth} levels deep; a configuration needs no more than four.`);
        return { config, problems };
    }
    const yamlText = isJson ? readJsonc(text, early) : text;
    if (problems.length > 0) {
        return { config, problems };
    }
    const lineCounter = new LineCounter();
    // Duplicate keys are found while reading, in linear time; the yaml library's own check compares every pair.
    const document = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: false });
    const at = (offset: number | undefined, message: string) => {
        const position = lineCounter.linePos(offset ?? 0);
        problems.push({ file, line: position.line, column: position.col, message });
    };
    // The yaml library reports its own stack overflow, followed by the errors it caused: keep only the cause.
    const overflow = document.errors.find(error => /call stack/i.test(error.message));
    for (const error of overflow ? [overflow] : document.errors) {
        at(error.pos[0], error === overflow ? 'Nested too deeply to read.' : firstLine(error.message));
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
            at(0, 'Nested too deeply to read.');
        }
    }
    return { config, problems };
}

/** JSON with comments and trailing commas, as editors write it, turned into YAML with the same offsets. */
function readJsonc(text: string, report: (offset: number, message: string) => void): string {
    const parts: string[] = [];
    let copied = 0;
    visit(text, {
        onComment: (offset, length) => {
            // Blank the comment but keep its line breaks, so that lines and columns still match the file.
            parts.push(text.slice(copied, offset), text.slice(offset, offset + length).replace(/[^\r\n]/g, ' '));
            copied = offset + length;
        },
        onError: (error, offset) => report(offset, `Not valid JSON: ${jsonErrorMessage(error)}.`)
    }, { allowTrailingComma: true, disallowComments: false });
    parts.push(text.slice(copied));
    return parts.join('');
}

function jsonErrorMessage(error: ParseErrorCode): string {
    const name = printParseErrorCode(error);
    return name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
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

function positionAt(text: string, offset: number): { line: number; column: number } {
    let line = 1;
    let lineStart = 0;
    for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) {
        line++;
        lineStart = index + 1;
    }
    return { line, column: offset - lineStart + 1 };
}

/** Reports located problems, and follows YAML aliases (`*name`) to what they stand for. */
interface Reader {
    report(offset: number | undefined, message: string): void;
    resolve(node: Node | null): Node | null;
    toJS(node: Node | null): unknown;
}

function readRoot(root: Node, config: ProjectConfig, settings: Map<string, RuleSetting>, read: Reader): void {
    if (!isMap(root)) {
        read.report(root.range?.[0], 'The configuration must be a mapping with a `rules` key.');
        return;
    }
    for (const { key, pair, value } of uniquePairs(root, read)) {
        if (key === 'rules') {
            readRules(value, settings, read);
        } else if (key === 'maxFileSize') {
            const size = isScalar(value) ? parseFileSize(String(value.value)) : undefined;
            if (size === undefined) {
                read.report(offsetOf(pair.value ?? pair.key), `\`maxFileSize\` must be a size such as 20MB, 500KB or a number of bytes, not ${describeValue(value, read)}.`);
            } else {
                config.maxFileSize = size;
            }
        } else {
            read.report(offsetOf(pair.key), `Unknown setting \`${key}\`. The configuration has two keys: \`rules\` and \`maxFileSize\`.`);
        }
    }
}

function readRules(node: Node | null, settings: Map<string, RuleSetting>, read: Reader): void {
    if (node === null) {
        return;
    }
    if (!isMap(node)) {
        read.report(offsetOf(node), '`rules` must map rule ids to a severity or to `{ severity, <options> }`.');
        return;
    }
    for (const { key: id, pair, value } of uniquePairs(node, read)) {
        const rule = findRule(id);
        if (!rule && id.startsWith('language/')) {
            read.report(offsetOf(pair.key), `\`${id}\` is not a rule: problems with the text itself are always errors and cannot be configured.`);
            continue;
        }
        if (!rule) {
            const suggestion = closestMatch(id, rules.map(known => known.id));
            read.report(offsetOf(pair.key), `Unknown rule \`${id}\`.${suggestion ? ` Did you mean \`${suggestion}\`?` : ''} Run \`provisio rules\` to list the rules.`);
            continue;
        }
        readRuleSetting(rule, value, offsetOf(pair.value ?? pair.key), settings.get(id)!, read);
    }
}

function readRuleSetting(rule: Rule, node: Node | null, offset: number | undefined, setting: RuleSetting, read: Reader): void {
    if (isScalar(node)) {
        readSeverity(rule, node, offset, setting, read);
        return;
    }
    if (!isMap(node)) {
        read.report(offset, `\`${rule.id}\` takes a severity (${severitySettings.join(', ')}) or a mapping with \`severity\` and the rule's options.`);
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
            read.report(offsetOf(pair.key), `\`${rule.id}\` has no option \`${name}\`. ${known.length ? `Its options are: ${known.join(', ')}.` : 'It takes no options, only `severity`.'}`);
            continue;
        }
        let json: unknown;
        try {
            json = read.toJS(value);
        } catch (error) {
            read.report(valueOffset, `Option \`${name}\` of \`${rule.id}\` cannot be read: ${(error as Error).message}.`);
            continue;
        }
        const problem = optionProblem(spec, value, json);
        if (problem) {
            read.report(valueOffset, `Option \`${name}\` of \`${rule.id}\` ${problem}.`);
        } else {
            options[name] = json;
        }
    }
    setting.options = options as RuleSetting['options'];
}

/** The pairs of a mapping with their keys as text and aliases followed; a key given twice is reported and its later pairs skipped. One pass. */
function uniquePairs(map: YAMLMap, read: Reader): Array<{ key: string; pair: Pair; value: Node | null }> {
    const seen = new Set<string>();
    const unique: Array<{ key: string; pair: Pair; value: Node | null }> = [];
    for (const pair of map.items) {
        const key = keyOf(pair, read);
        if (seen.has(key)) {
            read.report(offsetOf(pair.key), `\`${key}\` is given twice in this mapping; keep one.`);
            continue;
        }
        seen.add(key);
        unique.push({ key, pair, value: read.resolve(pair.value as Node | null) });
    }
    return unique;
}

function readSeverity(rule: Rule, node: Node | null, offset: number | undefined, setting: RuleSetting, read: Reader): void {
    const value = isScalar(node) ? node.value : undefined;
    if (typeof value === 'string' && (severitySettings as readonly string[]).includes(value)) {
        setting.severity = value as RuleSetting['severity'];
    } else {
        read.report(offset, `Severity of \`${rule.id}\` must be one of ${severitySettings.join(', ')}, not ${describeValue(node, read)}.`);
    }
}

function optionProblem(spec: OptionSpec, node: Node | null, value: unknown): string | undefined {
    const shown = node === null ? 'nothing' : JSON.stringify(value);
    switch (spec.type) {
        case 'integer':
            return Number.isInteger(value) && (value as number) >= spec.minimum ? undefined : `must be a whole number of at least ${spec.minimum}, not ${shown}`;
        case 'boolean':
            return typeof value === 'boolean' ? undefined : `must be true or false, not ${shown}`;
        case 'date':
            if (typeof value !== 'string') {
                return `must be a date written YYYY-MM-DD, not ${shown}`;
            }
            const problem = dateProblem(value);
            // TRANSITION: configuration problems become messages with the CLI's catalogue.
            return problem && `must be a date written YYYY-MM-DD; ${new Translator('en').format(problem).replace(/\.$/, '')}`;
        case 'choice':
            return typeof value === 'string' && spec.values.includes(value) ? undefined : `must be one of ${spec.values.join(', ')}, not ${shown}`;
        case 'list':
            return isSeq(node) && (value as unknown[]).every(item => typeof item === 'string') ? undefined : `must be a list of texts, not ${shown}`;
    }
}

function keyOf(pair: Pair, read: Reader): string {
    const key = read.resolve(pair.key as Node | null);
    return String(isScalar(key) ? key.value : key);
}

function offsetOf(node: unknown): number | undefined {
    return (node as Node | null)?.range?.[0];
}

function describeValue(node: Node | null, read: Reader): string {
    if (node === null || node === undefined) {
        return 'nothing';
    }
    try {
        return JSON.stringify(read.toJS(node));
    } catch {
        return 'a value with too many aliases';
    }
}

function firstLine(message: string): string {
    return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}
