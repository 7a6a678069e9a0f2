// Putting messages into words: nested messages, lists and plurals in each language, and
// choosing the language from a flag, the configuration or the environment.
import { describe, expect, test } from 'vitest';
import { chooseLocale, localeFromEnvironment, parseLocale } from '../../src/i18n/locale.js';
import { defineMessages, list } from '../../src/i18n/messages.js';
import { Translator } from '../../src/i18n/translator.js';

const sample = defineMessages('test/sample', {
    words: '{subject} has {count, plural, one {# word} other {# words}}; it names {names}.',
    subject: 'Provision {name}',
    braces: 'Declare it: `recipient {name} "<full name>" \'{ … }\'`.'
}, {
    words: '{subject} heeft {count, plural, one {# woord} other {# woorden}}; zij noemt {names}.',
    subject: 'Verstrekking {name}',
    braces: 'Declareer deze: `recipient {name} "<volledige naam>" \'{ … }\'`.'
});

describe('Translator', () => {
    test('nested messages, lists and plurals, in English and Dutch', () => {
        const message = sample.message('words', { subject: sample.message('subject', { name: 'P-1' }), count: 1, names: list(['A', 'B', 'C']) });
        expect(new Translator('en').format(message)).toBe('Provision P-1 has 1 word; it names A, B, and C.');
        expect(new Translator('nl').format(message)).toBe('Verstrekking P-1 heeft 1 woord; zij noemt A, B en C.');
        const many = sample.message('words', { subject: 'X', count: 25, names: list(['A', 'B'], 'or') });
        expect(new Translator('en').format(many)).toBe('X has 25 words; it names A or B.');
        expect(new Translator('nl').format(many)).toBe('X heeft 25 woorden; zij noemt A of B.');
    });

    test('quoted braces and angle brackets are literal text', () => {
        expect(new Translator('nl').format(sample.message('braces', { name: 'Eastmark' }))).toBe('Declareer deze: `recipient Eastmark "<volledige naam>" { … }`.');
    });

    test('the language can change between messages', () => {
        const translator = new Translator('en');
        const message = sample.message('subject', { name: 'P-2' });
        expect(translator.format(message)).toBe('Provision P-2');
        translator.locale = 'nl';
        expect(translator.format(message)).toBe('Verstrekking P-2');
    });
});

describe('choosing the language', () => {
    test.each([
        ['nl', 'nl'], ['NL', 'nl'], ['nl_NL.UTF-8', 'nl'], ['nl-BE', 'nl'], ['en_GB.UTF-8', 'en'], ['C', undefined], ['POSIX', undefined], ['de_DE', undefined], ['', undefined]
    ])('%s → %s', (value, locale) => {
        expect(parseLocale(value)).toBe(locale);
    });

    test('LC_ALL before LC_MESSAGES before LANG, as gettext does', () => {
        expect(localeFromEnvironment({ LC_ALL: 'nl_NL.UTF-8', LANG: 'en_US.UTF-8' })).toBe('nl');
        expect(localeFromEnvironment({ LC_MESSAGES: 'nl_NL', LANG: 'en_US' })).toBe('nl');
        expect(localeFromEnvironment({ LC_ALL: '', LANG: 'nl_BE.UTF-8' })).toBe('nl');
        expect(localeFromEnvironment({ LC_ALL: 'C', LANG: 'nl_NL' })).toBeUndefined();
        expect(localeFromEnvironment({})).toBeUndefined();
    });

    test('the first choice made wins; English when none is', () => {
        expect(chooseLocale(undefined, 'nl', 'en')).toBe('nl');
        expect(chooseLocale('en', 'nl')).toBe('en');
        expect(chooseLocale(undefined, undefined)).toBe('en');
    });
});
