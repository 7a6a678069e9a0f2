// The README is the front door: its generated tables match the registry, its examples
// parse, and its language reference mentions every keyword of the grammar.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EmptyFileSystem, GrammarAST, AstUtils } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { fillGeneratedSections, ruleReference, ruleReferenceFiles } from '../../src/docs/reference.js';
import { locales } from '../../src/i18n/messages.js';
import { rules } from '../../src/rules/registry.js';
import { createProvisioServices } from '../../src/language/provisio-module.js';
import { ProvisioGrammar } from '../../src/language/generated/grammar.js';
import { projectRoot } from '../cli/run-cli.js';

const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');

describe('README', () => {
    test('the generated tables match the rule registry (run `npm run docs` after changing a rule)', () => {
        expect(readme).toBe(fillGeneratedSections(readme));
        for (const locale of locales) {
            expect(readFileSync(join(projectRoot, ruleReferenceFiles[locale]), 'utf8'), ruleReferenceFiles[locale]).toBe(ruleReference(locale));
        }
    });

    test('the Dutch rule reference is in Dutch', () => {
        const dutch = ruleReference('nl');
        expect(dutch).toContain('# Regels');
        expect(dutch).toContain('**Standaardernst:** fout');
        expect(dutch).toContain('een dienst met een verhoogd risicoprofiel');
    });

    test('every rule is in the rule table', () => {
        const table = readme.slice(readme.indexOf('<!-- rules:start -->'), readme.indexOf('<!-- rules:end -->'));
        expect(table.split('\n').filter(line => line.startsWith('| [`'))).toHaveLength(rules.length);
    });

    test('every provisio example parses', async () => {
        const parse = parseHelper(createProvisioServices(EmptyFileSystem).provisio);
        const examples = [...readme.matchAll(/```provisio\n([\s\S]*?)```/g)].map(match => match[1]);
        expect(examples.length).toBeGreaterThanOrEqual(8);
        for (const example of examples) {
            const { parseResult } = await parse(example);
            expect([...parseResult.lexerErrors, ...parseResult.parserErrors].map(error => error.message), example).toEqual([]);
        }
    });

    test('the language reference shows every keyword of the grammar', () => {
        const keywords = new Set(AstUtils.streamAllContents(ProvisioGrammar()).filter(GrammarAST.isKeyword).map(keyword => keyword.value));
        const missing = [...keywords].filter(keyword => /^[a-z]/.test(keyword) && !new RegExp(`(?<![\\w-])${keyword}(?![\\w-])`).test(readme));
        expect(missing).toEqual([]);
    });
});
