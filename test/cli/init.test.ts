// `provisio init`, through the built CLI: the files it writes pass `provisio check`, the
// configuration passes its reader and its schema, and nothing is ever overwritten.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { parse as parseYaml } from 'yaml';
import { describe, expect, test } from 'vitest';
import { configSchema } from '../../src/config/config-schema.js';
import { parseConfig } from '../../src/config/load-config.js';
import { rules } from '../../src/rules/registry.js';
import { runCli } from './run-cli.js';

const emptyFolder = () => mkdtempSync(join(tmpdir(), 'provisio-init-'));
const year = new Date().toISOString().slice(0, 4);
const provisionFile = `provisions/P-${year}-0001.provisio`;

describe('provisio init in an empty folder', () => {
    test('writes a configuration, a registry and a first provision, and the result checks clean', () => {
        const folder = emptyFolder();
        const run = runCli(['init'], folder);
        expect(run.stdout).toBe(`Created provisio.config.yaml, registry.provisio, and ${provisionFile}.\nEdit ${provisionFile}, then run \`provisio check\`.\n`);
        expect(run.status).toBe(0);
        const registry = readFileSync(join(folder, 'registry.provisio'), 'utf8');
        expect(registry).toContain('service AIVD "Algemene Inlichtingen- en Veiligheidsdienst"');
        expect(registry).toContain('service MIVD "Militaire Inlichtingen- en Veiligheidsdienst"');
        expect(readFileSync(join(folder, provisionFile), 'utf8')).toContain(`provision P-${year}-0001 {`);
        const check = runCli(['check'], folder);
        expect(check.stdout).toBe('No problems found (2 files checked).\n');
        expect(check.status).toBe(0);
    });

    test('a folder that does not exist is created; a folder holding only hidden entries (.git) counts as empty', () => {
        const parent = emptyFolder();
        mkdirSync(join(parent, 'repo/.git'), { recursive: true });
        expect(runCli(['init', 'repo'], parent).status).toBe(0);
        expect(readdirSync(join(parent, 'repo')).sort()).toEqual(['.git', 'provisio.config.yaml', 'provisions', 'registry.provisio']);
        expect(runCli(['init', 'new/justifications'], parent).status).toBe(0);
        expect(runCli(['check', 'new/justifications'], parent).status).toBe(0);
    });

    test('in Dutch, the comments and the example prose are Dutch, and it still checks clean', () => {
        const folder = emptyFolder();
        const run = runCli(['init', '--lang', 'nl'], folder);
        expect(run.stdout).toBe(`provisio.config.yaml, registry.provisio en ${provisionFile} gemaakt.\nBewerk ${provisionFile} en voer daarna \`provisio check\` uit.\n`);
        const config = readFileSync(join(folder, 'provisio.config.yaml'), 'utf8');
        expect(config).toContain('# Provisio-configuratie.');
        expect(config).toContain('# Een motivering van de noodzaak is lang genoeg om de verstrekking te onderbouwen');
        expect(readFileSync(join(folder, provisionFile), 'utf8')).toContain('Vervang deze tekst door de motivering van de zaak');
        expect(runCli(['check', '--lang', 'nl'], folder).stdout).toBe('Geen problemen gevonden (2 bestanden gecontroleerd).\n');
    });
});

describe('the configuration it writes', () => {
    const folder = emptyFolder();
    runCli(['init'], folder);
    const text = readFileSync(join(folder, 'provisio.config.yaml'), 'utf8');

    test('lists every rule, commented out, with its default severity, and shows language, ignores and overrides', () => {
        for (const rule of rules) {
            expect(text).toContain(`\n  # ${rule.id}: ${rule.defaultSeverity}\n`);
        }
        expect(text).toContain('\n# language: en\n');
        expect(text).toContain('\n# ignores:\n#   - drafts/\n');
        expect(text).toContain('\n# overrides:\n#   - files: ["archive/**"]\n#     rules:\n#       recipient/weighing-note-current: off\n');
    });

    test('is valid for the reader and the schema, as written and with every commented setting switched on', () => {
        const uncommented = text.replace(/^(\s*)# ((?:language|ignores|overrides|[a-z-]+\/[a-z-]+):.*|  - .*|    rules:|      .*|  - files.*)$/gm, '$1$2');
        const validate = new Ajv({ strict: true }).compile(configSchema());
        for (const yaml of [text, uncommented]) {
            expect(parseConfig(join(folder, 'provisio.config.yaml'), yaml).problems).toEqual([]);
            expect(validate(parseYaml(yaml) ?? {}), JSON.stringify(validate.errors)).toBe(true);
        }
        const switchedOn = parseConfig(join(folder, 'provisio.config.yaml'), uncommented).config;
        expect(switchedOn.ignores).toEqual(['drafts/', 'archive/**']);
        expect(switchedOn.overrides).toHaveLength(1);
        expect(switchedOn.rules.size).toBe(rules.length);
    });
});

describe('never overwrites', () => {
    test('an existing configuration (any of the three names) stops it with exit 2, and nothing is written', () => {
        for (const name of ['provisio.config.yaml', 'provisio.config.yml', 'provisio.config.json']) {
            const folder = emptyFolder();
            writeFileSync(join(folder, name), 'rules: {}\n');
            const run = runCli(['init'], folder);
            expect(run.stderr).toBe(`provisio: ${name} already exists; provisio init never overwrites a file. Edit it, or remove it first.\n`);
            expect(run.status).toBe(2);
            expect(readdirSync(folder)).toEqual([name]);
            expect(readFileSync(join(folder, name), 'utf8')).toBe('rules: {}\n');
        }
    });

    test('a folder with files gets only the configuration; its files are untouched', () => {
        const folder = emptyFolder();
        writeFileSync(join(folder, 'notes.provisio'), '// mine\n');
        const run = runCli(['init'], folder);
        expect(run.stdout).toBe('Created provisio.config.yaml.\nRun `provisio check` to check the .provisio files here.\n');
        expect(readdirSync(folder).sort()).toEqual(['notes.provisio', 'provisio.config.yaml']);
        expect(readFileSync(join(folder, 'notes.provisio'), 'utf8')).toBe('// mine\n');
    });

    test('a path that is a file is a usage error', () => {
        const folder = emptyFolder();
        writeFileSync(join(folder, 'file'), '');
        const run = runCli(['init', 'file'], folder);
        expect(run.stderr).toBe('provisio: file is not a folder.\n');
        expect(run.status).toBe(2);
    });

    test('--help lists the folder argument with its default', () => {
        const help = runCli(['init', '--help']).stdout;
        expect(help).toContain('Usage: provisio init [options] [folder]');
        expect(help).toMatch(/folder\s+the folder to set up; created when missing \(default:\s+"\."\)/);
    });
});
