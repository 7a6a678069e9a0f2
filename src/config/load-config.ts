// Reads and validates one configuration file. Every problem is located (file, line, column)
// and says what would be valid; the valid parts are still used, so the editor keeps working.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair } from 'yaml';
import { findRule, rules } from '../rules/registry.js';
import { severitySettings, type OptionSpec, type Rule } from '../rules/rule.js';
import { dateProblem } from '../model/dates.js';
import { closestMatch } from './suggest.js';
import { parseFileSize } from '../documents/file-size.js';
import { defaultSettings, type ConfigProblem, type LoadedConfig, type ProjectConfig, type RuleSetting } from './config.js';

export function parseConfig(file: string, text: string): LoadedConfig {
    const lineCounter = new LineCounter();
    const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    const problems: ConfigProblem[] = [];
    const at = (offset: number | undefined, message: string) => {
        const position = lineCounter.linePos(offset ?? 0);
        problems.push({ file, line: position.line, column: position.col, message });
    };
    const settings = defaultSettings();
    const config: ProjectConfig = { file, rules: settings };
    for (const error of document.errors) {
        at(error.pos[0], firstLine(error.message));
    }
    if (problems.length === 0 && document.contents !== null) {
        readRoot(document.contents, config, settings, at);
    }
    return { config, problems };
}

type Report = (offset: number | undefined, message: string) => void;

function readRoot(root: Node, config: ProjectConfig, settings: Map<string, RuleSetting>, report: Report): void {
    if (!isMap(root)) {
        report(root.range?.[0], 'The configuration must be a mapping with a `rules` key.');
        return;
    }
    for (const pair of root.items) {
        const key = keyOf(pair);
        if (key === 'rules') {
            readRules(pair.value as Node | null, settings, report);
        } else if (key === 'maxFileSize') {
            const value = pair.value as Node | null;
            const size = isScalar(value) ? parseFileSize(String(value.value)) : undefined;
            if (size === undefined) {
                report(offsetOf(value ?? pair.key), `\`maxFileSize\` must be a size such as 20MB, 500KB or a number of bytes, not ${describeValue(value)}.`);
            } else {
                config.maxFileSize = size;
            }
        } else {
            report(offsetOf(pair.key), `Unknown setting \`${key}\`. The configuration has two keys: \`rules\` and \`maxFileSize\`.`);
        }
    }
}

function readRules(node: Node | null, settings: Map<string, RuleSetting>, report: Report): void {
    if (node === null) {
        return;
    }
    if (!isMap(node)) {
        report(offsetOf(node), '`rules` must map rule ids to a severity or to `{ severity, <options> }`.');
        return;
    }
    for (const pair of node.items) {
        const id = keyOf(pair);
        const rule = findRule(id);
        if (!rule && id.startsWith('language/')) {
            report(offsetOf(pair.key), `\`${id}\` is not a rule: problems with the text itself are always errors and cannot be configured.`);
            continue;
        }
        if (!rule) {
            const suggestion = closestMatch(id, rules.map(known => known.id));
            report(offsetOf(pair.key), `Unknown rule \`${id}\`.${suggestion ? ` Did you mean \`${suggestion}\`?` : ''} Run \`provisio rules\` to list the rules.`);
            continue;
        }
        readRuleSetting(rule, pair.value as Node | null, settings.get(id)!, report);
    }
}

function readRuleSetting(rule: Rule, node: Node | null, setting: RuleSetting, report: Report): void {
    if (isScalar(node)) {
        readSeverity(rule, node, setting, report);
        return;
    }
    if (!isMap(node)) {
        report(offsetOf(node), `\`${rule.id}\` takes a severity (${severitySettings.join(', ')}) or a mapping with \`severity\` and the rule's options.`);
        return;
    }
    const options: Record<string, unknown> = { ...setting.options };
    for (const pair of node.items) {
        const name = keyOf(pair);
        const value = pair.value as Node | null;
        if (name === 'severity') {
            readSeverity(rule, value, setting, report);
            continue;
        }
        const spec = rule.options[name];
        if (!spec) {
            const known = Object.keys(rule.options);
            report(offsetOf(pair.key), `\`${rule.id}\` has no option \`${name}\`. ${known.length ? `Its options are: ${known.join(', ')}.` : 'It takes no options, only `severity`.'}`);
            continue;
        }
        const problem = optionProblem(spec, value);
        if (problem) {
            report(offsetOf(value ?? pair.key), `Option \`${name}\` of \`${rule.id}\` ${problem}.`);
        } else {
            options[name] = (value as Node).toJSON();
        }
    }
    setting.options = options as RuleSetting['options'];
}

function readSeverity(rule: Rule, node: Node | null, setting: RuleSetting, report: Report): void {
    const value = isScalar(node) ? node.value : undefined;
    if (typeof value === 'string' && (severitySettings as readonly string[]).includes(value)) {
        setting.severity = value as RuleSetting['severity'];
    } else {
        report(offsetOf(node), `Severity of \`${rule.id}\` must be one of ${severitySettings.join(', ')}, not ${describeValue(node)}.`);
    }
}

function optionProblem(spec: OptionSpec, node: Node | null): string | undefined {
    const value = node?.toJSON() as unknown;
    switch (spec.type) {
        case 'integer':
            return Number.isInteger(value) && (value as number) >= spec.minimum ? undefined : `must be a whole number of at least ${spec.minimum}, not ${describeValue(node)}`;
        case 'boolean':
            return typeof value === 'boolean' ? undefined : `must be true or false, not ${describeValue(node)}`;
        case 'date':
            if (typeof value !== 'string') {
                return `must be a date written YYYY-MM-DD, not ${describeValue(node)}`;
            }
            const problem = dateProblem(value);
            return problem && `must be a date written YYYY-MM-DD; ${problem.replace(/\.$/, '')}`;
        case 'choice':
            return typeof value === 'string' && spec.values.includes(value) ? undefined : `must be one of ${spec.values.join(', ')}, not ${describeValue(node)}`;
        case 'list':
            return isSeq(node) && (value as unknown[]).every(item => typeof item === 'string') ? undefined : `must be a list of texts, not ${describeValue(node)}`;
    }
}

function keyOf(pair: Pair): string {
    return String(isScalar(pair.key) ? pair.key.value : pair.key);
}

function offsetOf(node: unknown): number | undefined {
    return (node as Node | null)?.range?.[0];
}

function describeValue(node: Node | null): string {
    if (node === null || node === undefined) {
        return 'nothing';
    }
    return JSON.stringify(node.toJSON());
}

function firstLine(message: string): string {
    return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}
