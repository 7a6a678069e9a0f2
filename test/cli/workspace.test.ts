// The workspace, not the argument, is the unit of meaning: checking any one file or folder
// of the examples gives exactly the findings the full check gives for it, because the rest
// of the workspace is loaded for names and workspace-wide facts.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { runCheck } from '../../src/cli/check-command.js';
import type { LintResult } from '../../src/cli/lint-results.js';
import { Translator } from '../../src/i18n/translator.js';
import { projectRoot } from './run-cli.js';

const examples = join(projectRoot, 'examples');

async function check(paths: string[]): Promise<Map<string, string[]>> {
    let out = '';
    await runCheck(paths, { format: 'json', color: false }, { out: text => { out += text; }, error: () => undefined }, new Translator('en'));
    const results = JSON.parse(out) as LintResult[];
    return new Map(results.map(result => [relative(projectRoot, result.filePath), result.messages.map(message => `${message.line}:${message.column} ${message.ruleId} ${message.message}`)]));
}

function walk(folder: string): string[] {
    return readdirSync(folder).flatMap(name => {
        const path = join(folder, name);
        return statSync(path).isDirectory() ? [path, ...walk(path)] : name.endsWith('.provisio') ? [path] : [];
    });
}

let full: Map<string, string[]>;
beforeAll(async () => { full = await check([examples]); });

describe('checking part of the examples', () => {
    test('the full check reports every example file', () => {
        expect(full.size).toBe(walk(examples).filter(path => path.endsWith('.provisio')).length);
    });

    test('every file and folder on its own gets exactly the findings of the full check', async () => {
        for (const path of walk(examples)) {
            const part = await check([path]);
            for (const [file, findings] of part) {
                expect(findings, `${relative(projectRoot, path)} → ${file}`).toEqual(full.get(file));
            }
            expect(part.size, relative(projectRoot, path)).toBeGreaterThan(0);
        }
    }, 120_000);
});

describe('suppressions in the CLI', () => {
    const defect = join(examples, 'defects/risk-mitigation-required.provisio');

    async function json(paths: string[], options: { inlineSuppressions?: boolean; workspace?: string } = {}): Promise<LintResult[]> {
        let out = '';
        await runCheck(paths, { format: 'json', color: false, ...options }, { out: text => { out += text; }, error: () => undefined }, new Translator('en'));
        return JSON.parse(out) as LintResult[];
    }

    test('a suppressed finding leaves the messages and is listed with its reason; an audit run reports it again', async () => {
        const { mkdtempSync, readFileSync, writeFileSync, cpSync } = await import('node:fs');
        const { tmpdir } = await import('node:os');
        const folder = mkdtempSync(join(tmpdir(), 'provisio-suppress-'));
        cpSync(examples, folder, { recursive: true });
        const file = join(folder, 'defects/risk-mitigation-required.provisio');
        const text = readFileSync(defect, 'utf8');
        const line = text.split('\n').findIndex(candidate => /^\s+to EastmarkGIS/.test(candidate));
        const lines = text.split('\n');
        lines.splice(line, 0, '    // provisio-disable-next-line risk/mitigation-required approved-by HoS -- Accepted: the data concerns a person already in custody.');
        writeFileSync(file, lines.join('\n'));

        const [result] = await json([file]);
        expect(result.messages.map(message => message.ruleId)).not.toContain('risk/mitigation-required');
        expect(result.suppressedMessages).toEqual([expect.objectContaining({
            ruleId: 'risk/mitigation-required',
            suppressions: [{ kind: 'directive', justification: 'Accepted: the data concerns a person already in custody.', directive: 'next-line', approvedBy: 'HoS', until: undefined, line: line + 1 }]
        })]);

        const [audit] = await json([file], { inlineSuppressions: false });
        expect(audit.messages.map(message => message.ruleId)).toContain('risk/mitigation-required');
        expect(audit.suppressedMessages).toEqual([]);
    });

    test('--workspace names the workspace to load when the files lie outside it', async () => {
        const { mkdtempSync, readFileSync, writeFileSync } = await import('node:fs');
        const { tmpdir } = await import('node:os');
        const outside = join(mkdtempSync(join(tmpdir(), 'provisio-outside-')), 'P-2022-M0099.provisio');
        writeFileSync(outside, readFileSync(join(examples, 'workspace/mivd/P-2022-M0058-ironbridge.provisio'), 'utf8').replace(/P-2022-M0058/g, 'P-2022-M0099'));
        const alone = await json([outside]);
        expect(alone[0].messages.map(message => message.ruleId)).toContain('language/unresolved-reference');
        const [inWorkspace] = await json([outside], { workspace: join(examples, 'workspace') });
        expect(inWorkspace.messages.map(message => message.ruleId)).not.toContain('language/unresolved-reference');
    });
});

describe('a file reached twice', () => {
    test('through a link, it is read once: no duplicate names, no motivation compared with itself', async () => {
        const { mkdtempSync, readFileSync, writeFileSync, symlinkSync } = await import('node:fs');
        const { tmpdir } = await import('node:os');
        const folder = mkdtempSync(join(tmpdir(), 'provisio-link-'));
        writeFileSync(join(folder, 'registry.provisio'), readFileSync(join(examples, 'workspace/registry/services.provisio'), 'utf8') + readFileSync(join(examples, 'workspace/registry/recipients.provisio'), 'utf8'));
        writeFileSync(join(folder, 'good.provisio'), readFileSync(join(examples, 'workspace/mivd/P-2022-M0058-ironbridge.provisio'), 'utf8'));
        symlinkSync(join(folder, 'good.provisio'), join(folder, 'link.provisio'));
        const results = await check([folder]);
        expect([...results.keys()].filter(file => file.endsWith('good.provisio') || file.endsWith('link.provisio'))).toHaveLength(1);
        expect([...results.values()].flat().filter(finding => / language\/duplicate-name | motivation\/substantive /.test(finding))).toEqual([]);
    });
});
