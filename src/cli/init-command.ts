// `provisio init [folder]`: a commented provisio.config.yaml listing every rule with its
// default severity and, in an empty folder, a registry with the two services and a first
// provision that passes `provisio check`. It never overwrites a file.
import { lstatSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { configFileNames } from '../config/config-files.js';
import { list, type MessageData } from '../i18n/messages.js';
import type { Translator } from '../i18n/translator.js';
import { rules } from '../rules/registry.js';
import { ruleText } from '../rules/rule-text.js';
import { initMessages } from './init.messages.js';
import { ExitCode, UsageError, type Output } from './output.js';

type Say = (key: Parameters<typeof initMessages.message>[0], data?: MessageData) => string;

export function runInit(folder: string, output: Output, translator: Translator, today = new Date()): ExitCode {
    const say: Say = (key, data) => translator.format(initMessages.message(key, data));
    const shown = (path: string) => {
        const below = relative(process.cwd(), path);
        return below === '' ? '.' : below.startsWith('..') || isAbsolute(below) ? resolve(path) : below;
    };
    if (existsAsFile(folder)) {
        throw new UsageError(initMessages.message('notFolder', { folder }));
    }
    mkdirSync(folder, { recursive: true });
    const existing = configFileNames.map(name => join(folder, name)).find(isPresent);
    if (existing) {
        throw new UsageError(initMessages.message('exists', { file: shown(existing) }));
    }
    const empty = readdirSync(folder).every(name => name.startsWith('.'));
    const files: Record<string, string> = { 'provisio.config.yaml': configTemplate(say, translator) };
    const date = isoDate(today);
    const provisionFile = `provisions/P-${date.slice(0, 4)}-0001.provisio`;
    if (empty) {
        files['registry.provisio'] = registryTemplate(say, today);
        files[provisionFile] = provisionTemplate(say, today);
    }
    for (const [name, text] of Object.entries(files)) {
        const path = join(folder, name);
        mkdirSync(join(path, '..'), { recursive: true });
        if (isPresent(path)) {
            throw new UsageError(initMessages.message('exists', { file: shown(path) }));
        }
        // `wx`: fail rather than overwrite a file that appeared meanwhile.
        writeFileSync(path, text, { flag: 'wx' });
    }
    const created = Object.keys(files).map(name => shown(join(folder, name)));
    output.out(`${say('created', { files: list(created, 'and') })}\n${empty ? say('next', { provision: shown(join(folder, provisionFile)) }) : say('nextConfigOnly')}\n`);
    return ExitCode.Clean;
}

function configTemplate(say: Say, translator: Translator): string {
    const comment = (text: string, indent = '') => text.split('\n').map(line => `${indent}# ${line}`).join('\n');
    const ruleLines = rules.map(rule => `${comment(ruleText(rule, 'description', translator) ?? '', '  ')}\n  # ${rule.id}: ${rule.defaultSeverity}`);
    return [
        comment(say('config.header')),
        '',
        comment(say('config.language')),
        `# language: ${translator.locale}`,
        '',
        comment(say('config.ignores')),
        '# ignores:',
        '#   - drafts/',
        '#   - archive/**',
        '',
        comment(say('config.rules')),
        'rules:',
        ruleLines.join('\n\n'),
        '',
        comment(say('config.overrides')),
        '# overrides:',
        '#   - files: ["archive/**"]',
        '#     rules:',
        '#       recipient/weighing-note-current: off',
        ''
    ].join('\n');
}

function registryTemplate(say: Say, today: Date): string {
    return [
        'classification "ONGERUBRICEERD"',
        '',
        comment(say('registry.services')),
        'service AIVD "Algemene Inlichtingen- en Veiligheidsdienst"',
        'service MIVD "Militaire Inlichtingen- en Veiligheidsdienst"',
        '',
        comment(say('registry.recipient')),
        `recipient ExampleService "${say('registry.recipientName')}" {`,
        `    weighing-note WN-${isoDate(today).slice(0, 4)}-01 {`,
        `        assessed ${isoDate(addDays(today, -30))}`,
        '        method joint',
        `        review-due ${isoDate(addDays(today, 2 * 365))}`,
        '        democratic-anchoring adequate',
        '        human-rights adequate',
        '        professionalism adequate',
        '        legal-powers adequate',
        '        data-protection adequate',
        '        permits analytical, personal-data',
        '    }',
        '}',
        ''
    ].join('\n');
}

function provisionTemplate(say: Say, today: Date): string {
    const necessity = wrap(say('provision.necessity'), 88).map(line => `        ${line}`);
    return [
        'classification "ONGERUBRICEERD"',
        '',
        comment(say('provision.comment')),
        `provision P-${isoDate(today).slice(0, 4)}-0001 {`,
        '    by AIVD',
        '    to ExampleService',
        `    date ${isoDate(today)}`,
        '    data {',
        '        form analytical',
        `        subjects 1 "${say('provision.subjects')}"`,
        '        categories identity',
        `        period ${isoDate(addDays(today, -90))} to ${isoDate(addDays(today, -1))}`,
        '    }',
        '    necessity """',
        ...necessity,
        '    """',
        '    conditions third-party-rule, intelligence-use-only',
        `    approved mandated-official on ${isoDate(today)}`,
        '}',
        ''
    ].join('\n');
}

function comment(text: string): string {
    return text.split('\n').map(line => `// ${line}`).join('\n');
}

function wrap(text: string, width: number): string[] {
    const lines: string[] = [];
    let line = '';
    for (const word of text.split(/\s+/)) {
        if (line && line.length + 1 + word.length > width) {
            lines.push(line);
            line = word;
        } else {
            line = line ? `${line} ${word}` : word;
        }
    }
    return line ? [...lines, line] : lines;
}

function isoDate(date: Date): string {
    return date.toISOString().slice(0, 10);
}

function addDays(date: Date, days: number): Date {
    return new Date(date.getTime() + days * 24 * 60 * 60 * 1000);
}

/** Anything at the path, a broken link included. */
function isPresent(path: string): boolean {
    try {
        lstatSync(path);
        return true;
    } catch {
        return false;
    }
}

function existsAsFile(path: string): boolean {
    try {
        return !statSync(path).isDirectory();
    } catch {
        return false;
    }
}
