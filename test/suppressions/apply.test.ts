// Which finding a `provisio-disable` … `provisio-enable` block suppresses, and how the work of
// finding its block grows with the number of blocks. Work is counted, never timed.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { applyDirectives, type SuppressionContext } from '../../src/suppressions/apply.js';
import type { Directive } from '../../src/suppressions/directives.js';

const context: SuppressionContext = { isRule: () => true, isCalendarDate: () => true, today: '2026-01-01' };

const at = (line: number) => ({ start: { line, character: 0 }, end: { line, character: 1 } });
const directive = (kind: 'disable' | 'enable', line: number, rules: string[]): Directive => ({ kind, range: at(line), rules, reason: 'accepted' });
const finding = (rule: string, line: number): Diagnostic => ({ code: rule, range: at(line), message: `${rule} on ${line}` });

/**
 * The line of the `provisio-disable` that suppresses a finding of this rule on this line, read
 * straight from the directives: the last one above that opened the rule, if nothing closed it
 * since, nor closes it on the finding's own line.
 */
function suppressingLine(directives: readonly Directive[], rule: string, line: number): number | undefined {
    let open: number | undefined;
    for (const each of [...directives].sort((a, b) => a.range.start.line - b.range.start.line)) {
        const closes = each.rules.includes(rule) || (each.kind === 'enable' && each.rules.length === 0);
        if (each.range.start.line > line || !closes) {
            continue;
        }
        if (each.range.start.line === line) {
            open = undefined;
        } else {
            open = each.kind === 'disable' ? each.range.start.line : undefined;
        }
    }
    return open;
}

describe('blocks of provisio-disable and provisio-enable', () => {
    test('each finding is suppressed by the block that holds its line, as read from the directives', () => {
        const rule = fc.constantFrom('a/one', 'b/two');
        const anyDirective = fc.record({
            kind: fc.constantFrom('disable' as const, 'enable' as const),
            line: fc.nat(30),
            rules: fc.oneof(fc.array(rule, { minLength: 1, maxLength: 2 }), fc.constant([]))
        }).filter(each => each.kind === 'enable' || each.rules.length > 0)
            .map(each => directive(each.kind, each.line, [...new Set(each.rules)]));
        const anyFinding = fc.record({ rule, line: fc.nat(32) }).map(each => finding(each.rule, each.line));
        fc.assert(fc.property(fc.array(anyDirective, { maxLength: 12 }), fc.array(anyFinding, { maxLength: 20 }), (directives, findings) => {
            const { kept, suppressed } = applyDirectives(findings, directives, context);
            const lineOf = new Map(suppressed.map(each => [each.diagnostic, each.suppression.line - 1]));
            for (const each of findings) {
                expect(lineOf.get(each)).toBe(suppressingLine(directives, String(each.code), each.range.start.line));
            }
            expect(kept).toEqual(findings.filter(each => !lineOf.has(each)));
        }), { numRuns: 1000 });
    });

    test('finding the block of each finding does not look at every block', () => {
        const visits = (blocks: number) => {
            // Block i covers line 3i + 1 alone, and a finding sits on it.
            const directives = Array.from({ length: blocks }, (_, index) => [directive('disable', 3 * index, ['a/one']), directive('enable', 3 * index + 2, ['a/one'])]).flat();
            const findings = Array.from({ length: blocks }, (_, index) => finding('a/one', 3 * index + 1));
            const { applied, visited } = countingArrayVisits(() => applyDirectives(findings, directives, context));
            expect(applied.suppressed).toHaveLength(blocks);
            return visited;
        };
        const small = visits(500);
        const large = visits(2_000);
        // Four times the blocks and findings: four times the visits when linear, sixteen when every block is scanned per finding.
        expect(large / small).toBeLessThan(6);
    });
});

const visiting = ['every', 'filter', 'find', 'findIndex', 'findLast', 'findLastIndex', 'flatMap', 'forEach', 'map', 'reduce', 'some'] as const;

/** Runs `run` and counts the elements that array methods taking a callback handed to it. */
function countingArrayVisits<T>(run: () => T): { applied: T; visited: number } {
    const originals = visiting.map(name => [name, Array.prototype[name]] as const);
    let visited = 0;
    for (const [name, original] of originals) {
        (Array.prototype as unknown as Record<string, unknown>)[name] = function (this: unknown[], callback: (...args: unknown[]) => unknown, ...rest: unknown[]) {
            return (original as (...args: unknown[]) => unknown).call(this, (...args: unknown[]) => {
                visited++;
                return callback(...args);
            }, ...rest);
        };
    }
    try {
        return { applied: run(), visited };
    } finally {
        for (const [name, original] of originals) {
            (Array.prototype as unknown as Record<string, unknown>)[name] = original;
        }
    }
}
