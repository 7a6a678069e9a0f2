// The JSON Schema of provisio.config.*, generated from the rule registry and the configuration's
// keys, in English. `npm run docs` writes it to schemas/provisio.config.schema.json, which the
// extension contributes (yamlValidation, jsonValidation) for completion, hover and checks while
// editing a configuration.
//
// The schema serves editors; the CLI and the language server keep validating with the reader in
// load-config.ts, because it says more than a JSON Schema validator can: its messages are in
// English or Dutch, located at the file's own line and column in YAML and in JSON with comments,
// suggest the rule or key that was meant, and it also checks what a schema cannot express
// (real calendar dates, a key given twice, markings in any letter case, a size of 0). A test validates a
// corpus of good and bad configurations with both, ajv and the reader, and requires that they agree.
import { Translator } from '../i18n/translator.js';
import { classificationMarkings } from '../model/classification.js';
import { rules } from '../rules/registry.js';
import { severitySettings, type OptionSpec, type Rule } from '../rules/rule.js';
import { ruleText } from '../rules/rule-text.js';
import { schemaMessages } from './schema.messages.js';

export const configSchemaFile = 'schemas/provisio.config.schema.json';

type Schema = Record<string, unknown>;

/** Gitignore patterns: a list of texts that are not blank. */
const patterns = { type: 'array', items: { type: 'string', pattern: '\\S' } } as const;

const english = new Translator('en');
const say = (key: Parameters<typeof schemaMessages.message>[0], data?: Parameters<typeof schemaMessages.message>[1]) => english.format(schemaMessages.message(key, data));

export function configSchema(): Schema {
    return {
        $schema: 'http://json-schema.org/draft-07/schema#',
        $id: 'https://provisio.invalid/schemas/provisio.config.schema.json',
        title: say('title'),
        description: say('description'),
        type: 'object',
        additionalProperties: false,
        properties: {
            language: { description: say('language'), enum: ['en', 'nl'] },
            maxFileSize: {
                description: say('maxFileSize'),
                anyOf: [{ type: 'integer', minimum: 1 }, { type: 'string', pattern: '^\\s*\\d+(\\.\\d+)?\\s*([bB]|[kKmMgG][bB])?\\s*$' }]
            },
            defaultClassification: {
                description: say('defaultClassification'),
                // The canonical markings, offered for completion; the reader also accepts them in any letter case and spelled out.
                anyOf: [{ enum: [...classificationMarkings] }, { type: 'string', pattern: '\\S' }]
            },
            docsBaseUrl: { description: say('docsBaseUrl'), type: 'string', pattern: '^(https?|file):' },
            ignores: { description: say('ignores'), ...patterns },
            rules: { $ref: '#/definitions/rules' },
            overrides: {
                description: say('overrides'),
                type: 'array',
                items: {
                    type: 'object',
                    additionalProperties: false,
                    required: ['files'],
                    properties: {
                        files: { description: say('overrideFiles'), ...patterns, minItems: 1 },
                        rules: { $ref: '#/definitions/rules' }
                    }
                }
            }
        },
        definitions: {
            severity: { description: say('severity'), enum: [...severitySettings] },
            rules: {
                description: say('rules'),
                type: ['object', 'null'],
                additionalProperties: false,
                properties: Object.fromEntries(rules.map(rule => [rule.id, ruleSchema(rule)]))
            }
        }
    };
}

function ruleSchema(rule: Rule): Schema {
    const description = say('ruleDefault', { description: ruleText(rule, 'description', english) ?? rule.id, severity: rule.defaultSeverity });
    const options = Object.fromEntries(Object.entries(rule.options).map(([name, spec]) => [name, optionSchema(rule, name, spec)]));
    return {
        description,
        anyOf: [
            { $ref: '#/definitions/severity' },
            { type: 'object', additionalProperties: false, properties: { severity: { description: say('severity'), enum: [...severitySettings], default: rule.defaultSeverity }, ...options } }
        ]
    };
}

function optionSchema(rule: Rule, name: string, spec: OptionSpec): Schema {
    const described = { description: ruleText(rule, `option.${name}`, english), default: spec.default };
    switch (spec.type) {
        case 'integer':
            return { ...described, type: 'integer', minimum: spec.minimum };
        case 'boolean':
            return { ...described, type: 'boolean' };
        case 'date':
            return { ...described, type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };
        case 'choice':
            return { ...described, enum: [...spec.values] };
        case 'list':
            return { ...described, type: 'array', items: { type: 'string' } };
    }
}

/** The schema as the file holds it. */
export function configSchemaText(): string {
    return JSON.stringify(configSchema(), null, 2) + '\n';
}
