// The packaged extension, made by the `package` script's own vsce command: it holds the
// EUPL-1.2 licence, the icon (a 128×128 PNG), the file icon, the Markdown grammar injection and
// the manifest's commands, settings and activation; and nothing from src/, test/ or node_modules.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, test } from 'vitest';
import { projectRoot } from '../cli/run-cli.js';

const manifest = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'));
let files: Record<string, Uint8Array>;

beforeAll(() => {
    const script: string = manifest.scripts.package;
    const command = script.split('&&').map(part => part.trim()).find(part => part.startsWith('vsce '))!;
    const out = join(mkdtempSync(join(tmpdir(), 'provisio-vsix-')), 'provisio.vsix');
    // The bundles are built by `npm test` before the tests; the script's own flags, another output file.
    const args = command.split(/\s+/).slice(1);
    args[args.indexOf('--out') + 1] = out;
    execFileSync(process.execPath, [join(projectRoot, 'node_modules/@vscode/vsce/vsce'), ...args], { cwd: projectRoot, stdio: 'pipe', timeout: 120_000 });
    files = unzipSync(readFileSync(out));
}, 150_000);

describe('the packaged extension', () => {
    test('the package script does not skip the licence', () => {
        expect(manifest.scripts.package).not.toContain('--skip-license');
    });

    test('holds the EUPL-1.2 licence the manifest names', () => {
        expect(manifest.license).toBe('EUPL-1.2');
        const licence = strFromU8(files['extension/LICENSE.txt'] ?? files['extension/LICENSE']);
        expect(licence.startsWith('EUROPEAN UNION PUBLIC LICENCE v. 1.2')).toBe(true);
        expect(licence).toContain('Appendix');
    });

    test('holds the icon, a 128×128 PNG, and the file icon of .provisio files', () => {
        const icon = files[`extension/${manifest.icon}`];
        expect(strFromU8(icon.subarray(1, 4))).toBe('PNG');
        const view = new DataView(icon.buffer, icon.byteOffset);
        expect([view.getUint32(16), view.getUint32(20)]).toEqual([128, 128]);
        const fileIcon = manifest.contributes.languages[0].icon;
        expect(strFromU8(files[`extension/${fileIcon.dark.replace(/^\.\//, '')}`])).toContain('<svg');
    });

    test('injects the Provisio grammar into ```provisio fences in Markdown', () => {
        const injection = manifest.contributes.grammars.find((grammar: { injectTo?: string[] }) => grammar.injectTo?.includes('text.html.markdown'));
        const grammar = JSON.parse(strFromU8(files[`extension/${injection.path.replace(/^\.\//, '')}`]));
        expect(grammar.scopeName).toBe(injection.scopeName);
        const block = grammar.repository['provisio-code-block'];
        const begin = new RegExp(block.begin.replace('(?i:', '(?:'), 'i');
        expect(begin.test('```provisio')).toBe(true);
        expect(begin.test('~~~ Provisio')).toBe(true);
        expect(begin.test('```yaml')).toBe(false);
        expect(block.patterns[0].patterns).toEqual([{ include: 'source.provisio' }]);
        expect(injection.embeddedLanguages[block.patterns[0].contentName]).toBe('provisio');
    });

    test('activates on a workspace with .provisio files, and declares its commands, settings and trust', () => {
        expect(manifest.activationEvents).toEqual(expect.arrayContaining(['onLanguage:provisio', 'workspaceContains:**/*.provisio']));
        expect(manifest.contributes.commands.map((command: { command: string }) => command.command)).toEqual(expect.arrayContaining([
            'provisio.restartServer', 'provisio.showOutput', 'provisio.showRuleDocumentation', 'provisio.newProvision', 'provisio.checkWorkspace'
        ]));
        const settings = manifest.contributes.configuration.properties;
        for (const name of ['provisio.trace.server', 'provisio.configFile', 'provisio.codeLens.enabled', 'provisio.inlayHints.riskProfile', 'provisio.language']) {
            expect(settings[name]?.description ?? settings[name]?.markdownDescription, name).toMatch(/^%[\w.]+%$/);
        }
        expect(manifest.capabilities.untrustedWorkspaces).toMatchObject({ supported: 'limited', restrictedConfigurations: ['provisio.configFile'] });
        expect(manifest.keywords.length).toBeGreaterThan(3);
    });

    test('ships nothing but what the editor needs', () => {
        expect(Object.keys(files).filter(name => /^extension\/(src|test|node_modules|examples)\//.test(name))).toEqual([]);
        expect(Object.keys(files)).toEqual(expect.arrayContaining(['extension/out/extension.cjs', 'extension/out/server.cjs']));
    });
});
