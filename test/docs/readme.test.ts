// The README is the front door: its generated tables match the registry, its examples
// parse, and its language reference mentions every keyword of the grammar.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EmptyFileSystem, GrammarAST, AstUtils } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { fillGeneratedSections, ruleReference } from '../../src/docs/reference.js';
import { createProvisioServices } from '../../src/language/provisio-module.js';
import { ProvisioGrammar } from '../../src/language/generated/grammar.js';
import { projectRoot } from '../cli/run-cli.js';

const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');

describe('README', () => {
    test('the generated tables match the rule registry (run `npm run docs` after changing a rule)', () => {
        expect(readme).toBe(fillGeneratedSections(readme));
        expect(readFileSync(join(projectRoot, 'docs/rules.md'), 'utf8')).toBe(ruleReference());
    });

    test('every rule is in the rule table', () => {
        const table = readme.slice(readme.indexOf('<!-- rules:start -->'), readme.indexOf('<!-- rules:end -->'));
        expect(table.split('\n').filter(line => line.startsWith('| [`'))).toHaveLength(17);
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
