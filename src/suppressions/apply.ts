// Applies suppression directives to a document's diagnostics. A directive that is written
// wrongly, names an unknown rule or has expired suppresses nothing and is itself reported;
// so is one that suppresses nothing. Suppressed findings are kept, with their directive,
// for the reports that must show them (JSON, SARIF, --report-suppressions).
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Directive } from './directives.js';
import { countAtOrBefore } from '../support/sorted.js';

export interface Suppression {
    kind: Directive['kind'];
    reason: string;
    until?: string;
    approvedBy?: string;
    /** Line of the directive, from 1. */
    line: number;
}

export interface SuppressedDiagnostic {
    diagnostic: Diagnostic;
    suppression: Suppression;
}

export type DirectiveProblem =
    | { directive: Directive; problem: 'missing-rule' | 'missing-reason' | 'unused' | 'nothing-to-enable' }
    | { directive: Directive; problem: 'unknown-option' | 'missing-value' | 'unknown-directive'; word: string }
    | { directive: Directive; problem: 'unknown-rule' | 'not-suppressible'; rule: string }
    | { directive: Directive; problem: 'invalid-date' | 'expired'; date: string };

export interface SuppressionContext {
    isRule(id: string): boolean;
    isCalendarDate(date: string): boolean;
    /** Today, YYYY-MM-DD: a directive is in force up to and including its `until` date. */
    today: string;
}

export interface Applied {
    kept: Diagnostic[];
    suppressed: SuppressedDiagnostic[];
    problems: DirectiveProblem[];
}

export function applyDirectives(diagnostics: readonly Diagnostic[], directives: readonly Directive[], context: SuppressionContext): Applied {
    const problems: DirectiveProblem[] = [];
    const valid = directives.filter(directive => directive.kind === 'enable' || isValid(directive, context, problems));
    const scopes = scopesOf(valid);
    const used = new Set<Directive>();
    const kept: Diagnostic[] = [];
    const suppressed: SuppressedDiagnostic[] = [];
    for (const diagnostic of diagnostics) {
        const directive = typeof diagnostic.code === 'string' ? scopes.find(diagnostic.code, diagnostic.range.start.line) : undefined;
        if (directive) {
            used.add(directive);
            suppressed.push({ diagnostic, suppression: suppressionOf(directive) });
        } else {
            kept.push(diagnostic);
        }
    }
    for (const directive of valid) {
        if (directive.kind !== 'enable' && !used.has(directive)) {
            problems.push({ directive, problem: 'unused' });
        }
    }
    problems.push(...strayEnables(directives).map(directive => ({ directive, problem: 'nothing-to-enable' as const })));
    return { kept, suppressed, problems };
}

function isValid(directive: Directive, context: SuppressionContext, problems: DirectiveProblem[]): boolean {
    if (directive.malformed === 'unknown-option' || directive.malformed === 'missing-value' || directive.malformed === 'unknown-directive') {
        problems.push({ directive, problem: directive.malformed, word: directive.unreadable ?? '' });
        return false;
    }
    if (directive.malformed) {
        problems.push({ directive, problem: directive.malformed });
        return false;
    }
    const unknown = directive.rules.find(rule => !context.isRule(rule));
    if (unknown) {
        problems.push({ directive, problem: unknown.startsWith('language/') || unknown.startsWith('suppression/') ? 'not-suppressible' : 'unknown-rule', rule: unknown });
        return false;
    }
    if (directive.until !== undefined && !context.isCalendarDate(directive.until)) {
        problems.push({ directive, problem: 'invalid-date', date: directive.until });
        return false;
    }
    if (directive.until !== undefined && directive.until < context.today) {
        problems.push({ directive, problem: 'expired', date: directive.until });
        return false;
    }
    return true;
}

/**
 * `provisio-enable` comments that end no `provisio-disable` above them. Disables that are
 * themselves invalid still count as opened, so one mistake is reported once.
 */
function strayEnables(directives: readonly Directive[]): Directive[] {
    const open = new Set<string>();
    const stray: Directive[] = [];
    for (const directive of [...directives].sort((a, b) => a.range.start.line - b.range.start.line)) {
        if (directive.kind === 'disable') {
            directive.rules.forEach(rule => open.add(rule));
        } else if (directive.kind === 'enable') {
            const ends = directive.rules.length === 0 ? open.size > 0 : directive.rules.some(rule => open.has(rule));
            if (!ends) {
                stray.push(directive);
            }
            (directive.rules.length === 0 ? [...open] : directive.rules).forEach(rule => open.delete(rule));
        }
    }
    return stray;
}

function suppressionOf(directive: Directive): Suppression {
    return { kind: directive.kind, reason: directive.reason ?? '', until: directive.until, approvedBy: directive.approvedBy, line: directive.range.start.line + 1 };
}

interface Scopes {
    /** The directive that suppresses this rule on this line, if any. */
    find(rule: string, line: number): Directive | undefined;
}

/** Where each directive applies: next-line directives by line, blocks as line intervals per rule, file directives everywhere. */
function scopesOf(directives: readonly Directive[]): Scopes {
    const byLine = new Map<string, Directive>();
    const whole = new Map<string, Directive>();
    const blocks = new Map<string, Array<{ from: number; to: number; directive: Directive }>>();
    const open = new Map<string, Directive>();
    const close = (rule: string, line: number) => {
        const directive = open.get(rule);
        if (directive) {
            const ofRule = blocks.get(rule) ?? [];
            ofRule.push({ from: directive.range.start.line + 1, to: line - 1, directive });
            blocks.set(rule, ofRule);
            open.delete(rule);
        }
    };
    for (const directive of [...directives].sort((a, b) => a.range.start.line - b.range.start.line)) {
        const line = directive.range.start.line;
        for (const rule of directive.rules) {
            if (directive.kind === 'next-line') {
                byLine.set(`${line + 1} ${rule}`, directive);
            } else if (directive.kind === 'file') {
                whole.set(rule, directive);
            } else if (directive.kind === 'disable') {
                close(rule, line);
                open.set(rule, directive);
            } else {
                close(rule, line);
            }
        }
        if (directive.kind === 'enable' && directive.rules.length === 0) {
            [...open.keys()].forEach(rule => close(rule, line));
        }
    }
    [...open.keys()].forEach(rule => close(rule, Number.MAX_SAFE_INTEGER));
    return {
        find: (rule, line) => byLine.get(`${line} ${rule}`)
            ?? blockAt(blocks.get(rule) ?? [], line)?.directive
            ?? whole.get(rule)
    };
}

/**
 * The block that holds the line, if any. A rule's blocks are kept in order and do not overlap
 * (a disable closes the rule's open block before it opens its own), so only the last block that
 * starts at or before the line can hold it: a binary search, not a scan per finding.
 */
function blockAt<Block extends { from: number; to: number }>(blocks: readonly Block[], line: number): Block | undefined {
    const last = blocks[countAtOrBefore(blocks, line, block => block.from) - 1];
    return last && line <= last.to ? last : undefined;
}
