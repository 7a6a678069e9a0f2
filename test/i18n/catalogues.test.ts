// Every message exists in English and Dutch with the same placeholders, parses as ICU
// MessageFormat, and every rule has its description, rationale, option and fix texts.
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, test } from 'vitest';
import { allCatalogues, locales } from '../../src/i18n/messages.js';
import '../../src/i18n/catalogues.js';
import { rules } from '../../src/rules/registry.js';

/** The names of a text's placeholders, with the kind of each (plural, select, plain). */
function placeholders(elements: MessageFormatElement[], found = new Set<string>()): Set<string> {
    for (const element of elements) {
        if (element.type === TYPE.argument || element.type === TYPE.number || element.type === TYPE.date || element.type === TYPE.time) {
            found.add(`${element.value}:${element.type}`);
        } else if (element.type === TYPE.plural || element.type === TYPE.select) {
            found.add(`${element.value}:${element.type}`);
            for (const option of Object.values(element.options)) {
                placeholders(option.value, found);
            }
        } else if (element.type === TYPE.tag) {
            placeholders(element.children, found);
        }
    }
    return found;
}

const catalogues = allCatalogues.map(catalogue => [catalogue.namespace, catalogue] as const);

describe.each(catalogues)('catalogue %s', (_namespace, catalogue) => {
    test('English and Dutch have the same message ids', () => {
        expect(Object.keys(catalogue.texts.nl).sort()).toEqual(Object.keys(catalogue.texts.en).sort());
    });

    test('every text parses, and both languages use the same placeholders', () => {
        for (const key of Object.keys(catalogue.texts.en)) {
            const [en, nl] = locales.map(locale => {
                const text = catalogue.texts[locale][key];
                expect(text, `${catalogue.namespace}/${key} in ${locale}`).toEqual(expect.any(String));
                expect(text.trim(), `${catalogue.namespace}/${key} in ${locale}`).not.toBe('');
                return [...placeholders(parse(text, { ignoreTag: true }))].sort();
            });
            expect(nl, `placeholders of ${catalogue.namespace}/${key}`).toEqual(en);
        }
    });
});

describe('rules', () => {
    test.each(rules.map(rule => [rule.id, rule] as const))('%s has its own catalogue with description, rationale, source, option and fix texts', (id, rule) => {
        expect(rule.messages?.namespace).toBe(id);
        const keys = Object.keys(rule.messages.texts.en);
        expect(keys).toEqual(expect.arrayContaining(['description', 'rationale', 'source', ...Object.keys(rule.options).map(name => `option.${name}`)]));
        expect(keys.includes('fix')).toBe(rule.hasFix === true);
    });

    test('no two catalogues share a namespace', () => {
        const namespaces = allCatalogues.map(catalogue => catalogue.namespace);
        expect(new Set(namespaces).size).toBe(namespaces.length);
    });
});
