// The hand-written TextMate grammar must highlight every keyword of the Langium grammar.
// A small tokenizer below applies the TextMate rules the way VS Code does (at each position
// the earliest match wins, ties go to the first rule listed; begin/end rules push a scope),
// so a keyword that only lights up inside a longer word, or loses to the identifier rule,
// fails here. The TextMate regexes are written to mean the same in Oniguruma and JavaScript.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstUtils, GrammarAST, GrammarUtils } from 'langium';
import { describe, expect, test } from 'vitest';
import { ProvisioGrammar } from '../../src/language/generated/grammar.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

interface Capture { name?: string }
interface RawRule {
    include?: string;
    name?: string;
    match?: string;
    begin?: string;
    end?: string;
    captures?: Record<string, Capture>;
    beginCaptures?: Record<string, Capture>;
    endCaptures?: Record<string, Capture>;
    patterns?: RawRule[];
}
interface RawGrammar { scopeName: string; patterns: RawRule[]; repository: Record<string, RawRule> }

const tmGrammar = JSON.parse(readFileSync(join(root, 'syntaxes/provisio.tmLanguage.json'), 'utf8')) as RawGrammar;
const languageConfiguration = JSON.parse(readFileSync(join(root, 'syntaxes/language-configuration.json'), 'utf8')) as {
    wordPattern: string;
    comments: { lineComment: string; blockComment: [string, string] };
};

/** Every keyword of the Langium grammar, punctuation included. */
function grammarKeywords(): string[] {
    const grammar = ProvisioGrammar();
    const keywords = new Set<string>();
    for (const rule of GrammarUtils.getAllReachableRules(grammar, false)) {
        for (const node of AstUtils.streamAllContents(rule)) {
            if (GrammarAST.isKeyword(node)) {
                keywords.add(node.value);
            }
        }
    }
    return [...keywords].sort();
}

// ---------------------------------------------------------------- a small TextMate tokenizer

/** Rules with includes resolved, in the order TextMate tries them. */
function expand(rules: RawRule[], seen = new Set<string>()): RawRule[] {
    return rules.flatMap(rule => {
        if (rule.include) {
            if (rule.include === '$self') {
                return expand(tmGrammar.patterns, seen);
            }
            const key = rule.include.replace(/^#/, '');
            const target = tmGrammar.repository[key];
            if (!target) {
                throw new Error(`include ${rule.include} names no repository entry`);
            }
            if (seen.has(key)) {
                return [];
            }
            return expand([target], new Set([...seen, key]));
        }
        if (!rule.match && !rule.begin && rule.patterns) {
            return expand(rule.patterns, seen);
        }
        return [rule];
    });
}

const regexCache = new Map<string, RegExp>();
function regex(source: string): RegExp {
    let compiled = regexCache.get(source);
    if (!compiled) {
        compiled = new RegExp(source, 'dg');
        regexCache.set(source, compiled);
    }
    return compiled;
}

interface Token { text: string; scopes: string[] }

interface Candidate { rule: RawRule; isEnd: boolean; match: RegExpExecArray }

function splitCaptures(line: string, match: RegExpExecArray, captures: Record<string, Capture> | undefined, scopes: string[]): Token[] {
    const start = match.index;
    const end = start + match[0].length;
    const whole = captures?.['0']?.name;
    const base = whole ? [...scopes, whole] : scopes;
    const groups = Object.entries(captures ?? {})
        .filter(([index, capture]) => index !== '0' && capture.name && match.indices?.[Number(index)])
        .map(([index, capture]) => ({ span: match.indices![Number(index)]!, name: capture.name! }))
        .sort((a, b) => a.span[0] - b.span[0]);
    const tokens: Token[] = [];
    let position = start;
    for (const { span, name } of groups) {
        if (span[0] > position) {
            tokens.push({ text: line.slice(position, span[0]), scopes: base });
        }
        tokens.push({ text: line.slice(span[0], span[1]), scopes: [...base, name] });
        position = span[1];
    }
    if (end > position) {
        tokens.push({ text: line.slice(position, end), scopes: base });
    }
    return tokens;
}

/** Tokenizes lines as VS Code would, carrying open begin/end rules (comments, text blocks) across lines. */
function tokenize(text: string): Token[][] {
    const stack: RawRule[] = [];
    const root = [tmGrammar.scopeName];
    const result: Token[][] = [];
    for (const line of text.split(/\r?\n/)) {
        const tokens: Token[] = [];
        let position = 0;
        for (let guard = 0; guard < 10_000; guard++) {
            const open = stack.at(-1);
            const scopes = [...root, ...stack.map(rule => rule.name).filter((name): name is string => !!name)];
            const rules = open ? expand(open.patterns ?? []) : expand(tmGrammar.patterns);
            let best: Candidate | undefined;
            const tryRule = (rule: RawRule, source: string, isEnd: boolean) => {
                const pattern = regex(source);
                pattern.lastIndex = position;
                const match = pattern.exec(line);
                if (match && (!best || match.index < best.match.index)) {
                    best = { rule, isEnd, match };
                }
            };
            if (open) {
                tryRule(open, open.end!, true); // the end pattern wins ties, as with applyEndPatternLast unset
            }
            for (const rule of rules) {
                tryRule(rule, rule.match ?? rule.begin!, false);
            }
            if (!best) {
                break;
            }
            const { rule, isEnd, match } = best;
            if (match.index > position) {
                tokens.push({ text: line.slice(position, match.index), scopes });
            }
            const matchEnd = match.index + match[0].length;
            if (isEnd) {
                tokens.push(...splitCaptures(line, match, rule.endCaptures ?? rule.captures, scopes));
                stack.pop();
            } else if (rule.match) {
                tokens.push(...splitCaptures(line, match, rule.captures, rule.name ? [...scopes, rule.name] : scopes));
            } else {
                const inner = rule.name ? [...scopes, rule.name] : scopes;
                tokens.push(...splitCaptures(line, match, rule.beginCaptures ?? rule.captures, inner));
                stack.push(rule);
            }
            if (matchEnd === position && !isEnd) {
                throw new Error(`rule ${rule.match ?? rule.begin} matched the empty string at ${position} of: ${line}`);
            }
            position = matchEnd;
            if (position >= line.length && !stack.length) {
                break;
            }
        }
        if (position < line.length) {
            const scopes = [...root, ...stack.map(rule => rule.name).filter((name): name is string => !!name)];
            tokens.push({ text: line.slice(position), scopes });
        }
        result.push(tokens.filter(token => token.text.length > 0));
    }
    return result;
}

/** The innermost scope of the token that starts at `offset` of a one-line text, with the token's text. */
function tokenAt(line: string, offset: number): { text: string; scope: string } {
    let position = 0;
    for (const token of tokenize(line)[0]!) {
        if (position === offset) {
            return { text: token.text, scope: token.scopes.at(-1)! };
        }
        position += token.text.length;
    }
    return { text: '', scope: '' };
}

const keywordScope = /^(keyword|storage\.type|constant\.language|support\.type|support\.constant|invalid\.deprecated|punctuation)\./;

// ---------------------------------------------------------------- the tests

describe('TextMate grammar', () => {
    const keywords = grammarKeywords();

    test('the Langium grammar has the keywords this test expects to read', () => {
        expect(keywords.length).toBeGreaterThan(60);
        expect(keywords).toContain('group-provision');
        expect(keywords).toContain('{');
    });

    test.each(keywords)('highlights the keyword %s', keyword => {
        for (const [line, offset] of [[keyword, 0], [`    ${keyword} `, 4], [`${keyword} Some-Name_1 {`, 0], [`x, ${keyword},`, 3]] as const) {
            const token = tokenAt(line, offset);
            expect({ line, ...token }).toMatchObject({ text: keyword, scope: expect.stringMatching(keywordScope) });
        }
    });

    test('every keyword pattern matches at least one keyword of the grammar', () => {
        const words = keywords.filter(keyword => /\w/.test(keyword));
        const keywordRules = expand(tmGrammar.patterns)
            .filter(rule => rule.match && rule.name && keywordScope.test(rule.name) && !rule.name.startsWith('punctuation.'));
        for (const rule of keywordRules) {
            const alternatives = /\(\?:([^()]*)\)|(?<=\))([a-z-]+)(?=\(\?!)/.exec(rule.match!);
            const names = (alternatives?.[1] ?? alternatives?.[2] ?? '').replace(/s\?/g, 's').split('|').filter(Boolean);
            for (const name of names) {
                expect(words, `${rule.name} names "${name}", which is no keyword`).toContain(name);
            }
        }
    });

    test('does not light up keywords inside hyphenated words or identifiers', () => {
        expect(tokenAt('kind umbrella-permission', 5)).toEqual({ text: 'umbrella-permission', scope: 'constant.language.umbrella-kind.provisio' });
        expect(tokenAt('permits personal-data', 8)).toEqual({ text: 'personal-data', scope: 'constant.language.data-form.provisio' });
        expect(tokenAt('data-protection risk', 0)).toEqual({ text: 'data-protection', scope: 'support.type.criterion.provisio' });
        expect(tokenAt('under UT-2021-03', 6)).toEqual({ text: 'UT-2021-03', scope: 'variable.other.reference.provisio' });
        expect(tokenAt('to data-provision-x', 3)).toEqual({ text: 'data-provision-x', scope: 'variable.other.reference.provisio' });
        expect(tokenAt('to risky', 3)).toEqual({ text: 'risky', scope: 'variable.other.reference.provisio' });
    });

    test('names after declaration keywords', () => {
        expect(tokenAt('recipient NorthlandSIS "Northland"', 10)).toEqual({ text: 'NorthlandSIS', scope: 'entity.name.type.provisio' });
        expect(tokenAt('service AIVD', 8)).toEqual({ text: 'AIVD', scope: 'entity.name.type.provisio' });
        expect(tokenAt('group-provision GP-2021-0003 {', 16)).toEqual({ text: 'GP-2021-0003', scope: 'entity.name.function.provisio' });
        expect(tokenAt('background-check BC-1 {', 17)).toEqual({ text: 'BC-1', scope: 'entity.name.function.provisio' });
        expect(tokenAt('    weighing-note WN-2021-07 {', 18)).toEqual({ text: 'WN-2021-07', scope: 'entity.name.function.provisio' });
    });

    test('dates, integers, strings, text blocks and comments', () => {
        expect(tokenAt('valid 2021-01-01 to 2021-12-31', 6)).toEqual({ text: '2021-01-01', scope: 'constant.numeric.date.provisio' });
        expect(tokenAt('subjects at-most 40 "x"', 17)).toEqual({ text: '40', scope: 'constant.numeric.integer.provisio' });
        expect(tokenAt('destroy-after 6 months', 16)).toEqual({ text: 'months', scope: 'keyword.other.unit.time.provisio' });
        expect(tokenAt('country "X\\"N" by', 9)).toEqual({ text: 'X', scope: 'string.quoted.double.provisio' });
        expect(tokenAt('country "X\\"N" by', 10)).toEqual({ text: '\\"', scope: 'constant.character.escape.provisio' });
        expect(tokenAt('country "XN" by', 13)).toEqual({ text: 'by', scope: 'keyword.other.clause.provisio' });
        expect(tokenAt('by AIVD // to risk', 8)).toEqual({ text: '//', scope: 'punctuation.definition.comment.provisio' });
        expect(tokenAt('by AIVD // to risk', 10)).toEqual({ text: ' to risk', scope: 'comment.line.double-slash.provisio' });

        const lines = tokenize('necessity """\n    to by risk "quoted"\n""" approved minister\n/* a\nprovision */ date');
        expect(lines[1]).toEqual([{ text: '    to by risk "quoted"', scopes: ['source.provisio', 'string.quoted.triple.provisio'] }]);
        expect(lines[2]!.at(-1)).toEqual({ text: 'minister', scopes: ['source.provisio', 'constant.language.approval-level.provisio'] });
        expect(lines[4]![0]).toEqual({ text: 'provision ', scopes: ['source.provisio', 'comment.block.provisio'] });
        expect(lines[4]!.at(-1)).toEqual({ text: 'date', scopes: ['source.provisio', 'keyword.other.clause.provisio'] });
    });

    test('an unclosed string ends at the end of its line', () => {
        const lines = tokenize('country "XN\nby AIVD');
        expect(lines[1]![0]).toEqual({ text: 'by', scopes: ['source.provisio', 'keyword.other.clause.provisio'] });
    });

    // Valid Provisio has only keywords, names, numbers, dates, strings, braces, commas and comments;
    // the examples' defects folder may hold deliberate syntax errors, so it is left out.
    test('leaves nothing unscoped but white space in the e2e fixture and the examples', () => {
        const files = ['test/e2e/fixture', 'examples'].flatMap(folder => provisioFiles(join(root, folder)));
        expect(files.length).toBeGreaterThan(0);
        for (const file of files) {
            tokenize(readFileSync(file, 'utf8')).forEach((tokens, index) => {
                for (const token of tokens) {
                    if (token.scopes.length === 1 && token.text.trim()) {
                        throw new Error(`${file}:${index + 1}: "${token.text}" gets no scope`);
                    }
                }
            });
        }
    });
});

describe('language configuration', () => {
    test('words include hyphens, so double-click selects a whole keyword or name', () => {
        const wordPattern = new RegExp(languageConfiguration.wordPattern);
        for (const word of ['umbrella-permission', 'WN-2021-07', 'head-of-service', '2021-03-15']) {
            expect(wordPattern.exec(` ${word} `)?.[0]).toBe(word);
        }
    });

    test('comments match the grammar\'s hidden terminals', () => {
        expect(languageConfiguration.comments).toEqual({ lineComment: '//', blockComment: ['/*', '*/'] });
    });
});

function provisioFiles(folder: string): string[] {
    let entries;
    try {
        entries = readdirSync(folder, { withFileTypes: true });
    } catch {
        return [];
    }
    return entries.flatMap(entry => {
        const path = join(folder, entry.name);
        if (entry.isDirectory()) {
            return entry.name === 'defects' ? [] : provisioFiles(path);
        }
        return entry.name.endsWith('.provisio') ? [path] : [];
    });
}
