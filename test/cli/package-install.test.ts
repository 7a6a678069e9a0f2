// The route the README gives for a justification repository: `npm pack` the built package and
// install the tarball. Installed offline into a fresh project, `npx provisio check` works: the
// CLI is one bundle, so the package declares no dependencies to fetch.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { projectRoot } from './run-cli.js';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const quietNpm = { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false', NO_COLOR: '1', LC_ALL: undefined, LANG: undefined };

describe('installing Provisio from a packed tarball', () => {
    test('npm pack, npm install --offline into a fresh project, npx provisio check', () => {
        const folder = mkdtempSync(join(tmpdir(), 'provisio-pack-'));
        // The tests run after the build, so packing needs no `prepare`.
        const packed = JSON.parse(execFileSync(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', folder], { cwd: projectRoot, encoding: 'utf8', env: quietNpm })) as Array<{ filename: string; files: Array<{ path: string }> }>;
        const files = packed[0].files.map(file => file.path);
        expect(files).toContain('out/cli/provisio.js');
        expect(files).toContain('package.json');
        // The server ships for Neovim, Emacs and Helix; the VS Code client only in the .vsix.
        expect(files).toContain('out/server.cjs');
        expect(files.filter(path => /^(src|test|examples|node_modules)\/|\.map$|^out\/extension/.test(path))).toEqual([]);
        const manifest = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
        expect(manifest.dependencies ?? {}).toEqual({});

        const project = join(folder, 'justifications');
        mkdirSync(project);
        writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'justifications', version: '1.0.0', private: true }));
        cpSync(join(projectRoot, 'examples/workspace'), join(project, 'dossiers'), { recursive: true });
        cpSync(join(projectRoot, 'examples/provisio.config.yaml'), join(project, 'provisio.config.yaml'));
        cpSync(join(projectRoot, 'examples/defects/scope-bounded.provisio'), join(project, 'dossiers/new-provision.provisio'));
        execFileSync(npm, ['install', '--offline', '--no-audit', '--no-fund', '--save-dev', join(folder, packed[0].filename)], { cwd: project, encoding: 'utf8', env: quietNpm, stdio: 'pipe' });

        const run = spawnSync(npm, ['exec', '--offline', '--', 'provisio', 'check', 'dossiers', '-f', 'stylish', '-f', 'sarif', '-o', 'provisio.sarif'], { cwd: project, encoding: 'utf8', env: quietNpm, timeout: 60_000 });
        expect(run.stderr).toBe('');
        expect(run.stdout).toMatch(/^dossiers\/new-provision\.provisio\n {2}15:9 {2}warning {2}Provision P-2022-D03 gives data on all subjects\..*scope\/bounded\n\n1 problem \(0 errors, 1 warning, 0 infos\) in \d+ files checked\.\n$/s);
        expect(run.status).toBe(0);
        const log = JSON.parse(readFileSync(join(project, 'provisio.sarif'), 'utf8')) as { runs: Array<{ tool: { driver: { version: string } } }> };
        expect(log.runs[0].tool.driver.version).toBe(JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')).version);
    }, 120_000);
});
