// `ignores` and `overrides` in provisio.config.*: what they read, where their mistakes are,
// and how they apply to a file.
import { describe, expect, test } from 'vitest';
import { configForFile, isIgnored, matchingOverrides } from '../../src/config/file-patterns.js';
import { parseConfig } from '../../src/config/load-config.js';
import { Translator } from '../../src/i18n/translator.js';
import type { Message } from '../../src/i18n/messages.js';

const file = '/project/provisio.config.yaml';
const english = (message: Message) => new Translator('en').format(message);
const dutch = (message: Message) => new Translator('nl').format(message);
const problemsOf = (text: string, name = file) => parseConfig(name, text).problems.map(problem => `${problem.line}:${problem.column} ${english(problem.message)}`);

describe('ignores', () => {
    const { config, problems } = parseConfig(file, 'ignores:\n  - drafts/\n  - "*.old.provisio"\n  - archive/**\n  - "!archive/keep.provisio"\n');

    test('gitignore patterns relative to the configuration\'s folder', () => {
        expect(problems).toEqual([]);
        expect(config.ignores).toEqual(['drafts/', '*.old.provisio', 'archive/**', '!archive/keep.provisio']);
        const ignored = (path: string) => isIgnored(config, path);
        expect(ignored('/project/drafts/p.provisio')).toBe(true);
        expect(ignored('/project/mivd/drafts/p.provisio')).toBe(true);
        expect(ignored('/project/mivd/p.old.provisio')).toBe(true);
        expect(ignored('/project/archive/2019/p.provisio')).toBe(true);
        expect(ignored('/project/archive/keep.provisio')).toBe(false);
        expect(ignored('/project/mivd/p.provisio')).toBe(false);
        // Outside the configuration's folder nothing matches.
        expect(ignored('/elsewhere/drafts/p.provisio')).toBe(false);
        // As in git on Linux, case matters.
        expect(ignored('/project/Drafts/p.provisio')).toBe(false);
    });

    test('a value that is not a list of texts is reported where it is', () => {
        expect(problemsOf('ignores: drafts/\n')).toEqual(['1:10 `ignores` must be a list of gitignore patterns, relative to this folder, such as `- drafts/`.']);
        expect(problemsOf('ignores:\n  - drafts/\n  - 12\n  - ""\n')).toEqual([
            '3:5 A pattern must be a text such as `drafts/` or `archive/**`, not 12.',
            '4:5 A pattern must be a text such as `drafts/` or `archive/**`, not "".'
        ]);
    });
});

describe('overrides', () => {
    const text = [
        'rules:',
        '  scope/bounded:',
        '    severity: warning',
        '    maxCategories: 4',
        'overrides:',
        '  - files: [mivd/**]',
        '    rules:',
        '      scope/bounded: error',
        '      motivation/substantive: { minWords: 40 }',
        '  - files: ["mivd/2022/**", "*.draft.provisio"]',
        '    rules:',
        '      scope/bounded: { maxCategories: 2 }',
        '      motivation/substantive: off'
    ].join('\n');
    const { config, problems } = parseConfig(file, text);

    test('a severity alone keeps the options; options alone keep the severity; later overrides win', () => {
        expect(problems).toEqual([]);
        const mivd = configForFile(config, '/project/mivd/p.provisio');
        expect(mivd.rules.get('scope/bounded')).toMatchObject({ severity: 'error', options: { maxCategories: 4 } });
        expect(mivd.rules.get('motivation/substantive')).toEqual({ severity: 'warning', options: { minWords: 40, detectReuse: true } });
        const both = configForFile(config, '/project/mivd/2022/p.provisio');
        expect(matchingOverrides(config, '/project/mivd/2022/p.provisio')).toEqual([0, 1]);
        expect(both.rules.get('scope/bounded')).toMatchObject({ severity: 'error', options: { maxCategories: 2 } });
        expect(both.rules.get('motivation/substantive')).toEqual({ severity: 'off', options: { minWords: 40, detectReuse: true } });
        const aivd = configForFile(config, '/project/aivd/p.provisio');
        expect(aivd).toBe(config);
        expect(configForFile(config, '/project/aivd/p.draft.provisio').rules.get('motivation/substantive')?.severity).toBe('off');
    });

    test('the command line applies over every override', () => {
        const withFlag = configForFile(config, '/project/mivd/p.provisio', new Map([['scope/bounded', { severity: 'hint' as const, options: {} }]]));
        expect(withFlag.rules.get('scope/bounded')).toMatchObject({ severity: 'hint', options: { maxCategories: 4 } });
    });

    test('the rules of an override are validated as the top-level rules, with located "did you mean"', () => {
        expect(problemsOf('overrides:\n  - files: [mivd/]\n    rules:\n      scope/bounds: off\n      scope/bounded: { maxCategories: none }\n')).toEqual([
            '4:7 Unknown rule `scope/bounds`. Did you mean `scope/bounded`? Run `provisio rules` to list the rules.',
            '5:39 Option `maxCategories` of `scope/bounded` must be a whole number of at least 1, not "none".'
        ]);
        expect(problemsOf('overrides:\n  - files: [mivd/]\n    rule:\n      scope/bounded: off\n')).toEqual([
            '3:5 Unknown key `rule` in an override. Did you mean `rules`? An override has two keys: `files` and `rules`.'
        ]);
    });

    test('an override without files, with an empty list, or that is not a mapping, is reported', () => {
        expect(problemsOf('overrides:\n  - rules: { scope/bounded: off }\n')).toEqual(['2:5 `files` of an override must be a non-empty list of gitignore patterns, relative to this folder, such as `[archive/**]`.']);
        expect(problemsOf('overrides:\n  - files: []\n    rules: {}\n')).toEqual(['2:12 `files` of an override must be a non-empty list of gitignore patterns, relative to this folder, such as `[archive/**]`.']);
        expect(problemsOf('overrides:\n  - mivd/\n')).toEqual(['2:5 Each entry of `overrides` must be a mapping with `files` (patterns) and `rules`.']);
        expect(problemsOf('overrides: {}\n')[0]).toMatch(/^1:12 `overrides` must be a list of mappings/);
    });

    test('in JSON, with the same locations', () => {
        const json = '{\n  "overrides": [\n    { "files": ["mivd/"], "rules": { "scope/bonded": "off" } }\n  ]\n}\n';
        expect(problemsOf(json, '/project/provisio.config.json')).toEqual(['3:38 Unknown rule `scope/bonded`. Did you mean `scope/bounded`? Run `provisio rules` to list the rules.']);
    });

    test('a misspelt top-level key is answered with the key meant, in both languages', () => {
        const [problem] = parseConfig(file, 'override:\n  - files: [a/]\n').problems;
        expect(english(problem.message)).toBe('Unknown setting `override`. Did you mean `overrides`? The configuration has these keys: `rules`, `maxFileSize`, `language`, `defaultClassification`, `ignores`, `overrides`, and `docsBaseUrl`.');
        expect(dutch(problem.message)).toBe('Onbekende instelling `override`. Bedoelt u `overrides`? De configuratie kent deze sleutels: `rules`, `maxFileSize`, `language`, `defaultClassification`, `ignores`, `overrides` en `docsBaseUrl`.');
    });
});
