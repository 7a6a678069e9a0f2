// The CLI reads `--lang`, `--config` and the first path from the arguments before commander
// does, to speak the right language from the first word of its help or its first error.
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { chooseCliLocale, scanArguments } from '../../src/cli/choose-language.js';
import { folderWith } from './run-cli.js';

describe('scanArguments', () => {
    test('options with values, in every spelling, are not taken for paths', () => {
        expect(scanArguments(['check', '-f', 'json', '--lang', 'nl', 'cases', '--max-warnings', '3', 'more'])).toEqual({ lang: 'nl', operands: ['check', 'cases', 'more'] });
        expect(scanArguments(['--lang=en', 'check', '--config=team/provisio.config.yaml', '--no-color', 'a.provisio'])).toEqual({ lang: 'en', config: 'team/provisio.config.yaml', operands: ['check', 'a.provisio'] });
        expect(scanArguments(['check', '-cteam/provisio.config.json', '-fjson', '.'])).toEqual({ config: 'team/provisio.config.json', operands: ['check', '.'] });
        expect(scanArguments(['check', '-f', 'sarif', '-o', 'reports/p.sarif', '-f', 'junit', '--output-file=j.xml', '-oreport.md', 'dossiers'])).toEqual({ operands: ['check', 'dossiers'] });
    });

    test('after `--` everything is a path, even `--lang`', () => {
        expect(scanArguments(['check', '--', '--lang', 'nl'])).toEqual({ operands: ['check', '--lang', 'nl'] });
    });
});

describe('chooseCliLocale', () => {
    const folder = folderWith({ 'team/provisio.config.yaml': 'language: nl\n', 'team/cases/p.provisio': '', 'bad/provisio.config.yaml': 'language: de\n' });

    test('--lang, then the configuration above the first path, then the environment, then English', () => {
        expect(chooseCliLocale(['check', '--lang', 'en', 'team/cases'], { LANG: 'nl' }, folder)).toBe('en');
        expect(chooseCliLocale(['check', 'team/cases/p.provisio'], { LC_ALL: 'en_US.UTF-8' }, folder)).toBe('nl');
        expect(chooseCliLocale(['rules'], { LC_ALL: 'en_US.UTF-8' }, join(folder, 'team/cases'))).toBe('nl');
        expect(chooseCliLocale(['check', '--config', 'team/provisio.config.yaml', 'bad'], {}, folder)).toBe('nl');
        // A value Provisio does not speak is left to the full reader to report; the choice goes on.
        expect(chooseCliLocale(['check', 'bad'], { LANG: 'nl_NL.UTF-8' }, folder)).toBe('nl');
        expect(chooseCliLocale(['check', '--lang', 'de', 'bad'], {}, folder)).toBe('en');
    });
});
