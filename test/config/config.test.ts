// Reading provisio.config.* files: valid settings, located problems, and the upward search.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { parseConfig } from '../../src/config/load-config.js';
import { ConfigResolver } from '../../src/config/resolve-config.js';
import { rules } from '../../src/rules/registry.js';
import { Translator } from '../../src/i18n/translator.js';
import type { Message } from '../../src/i18n/messages.js';

const english = (message: Message) => new Translator('en').format(message);

const file = '/project/provisio.config.yaml';

describe('valid configuration', () => {
    test('an empty file keeps every default', () => {
        const { config, problems } = parseConfig(file, '');
        expect(problems).toEqual([]);
        expect([...config.rules.keys()]).toEqual(rules.map(rule => rule.id));
        expect(config.rules.get('motivation/substantive')).toEqual({ severity: 'warning', options: { minWords: 25, detectReuse: true } });
    });

    test('a severity alone, or a severity with options', () => {
        const { config, problems } = parseConfig(file, [
            'rules:',
            '  scope/form-declared: warning',
            '  motivation/substantive:',
            '    severity: error',
            '    minWords: 40',
            '  scope/bounded:',
            '    maxPeriodMonths: 36',
            '  group/collective-motivation:',
            '    groupTerms: [collective, samenwerkingsverband]',
            '  approval/required-approval:',
            '    elevatedRisk: minister',
            '  recipient/joint-method:',
            '    severity: off',
            '    jointMethodSince: 2020-07-01'
        ].join('\n'));
        expect(problems).toEqual([]);
        expect(config.rules.get('scope/form-declared')?.severity).toBe('warning');
        expect(config.rules.get('motivation/substantive')).toEqual({ severity: 'error', options: { minWords: 40, detectReuse: true } });
        expect(config.rules.get('scope/bounded')).toEqual({ severity: 'warning', options: { maxCategories: 5, maxPeriodMonths: 36, maxBackgroundCheckPeriodMonths: 120 } });
        expect(config.rules.get('group/collective-motivation')?.options.groupTerms).toEqual(['collective', 'samenwerkingsverband']);
        expect(config.rules.get('approval/required-approval')?.options.elevatedRisk).toBe('minister');
        expect(config.rules.get('recipient/joint-method')).toEqual({ severity: 'off', options: { jointMethodSince: '2020-07-01' } });
    });

    test('JSON is read too', () => {
        const { config, problems } = parseConfig('/project/provisio.config.json', '{ "rules": { "scope/bounded": { "maxCategories": 3 } } }');
        expect(problems).toEqual([]);
        expect(config.rules.get('scope/bounded')?.options.maxCategories).toBe(3);
    });
});

describe('problems are located and say what is valid', () => {
    const problemsOf = (text: string) => parseConfig(file, text).problems.map(problem => `${problem.line}:${problem.column} ${english(problem.message)}`);

    test('`language` is en or nl; a near miss or a locale name is answered with what was meant, in either language', () => {
        expect(parseConfig(file, 'language: nl\n').config.language).toBe('nl');
        expect(parseConfig(file, 'language: en\n').problems).toEqual([]);
        expect(problemsOf('language: NL\n')).toEqual(['1:11 `language` must be `en` (English) or `nl` (Dutch), not "NL". Did you mean `nl`?']);
        expect(problemsOf('language: nl_BE\n')).toEqual(['1:11 `language` must be `en` (English) or `nl` (Dutch), not "nl_BE". Did you mean `nl`?']);
        expect(problemsOf('language: 3\n')).toEqual(['1:11 `language` must be `en` (English) or `nl` (Dutch), not 3.']);
        const [problem] = parseConfig(file, 'language: nk\nrules: {}\n').problems;
        expect(new Translator('nl').format(problem.message)).toBe('`language` moet `en` (Engels) of `nl` (Nederlands) zijn, niet "nk". Bedoelt u `nl`?');
        expect(parseConfig(file, 'language: nk\n').config.language).toBeUndefined();
    });

    test('a date option, in Dutch: the date problem is part of the sentence', () => {
        const [problem] = parseConfig(file, 'rules:\n  recipient/joint-method:\n    jointMethodSince: 2021-13-01\n').problems;
        expect(new Translator('nl').format(problem.message)).toBe('Optie `jointMethodSince` van `recipient/joint-method` moet een datum zijn in de vorm JJJJ-MM-DD; 2021-13-01 is geen datum: maand 13 bestaat niet.');
    });

    test('an unknown rule suggests the nearest id', () => {
        expect(problemsOf('rules:\n  motivation/substantiv: warning\n  necessity-required: off\n  nothing-like-it: off')).toEqual([
            '2:3 Unknown rule `motivation/substantiv`. Did you mean `motivation/substantive`? Run `provisio rules` to list the rules.',
            '3:3 Unknown rule `necessity-required`. Did you mean `motivation/necessity-required`? Run `provisio rules` to list the rules.',
            '4:3 Unknown rule `nothing-like-it`. Run `provisio rules` to list the rules.'
        ]);
    });

    test('a bad severity', () => {
        expect(problemsOf('rules:\n  scope/bounded: fatal')).toEqual(['2:18 Severity of `scope/bounded` must be one of error, warning, info, hint, off, not "fatal".']);
    });

    test('a bad option value, and an option the rule does not have', () => {
        expect(problemsOf([
            'rules:',
            '  motivation/substantive:',
            '    minWords: 0',
            '    detectReuse: sometimes',
            '    maxWords: 10',
            '  approval/required-approval:',
            '    unevaluatedData: king',
            '  recipient/joint-method:',
            '    jointMethodSince: 2020-02-30',
            '  group/collective-motivation:',
            '    groupTerms: group',
            '  scope/form-declared:',
            '    minWords: 3'
        ].join('\n'))).toEqual([
            '3:15 Option `minWords` of `motivation/substantive` must be a whole number of at least 1, not 0.',
            '4:18 Option `detectReuse` of `motivation/substantive` must be true or false, not "sometimes".',
            '5:5 `motivation/substantive` has no option `maxWords`. Its options are: minWords, detectReuse.',
            '7:22 Option `unevaluatedData` of `approval/required-approval` must be one of mandated-official, head-of-service, minister, not "king".',
            '9:23 Option `jointMethodSince` of `recipient/joint-method` must be a date written YYYY-MM-DD; 2020-02-30 is not a date: February 2020 has 29 days.',
            '11:17 Option `groupTerms` of `group/collective-motivation` must be a list of texts, not "group".',
            '13:5 `scope/form-declared` has no option `minWords`. It takes no options, only `severity`.'
        ]);
    });

    test('language diagnostics are not rules and cannot be configured', () => {
        expect(problemsOf('rules:\n  language/syntax: off')).toEqual(['2:3 `language/syntax` is not a rule: problems with the text itself are always errors and cannot be configured.']);
    });

    test('an unknown top-level key and a rules value of the wrong shape', () => {
        expect(problemsOf('rule:\n  scope/bounded: off')).toEqual(['1:1 Unknown setting `rule`. Did you mean `rules`? The configuration has these keys: `rules`, `maxFileSize`, `language`, `defaultClassification`, `ignores`, `overrides`, and `docsBaseUrl`.']);
        expect(problemsOf('rules: [scope/bounded]')).toEqual(['1:8 `rules` must map rule ids to a severity or to `{ severity, <options> }`.']);
        expect(problemsOf('- rules')).toEqual(['1:1 The configuration must be a mapping with a `rules` key.']);
    });

    test('a YAML syntax error is located', () => {
        expect(problemsOf('rules:\n  scope/bounded: off\n  scope/bounded: error')).toEqual(['3:3 `scope/bounded` is given twice in this mapping; keep one.']);
        expect(problemsOf('rules:\n  scope/bounded: "off\n')).toEqual(['3:1 Missing closing "quote']);
        const [unclosed] = parseConfig(file, 'rules:\n  scope/bounded: "off\n').problems;
        expect(new Translator('nl').format(unclosed.message)).toBe('Geen geldige YAML: er ontbreekt een afsluitend teken.');
        const [json] = parseConfig('/project/provisio.config.json', '{ "rules": { "scope/bounded" "off" } }').problems;
        expect(new Translator('nl').format(json.message)).toBe('Geen geldige JSON: dubbele punt verwacht.');
    });

    test('valid entries still apply beside invalid ones', () => {
        const { config, problems } = parseConfig(file, 'rules:\n  scope/bounded: off\n  nonsense/rule: off');
        expect(problems).toHaveLength(1);
        expect(config.rules.get('scope/bounded')?.severity).toBe('off');
    });
});

describe('finding the configuration', () => {
    function project(files: Record<string, string>): string {
        const root = mkdtempSync(join(tmpdir(), 'provisio-config-'));
        for (const [path, text] of Object.entries(files)) {
            mkdirSync(join(root, path, '..'), { recursive: true });
            writeFileSync(join(root, path), text);
        }
        return root;
    }

    test('the nearest file above the checked file applies', () => {
        const root = project({
            'provisio.config.yaml': 'rules:\n  scope/bounded: off',
            'team/provisio.config.json': '{ "rules": { "scope/bounded": "info" } }',
            'team/cases/a.provisio': '',
            'other/b.provisio': ''
        });
        const resolver = new ConfigResolver();
        expect(resolver.forFile(join(root, 'team/cases/a.provisio')).config.rules.get('scope/bounded')?.severity).toBe('info');
        expect(resolver.forFile(join(root, 'other/b.provisio')).config.file).toBe(join(root, 'provisio.config.yaml'));
    });

    test('without a file the defaults apply', () => {
        const root = project({ 'a.provisio': '' });
        expect(new ConfigResolver().forFile(join(root, 'a.provisio')).config.file).toBeUndefined();
    });

    test('two configuration files in one folder is a problem', () => {
        const root = project({ 'provisio.config.yaml': '', 'provisio.config.json': '{}', 'a.provisio': '' });
        const { config, problems } = new ConfigResolver().forFile(join(root, 'a.provisio'));
        expect(config.file).toBe(join(root, 'provisio.config.yaml'));
        expect(problems.map(problem => english(problem.message))).toEqual(['provisio.config.json is also in this folder and is ignored; provisio.config.yaml is read. Keep one configuration file per folder.']);
    });

    test('an explicit file that does not exist is a problem', () => {
        const { problems } = new ConfigResolver().useFile('/nowhere/provisio.config.yaml');
        expect(problems.map(problem => ({ ...problem, message: english(problem.message) }))).toEqual([{ file: '/nowhere/provisio.config.yaml', line: 1, column: 1, message: 'Cannot read configuration: the file does not exist.' }]);
    });

    test('the search stops at the repository root: a configuration above it does not apply', () => {
        const root = project({
            'provisio.config.yaml': 'rules:\n  scope/bounded: off',
            'repo/.git/HEAD': 'ref: refs/heads/main\n',
            'repo/cases/a.provisio': ''
        });
        expect(new ConfigResolver().forFile(join(root, 'repo/cases/a.provisio')).config.file).toBeUndefined();
        // A configuration in the repository root itself still applies.
        writeFileSync(join(root, 'repo/provisio.config.yaml'), 'rules:\n  scope/bounded: info');
        expect(new ConfigResolver().forFile(join(root, 'repo/cases/a.provisio')).config.file).toBe(join(root, 'repo/provisio.config.yaml'));
    });

    test('the search stops at the editor\'s workspace folders', () => {
        const root = project({ 'provisio.config.yaml': 'rules:\n  scope/bounded: off', 'workspace/cases/a.provisio': '' });
        const resolver = new ConfigResolver();
        expect(resolver.forFile(join(root, 'workspace/cases/a.provisio')).config.file).toBe(join(root, 'provisio.config.yaml'));
        resolver.stopAt([join(root, 'workspace')]);
        expect(resolver.forFile(join(root, 'workspace/cases/a.provisio')).config.file).toBeUndefined();
    });

    test('clear() rereads a changed file', () => {
        const root = project({ 'provisio.config.yaml': 'rules:\n  scope/bounded: off', 'a.provisio': '' });
        const resolver = new ConfigResolver();
        expect(resolver.forFile(join(root, 'a.provisio')).config.rules.get('scope/bounded')?.severity).toBe('off');
        writeFileSync(join(root, 'provisio.config.yaml'), 'rules:\n  scope/bounded: error');
        expect(resolver.forFile(join(root, 'a.provisio')).config.rules.get('scope/bounded')?.severity).toBe('off');
        resolver.clear();
        expect(resolver.forFile(join(root, 'a.provisio')).config.rules.get('scope/bounded')?.severity).toBe('error');
    });
});

describe('JSON with comments, aliases, depth and size', () => {
    const jsonFile = '/project/provisio.config.json';
    const problemsOf = (text: string, name = file) => parseConfig(name, text).problems.map(problem => `${problem.line}:${problem.column} ${english(problem.message)}`);

    test('provisio.config.json may have comments and trailing commas; later lines keep their numbers', () => {
        const text = [
            '{',
            '  // Reviewed by the legal team.',
            '  /* scope rules',
            '     are stricter here */',
            '  "rules": {',
            '    "scope/bounded": { "maxCategories": 3, },',
            '    "scope/form-declared": "sometimes",',
            '  },',
            '}'
        ].join('\n');
        const { config, problems } = parseConfig(jsonFile, text);
        expect(config.rules.get('scope/bounded')?.options.maxCategories).toBe(3);
        expect(problems.map(problem => `${problem.line}:${problem.column} ${english(problem.message)}`)).toEqual(['7:28 Severity of `scope/form-declared` must be one of error, warning, info, hint, off, not "sometimes".']);
    });

    test('a JSON syntax error is located', () => {
        expect(problemsOf('{\n  "rules": {\n    "scope/bounded" "off"\n  }\n}', jsonFile)).toEqual(['3:21 Not valid JSON: colon expected.']);
        expect(problemsOf('{ "rules": {} /* never closed', jsonFile)[0]).toBe('1:15 Not valid JSON: unexpected end of comment.');
    });

    test('YAML anchors and aliases are followed', () => {
        const { config, problems } = parseConfig(file, [
            'rules:',
            '  scope/bounded: &strict',
            '    severity: error',
            '    maxCategories: 3',
            '  umbrella/within-umbrella: &quiet off',
            '  recipient/joint-method: *quiet',
            '  group/collective-motivation:',
            '    groupTerms: &terms [collective, partners]',
            'x-shared: [*strict, *terms]'
        ].join('\n'));
        expect(config.rules.get('scope/bounded')).toMatchObject({ severity: 'error', options: { maxCategories: 3 } });
        expect(config.rules.get('recipient/joint-method')?.severity).toBe('off');
        expect(config.rules.get('group/collective-motivation')?.options.groupTerms).toEqual(['collective', 'partners']);
        expect(problems.map(problem => english(problem.message))).toEqual(['Unknown setting `x-shared`. The configuration has these keys: `rules`, `maxFileSize`, `language`, `defaultClassification`, `ignores`, `overrides`, and `docsBaseUrl`.']);
    });

    test('aliases that multiply a value without bound are refused, located', () => {
        const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
        for (let level = 1; level <= 8; level++) {
            lines.push(`a${level}: &a${level} [${Array(10).fill(`*a${level - 1}`).join(', ')}]`);
        }
        lines.push('rules:', '  group/collective-motivation:', '    groupTerms: *a8');
        const problems = problemsOf(lines.join('\n'));
        expect(problems.at(-1)).toMatch(/^12:17 Option `groupTerms` of `group\/collective-motivation` cannot be read: .*alias/i);
    });

    test('deep nesting is a located error, not a stack overflow, in YAML and JSON', () => {
        for (const [name, open] of [[file, '['], [file, '{'], [jsonFile, '['], [jsonFile, '{']] as const) {
            const problems = problemsOf(`rules:\n  scope/bounded: ${open.repeat(100_000)}`, name);
            expect(problems).toEqual(['2:118 Nested more than 100 levels deep; a configuration needs no more than four.']);
        }
        // Indentation nests too; the yaml library's stack overflow comes back as one located problem.
        const indented = ['rules:', ...Array.from({ length: 3000 }, (_, level) => `${'  '.repeat(level + 1)}scope/bounded:`)].join('\n');
        const blockProblems = problemsOf(indented);
        expect(blockProblems).toHaveLength(1);
        expect(blockProblems[0]).not.toMatch(/call stack/i);
        // Brackets inside a quoted text do not nest.
        expect(problemsOf('rules:\n  scope/bounded: "' + '['.repeat(1000) + '"')).toEqual(['2:18 Severity of `scope/bounded` must be one of error, warning, info, hint, off, not "' + '['.repeat(1000) + '".']);
    });

    test('validation time grows linearly with the number of keys', () => {
        // Distinct options the rule does not have, each reported once.
        const configWith = (count: number) => 'rules:\n  scope/bounded:\n' + Array.from({ length: count }, (_, index) => `    option${index}: 1`).join('\n');
        const time = (count: number) => {
            const text = configWith(count);
            const start = process.hrtime.bigint();
            const { problems } = parseConfig(file, text);
            expect(problems).toHaveLength(count);
            return Number(process.hrtime.bigint() - start);
        };
        time(2_000);
        const small = Math.min(time(5_000), time(5_000));
        const large = Math.min(time(20_000), time(20_000));
        // Four times the keys: about four times the work when linear, sixteen when quadratic.
        expect(large / small).toBeLessThan(8);
    });

    test('locating many JSON errors reads the lines once, not once per error', () => {
        // Each line holds a value that is not JSON: two errors a line, spread over the whole file.
        const jsonWith = (count: number) => '{\n' + Array.from({ length: count }, (_, index) => `  "k${index}": x,`).join('\n') + '\n}\n';
        const lineSearches = (count: number) => {
            const text = jsonWith(count);
            const indexOf = vi.spyOn(String.prototype, 'indexOf');
            try {
                const { problems } = parseConfig('/project/provisio.config.json', text);
                expect(problems).toHaveLength(2 * count);
                expect(problems.at(-1)).toMatchObject({ line: count + 1, column: 9 + String(count - 1).length });
                return indexOf.mock.calls.length;
            } finally {
                indexOf.mockRestore();
            }
        };
        const small = lineSearches(500);
        const large = lineSearches(2_000);
        // Four times the errors on four times the lines: four times the searches when linear, sixteen when quadratic.
        expect(large / small).toBeLessThan(6);
    });
});
