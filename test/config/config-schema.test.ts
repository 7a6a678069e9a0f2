// The configuration's JSON Schema: generated from the registry, committed up to date, shipped,
// contributed to the editor, and in agreement with the reader the CLI and server use.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { parse as parseYaml } from 'yaml';
import { describe, expect, test } from 'vitest';
import { configSchema, configSchemaFile, configSchemaText } from '../../src/config/config-schema.js';
import { parseConfig, settingNames } from '../../src/config/load-config.js';
import { rules } from '../../src/rules/registry.js';
import { projectRoot } from '../cli/run-cli.js';

const schema = configSchema() as { properties: Record<string, unknown>; definitions: { rules: { properties: Record<string, { description: string; anyOf: Array<{ properties?: Record<string, { default: unknown; description?: string; enum?: string[] }> }> }> } } };
const manifest = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'));

test(`${configSchemaFile} is up to date: run \`npm run docs\` after changing a rule or a configuration key`, () => {
    expect(readFileSync(join(projectRoot, configSchemaFile), 'utf8')).toBe(configSchemaText());
});

test('the schema has exactly the top-level keys the reader knows', () => {
    expect(Object.keys(schema.properties).sort()).toEqual([...settingNames].sort());
});

test('every rule is in the schema with its default severity, and every option with its type, default and description', () => {
    const ruleSchemas = schema.definitions.rules.properties;
    expect(Object.keys(ruleSchemas)).toEqual(rules.map(rule => rule.id));
    for (const rule of rules) {
        const settings = ruleSchemas[rule.id].anyOf[1].properties!;
        expect(ruleSchemas[rule.id].description).toMatch(new RegExp(` Default: ${rule.defaultSeverity}\\.$`));
        expect(settings.severity).toMatchObject({ default: rule.defaultSeverity, enum: ['error', 'warning', 'info', 'hint', 'off'] });
        for (const [name, spec] of Object.entries(rule.options)) {
            expect(settings[name].default).toEqual(spec.default);
            expect(settings[name].description?.length).toBeGreaterThan(10);
        }
    }
    expect(schema.definitions.rules.properties['scope/bounded'].anyOf[1].properties!.maxCategories).toMatchObject({ type: 'integer', minimum: 1, default: 5 });
});

test('the extension contributes the schema for provisio.config.yaml, .yml and .json', () => {
    expect(manifest.contributes.yamlValidation).toEqual([{ fileMatch: ['provisio.config.yaml', 'provisio.config.yml'], url: `./${configSchemaFile}` }]);
    expect(manifest.contributes.jsonValidation).toEqual([{ fileMatch: 'provisio.config.json', url: `./${configSchemaFile}` }]);
    expect(readFileSync(join(projectRoot, '.vscodeignore'), 'utf8')).toContain(`!${configSchemaFile}`);
});

describe('ajv with the schema and the reader agree on what is valid', () => {
    const validate = new Ajv({ allErrors: true, strict: true }).compile(configSchema());
    const valid = (yaml: string) => validate(parseYaml(yaml) ?? {});
    const good = [
        '',
        'rules: {}',
        'rules:',
        'language: nl\nmaxFileSize: 50MB\ndefaultClassification: STG. GEHEIM',
        'maxFileSize: 1048576',
        'rules:\n  scope/bounded: off\n  motivation/substantive: { severity: error, minWords: 40, detectReuse: false }',
        'rules:\n  approval/required-approval: { elevatedRisk: minister }\n  recipient/joint-method: { jointMethodSince: 2020-07-01 }',
        'rules:\n  group/collective-motivation:\n    groupTerms: [collective, samenwerkingsverband]',
        'ignores: [drafts/, "archive/**", "!archive/keep.provisio"]',
        'overrides:\n  - files: [mivd/**]\n    rules:\n      scope/bounded: error\n  - files: ["*.draft.provisio"]',
        'overrides:\n  - files: [a/]\n    rules:\n      motivation/substantive: { minWords: 10 }',
        'docsBaseUrl: https://git.example.org/team/provisio/-/raw/main/'
    ];
    const bad = [
        'rule: {}',
        'language: fr',
        'language: nl_NL',
        'maxFileSize: lots',
        'maxFileSize: -5',
        '- rules',
        'rules: []',
        'rules:\n  scope/bonded: off',
        'rules:\n  language/syntax: off',
        'rules:\n  scope/bounded: fatal',
        'rules:\n  scope/bounded: [error]',
        'rules:\n  scope/bounded: { maxCategories: 0 }',
        'rules:\n  scope/bounded: { maxCategories: many }',
        'rules:\n  scope/bounded: { maxCategory: 3 }',
        'rules:\n  motivation/necessity-required: { minWords: 3 }',
        'rules:\n  motivation/substantive: { detectReuse: yes please }',
        'rules:\n  approval/required-approval: { elevatedRisk: king }',
        'rules:\n  recipient/joint-method: { jointMethodSince: 1st of July }',
        'rules:\n  group/collective-motivation: { groupTerms: collective }',
        'rules:\n  group/collective-motivation: { groupTerms: [1, 2] }',
        'ignores: drafts/',
        'ignores: [drafts/, 3]',
        'ignores: ["  "]',
        'overrides: {}',
        'overrides: [mivd/]',
        'overrides:\n  - rules: { scope/bounded: off }',
        'overrides:\n  - files: []',
        'overrides:\n  - files: [a/]\n    rule: {}',
        'overrides:\n  - files: [a/]\n    rules:\n      scope/bonded: off',
        'overrides:\n  - files: [a/]\n    rules:\n      scope/bounded: { severity: loud }',
        'docsBaseUrl: docs/'
    ];

    test.each(good)('valid for both: %j', yaml => {
        expect(parseConfig('/project/provisio.config.yaml', yaml).problems).toEqual([]);
        expect(valid(yaml), JSON.stringify(validate.errors)).toBe(true);
    });

    test.each(bad)('invalid for both: %j', yaml => {
        expect(parseConfig('/project/provisio.config.yaml', yaml).problems.length).toBeGreaterThan(0);
        expect(valid(yaml)).toBe(false);
    });

    test('what only the reader can tell: a date that is no calendar date, a key given twice', () => {
        for (const yaml of ['rules:\n  recipient/joint-method: { jointMethodSince: 2023-02-30 }', 'rules:\n  scope/bounded: off\n  scope/bounded: error']) {
            expect(parseConfig('/project/provisio.config.yaml', yaml).problems.length).toBeGreaterThan(0);
        }
    });
});
