// `docsBaseUrl`: a team's hosted copy of the repository, where rule links point instead of
// into the installed package. Only an absolute http(s) or file URL can be a link's base.
import { describe, expect, test } from 'vitest';
import { parseConfig } from '../../src/config/load-config.js';
import { Translator } from '../../src/i18n/translator.js';
import { ruleDocsUrl } from '../../src/rules/rule-docs.js';

const file = '/project/provisio.config.yaml';
const problemsOf = (text: string, locale: 'en' | 'nl' = 'en') =>
    parseConfig(file, text).problems.map(problem => `${problem.line}:${problem.column} ${new Translator(locale).format(problem.message)}`);

describe('docsBaseUrl', () => {
    test.each([
        ['https://git.example.org/team/provisio/-/blob/main', 'https://git.example.org/team/provisio/-/blob/main/'],
        ['http://intranet.example/provisio/', 'http://intranet.example/provisio/'],
        ['file:///srv/provisio', 'file:///srv/provisio/']
    ])('%s is read as a folder URL', (value, expected) => {
        const { config, problems } = parseConfig(file, `docsBaseUrl: ${value}\n`);
        expect(problems).toEqual([]);
        expect(config.docsBaseUrl).toBe(expected);
        expect(ruleDocsUrl('scope/bounded', config.docsBaseUrl)).toBe(`${expected}docs/rules/scope/bounded.md`);
    });

    test.each([
        ['docs/', '"docs/"'],
        ['ftp://files.example/provisio/', '"ftp://files.example/provisio/"'],
        ['https://', '"https://"'],
        ['42', '42'],
        ['', 'null']
    ])('%j is refused, at the value, saying what would do', (value, shown) => {
        expect(problemsOf(`rules: {}\ndocsBaseUrl: ${value}\n`)).toEqual([
            `2:14 \`docsBaseUrl\` must be an absolute http(s) or file URL under which \`docs/rules/\` lies, such as https://git.example.org/team/provisio/-/raw/main/, not ${shown}.`
        ]);
        expect(parseConfig(file, `docsBaseUrl: ${value}\n`).config.docsBaseUrl).toBeUndefined();
    });

    test('in Dutch', () => {
        expect(problemsOf('docsBaseUrl: docs/\n', 'nl')).toEqual([
            '1:14 `docsBaseUrl` moet een absolute http(s)- of file-URL zijn waaronder `docs/rules/` staat, zoals https://git.example.org/team/provisio/-/raw/main/, niet "docs/".'
        ]);
    });

    test('a near miss of the key is suggested', () => {
        expect(problemsOf('docsBaseURL: https://example.org/\n')[0]).toContain('Did you mean `docsBaseUrl`?');
    });
});
