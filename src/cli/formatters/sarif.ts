// SARIF 2.1.0, as GitHub code scanning and other SARIF viewers read it: every rule of the
// registry with its full description and page, stable fingerprints, suppressed findings with
// the suppression's reason, and files that could not be read or parsed both as results and as
// notifications, so the log is valid and says the run was incomplete.
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { languageDiagnostics } from '../../language/language-diagnostics.js';
import { ruleText } from '../../rules/rule-text.js';
import type { Rule, Severity } from '../../rules/rule.js';
import type { LintMessage, LintResult, SuppressedLintMessage } from '../lint-results.js';
import { formatMessages } from './formats.messages.js';
import { docsUrlOf, fingerprints, relativePath, type Formatter, type FormatterInput } from './formatter.js';

declare const PROVISIO_VERSION: string;

const level: Record<Severity, Sarif.ReportingConfiguration.level> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };
/** Findings that mean a file was not (fully) checked. */
const notCheckedCodes = new Set<string>([languageDiagnostics.unreadableFile.code, languageDiagnostics.encoding.code, languageDiagnostics.syntax.code]);
const sourceRoot = '%SRCROOT%';

export const sarif: Formatter = {
    name: 'sarif',
    format: input => JSON.stringify(sarifLog(input), null, 2) + '\n'
};

export function sarifLog(input: FormatterInput): Sarif.Log {
    const rules = driverRules(input);
    const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
    const prints = fingerprints(input);
    const result = (message: LintMessage, lintResult: LintResult): Sarif.Result => ({
        ruleId: message.ruleId ?? undefined,
        ruleIndex: message.ruleId === null ? undefined : ruleIndex.get(message.ruleId),
        level: level[message.severityName],
        message: { text: message.message },
        locations: [location(message, lintResult, input)],
        partialFingerprints: { 'provisio/v2': prints.get(message) ?? '' },
        ...('suppressions' in message ? { suppressions: suppressions(message as SuppressedLintMessage) } : {}),
        properties: { severity: message.severityName, ...(message.messageId ? { messageId: message.messageId } : {}) }
    });
    const notChecked = input.results.flatMap(lintResult => lintResult.messages
        .filter(message => message.ruleId !== null && notCheckedCodes.has(message.ruleId))
        .map(message => notification(message, lintResult, input)));
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [{
            tool: { driver: { name: 'Provisio', version: typeof PROVISIO_VERSION === 'string' ? PROVISIO_VERSION : '0.0.0-development', language: input.translator.locale, rules } },
            originalUriBaseIds: { [sourceRoot]: { uri: pathToFileURL(input.cwd.endsWith('/') ? input.cwd : `${input.cwd}/`).href } },
            language: input.translator.locale,
            columnKind: 'utf16CodeUnits',
            results: input.results.flatMap(lintResult => [...lintResult.messages, ...lintResult.suppressedMessages].map(message => result(message, lintResult))),
            invocations: [{
                executionSuccessful: !input.results.some(lintResult => lintResult.messages.some(message => message.ruleId === languageDiagnostics.unreadableFile.code)),
                toolExecutionNotifications: notChecked
            }]
        }]
    };
}

/** Every rule of the registry, then the other codes that occur (the language's own diagnostics, suppression problems). */
function driverRules(input: FormatterInput): Sarif.ReportingDescriptor[] {
    const described = input.rules.map(rule => describe(rule, input));
    const known = new Set(input.rules.map(rule => rule.id));
    const others = new Set<string>();
    for (const lintResult of input.results) {
        for (const message of [...lintResult.messages, ...lintResult.suppressedMessages]) {
            if (message.ruleId !== null && !known.has(message.ruleId)) {
                others.add(message.ruleId);
            }
        }
    }
    const otherText = input.translator.format(formatMessages.message('sarif.otherRule'));
    return [...described, ...[...others].sort().map(id => ({
        id,
        shortDescription: { text: otherText },
        defaultConfiguration: { level: 'error' as const },
        properties: { tags: [id.split('/')[0]] }
    }))];
}

function describe(rule: Rule, input: FormatterInput): Sarif.ReportingDescriptor {
    const text = (key: Parameters<typeof ruleText>[1]) => ruleText(rule, key, input.translator);
    const description = text('description') ?? rule.id;
    const full = [description, text('rationale'), text('source')].filter(part => part !== undefined).join('\n\n');
    const fix = text('fix');
    return {
        id: rule.id,
        name: rule.id.split('/')[1],
        shortDescription: { text: description },
        fullDescription: { text: full },
        help: { text: fix === undefined ? full : `${full}\n\n${fix}` },
        helpUri: docsUrlOf(rule.id, input),
        defaultConfiguration: { level: level[rule.defaultSeverity] },
        properties: { tags: [rule.id.split('/')[0]], dutchTerm: rule.dutchTerm, fixable: rule.hasFix === true }
    };
}

function location(message: LintMessage, lintResult: LintResult, input: FormatterInput): Sarif.Location {
    return {
        physicalLocation: {
            artifactLocation: { uri: encodeURI(relativePath(lintResult.filePath, input)), uriBaseId: sourceRoot },
            region: { startLine: message.line, startColumn: message.column, endLine: message.endLine, endColumn: message.endColumn }
        }
    };
}

function suppressions(message: SuppressedLintMessage): Sarif.Suppression[] {
    return message.suppressions.map(suppression => ({
        kind: 'inSource',
        status: 'accepted',
        justification: suppression.justification,
        properties: {
            directive: suppression.directive,
            line: suppression.line,
            ...(suppression.until !== undefined ? { until: suppression.until } : {}),
            ...(suppression.approvedBy !== undefined ? { approvedBy: suppression.approvedBy } : {})
        }
    }));
}

function notification(message: LintMessage, lintResult: LintResult, input: FormatterInput): Sarif.Notification {
    return {
        level: message.ruleId === languageDiagnostics.syntax.code ? 'warning' : 'error',
        message: { text: input.translator.format(formatMessages.message('sarif.notRead', { file: relativePath(lintResult.filePath, input), reason: message.message })) },
        locations: [location(message, lintResult, input)],
        descriptor: { id: message.ruleId ?? 'unknown' }
    };
}
