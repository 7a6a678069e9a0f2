#!/usr/bin/env node
// End-to-end check of the packaged extension in a real VS Code: code-server 4.100.3 (VS Code
// 1.100.3, the newest that runs on Node 20) in headless Debian Chromium, driven by playwright-core.
//
// 1. Installs what is missing: Debian chromium, ripgrep, libkrb5-dev (apt-get, as root or with
//    sudo), and code-server into .cache/e2e/ (outside the project's own dependencies).
// 2. Installs provisio.vsix into a fresh user-data and extensions folder, starts code-server on a
//    free port of 127.0.0.1 with HOME and XDG_* in a temporary folder.
// 3. Opens a copy of test/e2e/fixture; asserts the Problems panel lists its findings before any
//    file is opened (activation on a workspace with .provisio files); opens a provision with
//    known defects, and asserts the squiggles, the Problems panel rows and the hover.
// 4. Sets `provisio.language` to nl in the user settings, without reloading the window, and
//    asserts the Dutch message in the Problems panel and the hover; then back to auto (English).
// 5. Runs "Provisio: Open summary" and asserts the webview shows the summary heading; clicks a
//    source link in it and asserts the file opens at that line; exports it as Word.
// 6. The authoring aids (vscode-authoring.mjs): Enter after a typed date starts a new line and
//    `to ` opens completion with the recipients; the hover says which date it judges; the quick
//    fix of the missing conditions applies and the finding leaves the Problems panel; Format
//    Document lays out a messy file; a rename to an invalid name is refused; the outline nests;
//    a code lens shows; New provision… and Check workspace work. Saves editor-completion.png,
//    editor-hover.png and editor-outline.png.
// 7. If examples/ is there, opens a copy of it and asserts that a defect file shows the
//    diagnostics the CLI reports. Saves the screenshots in docs/images/ (from the examples
//    when present, otherwise from the fixture). Then clicks the "Open summary" code lens of an
//    umbrella and asserts the summary shows that umbrella and not another.
// Prints timings. Exits 1 with a message on failure; always stops code-server and Chromium.
//
// Run with `npm run e2e` (packages the extension first), or `node test/e2e/vscode-e2e.mjs`
// when provisio.vsix is current. Environment: PROVISIO_E2E_KEEP=1 keeps the temporary folder;
// PROVISIO_E2E_EXAMPLES=0 ignores examples/; PROVISIO_E2E_IMAGES=<dir> saves the screenshots there.
import { execFile, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { checkAuthoringAids } from './vscode-authoring.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cacheDir = join(root, '.cache', 'e2e');
const imagesDir = process.env.PROVISIO_E2E_IMAGES ? resolve(process.env.PROVISIO_E2E_IMAGES) : join(root, 'docs', 'images');
const vsix = join(root, 'provisio.vsix');
const fixtureDir = join(root, 'test', 'e2e', 'fixture');
const examplesDir = join(root, 'examples');
const codeServerVersion = '4.100.3';
const codeServerDir = join(cacheDir, `code-server-${codeServerVersion}`);
const codeServerBin = join(codeServerDir, 'node_modules', '.bin', 'code-server');
const chromiumPath = '/usr/bin/chromium';
const debianPackages = ['chromium', 'ripgrep', 'libkrb5-dev'];
const viewport = { width: 1280, height: 800 };

// The fixture's known defects (see test/e2e/fixture/provisions/P-2024-0042.provisio).
const fixtureFile = 'provisions/P-2024-0042.provisio';
const fixtureExpected = [
    { rule: 'risk/mitigation-required', text: 'but no mitigation covers it' },
    { rule: 'conditions/standard-conditions', text: 'states neither of the standard conditions `third-party-rule` and `intelligence-use-only`' }
];
// The same risk finding with `provisio.language: nl`.
const fixtureDutch = { rule: 'risk/mitigation-required', text: 'een dienst met een verhoogd risicoprofiel' };

const execFileAsync = promisify(execFile);
const started = Date.now();
const timings = [];
const cleanups = [];
let failed = false;

function log(message) {
    console.log(`[e2e ${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s] ${message}`);
}

async function timed(label, action) {
    const start = Date.now();
    try {
        return await action();
    } finally {
        timings.push({ label, ms: Date.now() - start });
    }
}

class E2eFailure extends Error {}
function fail(message) {
    throw new E2eFailure(message);
}

// ------------------------------------------------------------------ installing

function installedDebianPackages(names) {
    const result = spawnSync('dpkg-query', ['-W', '-f=${Package} ${Status}\n', ...names], { encoding: 'utf8' });
    return new Set(result.stdout.split('\n').filter(line => line.endsWith('install ok installed')).map(line => line.split(' ')[0]));
}

function ensureDebianPackages() {
    const installed = installedDebianPackages(debianPackages);
    const missing = debianPackages.filter(name => !installed.has(name));
    if (missing.length === 0) {
        log(`Debian packages present: ${debianPackages.join(', ')}`);
        return false;
    }
    const asRoot = process.getuid?.() === 0;
    const sudo = asRoot ? [] : ['sudo', '-n'];
    if (!asRoot && spawnSync('sudo', ['-n', 'true']).status !== 0) {
        fail(`Missing Debian packages: ${missing.join(', ')}. Not root and no password-less sudo; install them with: sudo apt-get install -y ${missing.join(' ')}`);
    }
    log(`Installing Debian packages: ${missing.join(', ')} (apt-get${asRoot ? ', as root' : ', with sudo'})`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const run = args => {
        const [command, ...rest] = [...sudo, 'apt-get', ...args];
        const result = spawnSync(command, rest, { env, encoding: 'utf8', timeout: 15 * 60_000 });
        if (result.status !== 0) {
            fail(`apt-get ${args.join(' ')} failed (exit ${result.status}):\n${tail(result.stdout + result.stderr, 30)}`);
        }
    };
    run(['update', '-q']);
    run(['install', '-y', '-q', '--no-install-recommends', ...missing]);
    return true;
}

/** code-server's dependency @vscode/ripgrep downloads rg from GitHub; hand it Debian's rg instead. */
function prepareRipgrepCache(tmp) {
    const folder = join(tmp, 'vscode-ripgrep-cache-1.15.11');
    const tarball = join(folder, 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz');
    if (!existsSync(tarball)) {
        mkdirSync(folder, { recursive: true });
        const result = spawnSync('tar', ['-czf', tarball, '-C', '/usr/bin', 'rg'], { encoding: 'utf8' });
        if (result.status !== 0) {
            fail(`Could not pack /usr/bin/rg for @vscode/ripgrep: ${result.stderr}`);
        }
    }
}

async function ensureCodeServer() {
    const stamp = join(codeServerDir, '.installed');
    if (existsSync(stamp) && existsSync(codeServerBin)) {
        log(`code-server ${codeServerVersion} present in ${relative(root, codeServerDir)}`);
        return false;
    }
    log(`Installing code-server ${codeServerVersion} into ${relative(root, codeServerDir)} (takes a minute or two)`);
    rmSync(codeServerDir, { recursive: true, force: true });
    mkdirSync(codeServerDir, { recursive: true });
    writeFileSync(join(codeServerDir, 'package.json'), JSON.stringify({ name: 'provisio-e2e-code-server', private: true }, null, 2));
    const tmp = join(cacheDir, 'tmp');
    prepareRipgrepCache(tmp);
    const logFile = join(cacheDir, 'code-server-install.log');
    const env = {
        ...process.env,
        TMPDIR: tmp,
        npm_config_yes: 'true', // node-pty's postinstall would wait at an npx prompt
        npm_config_unsafe_perm: 'true', // the postinstall refuses to run as root otherwise
        npm_config_nodedir: '/usr', // node-gyp uses the Node headers already installed
        npm_config_update_notifier: 'false'
    };
    const result = spawnSync('npm', ['install', `code-server@${codeServerVersion}`, '--no-audit', '--no-fund', '--foreground-scripts'], {
        cwd: codeServerDir, env, encoding: 'utf8', timeout: 20 * 60_000, maxBuffer: 256 * 1024 * 1024
    });
    writeFileSync(logFile, `${result.stdout}\n${result.stderr}`);
    if (result.status !== 0 || !existsSync(codeServerBin)) {
        fail(`Installing code-server failed (exit ${result.status}${result.error ? `, ${result.error.message}` : ''}); log in ${relative(root, logFile)}:\n${tail(result.stdout + result.stderr, 40)}`);
    }
    writeFileSync(stamp, new Date().toISOString());
    return true;
}

// ------------------------------------------------------------------ code-server

function freePort() {
    return new Promise((resolve, reject) => {
        const server = createServer();
        server.unref();
        server.on('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const { port } = server.address();
            server.close(() => resolve(port));
        });
    });
}

function sandboxEnv(temp) {
    const home = join(temp, 'home');
    const env = { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), XDG_DATA_HOME: join(home, '.local', 'share'), XDG_CACHE_HOME: join(home, '.cache'), XDG_STATE_HOME: join(home, '.local', 'state'), XDG_RUNTIME_DIR: join(temp, 'runtime') };
    for (const folder of [env.XDG_CONFIG_HOME, env.XDG_DATA_HOME, env.XDG_CACHE_HOME, env.XDG_STATE_HOME]) {
        mkdirSync(folder, { recursive: true });
    }
    mkdirSync(env.XDG_RUNTIME_DIR, { recursive: true, mode: 0o700 });
    // Keep code-server from inheriting a parent's VS Code or code-server session.
    for (const name of Object.keys(env)) {
        if (/^(VSCODE_|CODE_SERVER_|ELECTRON_)/.test(name) || name === 'PASSWORD' || name === 'HASHED_PASSWORD') {
            delete env[name];
        }
    }
    return env;
}

function userSettings(extra = {}) {
    return {
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'workbench.welcomePage.walkthroughs.openOnInstall': false,
        'workbench.enableExperiments': false,
        'workbench.colorTheme': 'Default Dark Modern',
        'workbench.secondarySideBar.defaultVisibility': 'hidden',
        'workbench.layoutControl.enabled': false,
        'extensions.autoUpdate': false,
        'extensions.autoCheckUpdates': false,
        'extensions.ignoreRecommendations': true,
        'telemetry.telemetryLevel': 'off',
        'security.workspace.trust.enabled': false,
        'update.mode': 'none',
        'chat.commandCenter.enabled': false,
        'chat.disableAIFeatures': true,
        'git.enabled': false,
        'editor.fontSize': 15,
        'editor.minimap.enabled': false,
        'editor.hover.delay': 200,
        'editor.renderWhitespace': 'none',
        'files.autoSave': 'off',
        'outline.collapseItems': 'alwaysExpand',
        ...extra
    };
}

function writeUserSettings(userDataDir) {
    const settings = userSettings();
    mkdirSync(join(userDataDir, 'User'), { recursive: true });
    writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
}

async function installExtension(env, userDataDir, extensionsDir) {
    const { stdout, stderr } = await execFileAsync(codeServerBin, ['--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, '--install-extension', vsix], { env, timeout: 120_000 })
        .catch(error => fail(`code-server --install-extension failed: ${error.message}\n${error.stdout ?? ''}${error.stderr ?? ''}`));
    const installed = readdirSync(extensionsDir).filter(name => name.startsWith('provisio.provisio-'));
    if (installed.length === 0) {
        fail(`provisio.vsix was not installed:\n${stdout}${stderr}`);
    }
    log(`Installed extension ${installed.join(', ')}`);
}

async function startCodeServer(env, userDataDir, extensionsDir, workspace, logFile) {
    const port = await freePort();
    const args = [
        '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
        '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
        '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, workspace
    ];
    const out = [];
    const child = spawn(codeServerBin, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', data => out.push(data));
    child.stderr.on('data', data => out.push(data));
    cleanups.push(async () => {
        writeFileSync(logFile, Buffer.concat(out));
        await stopProcessGroup(child, 'code-server');
    });
    const url = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
        if (child.exitCode !== null) {
            fail(`code-server exited with ${child.exitCode}:\n${tail(Buffer.concat(out).toString(), 30)}`);
        }
        const healthy = await fetch(`${url}/healthz`).then(response => response.ok, () => false);
        if (healthy) {
            return { url, child, output: () => Buffer.concat(out).toString() };
        }
        await sleep(250);
    }
    fail(`code-server did not answer ${url}/healthz within 60 s:\n${tail(Buffer.concat(out).toString(), 30)}`);
}

/** Stops a process started here with detached: true, with its children, by its process group id. */
async function stopProcessGroup(child, name) {
    if (child.exitCode !== null || child.signalCode !== null) {
        return;
    }
    const exited = new Promise(resolve => child.once('exit', resolve));
    try {
        process.kill(-child.pid, 'SIGTERM');
    } catch {
        return;
    }
    const stopped = await Promise.race([exited.then(() => true), sleep(5000).then(() => false)]);
    if (!stopped) {
        try {
            process.kill(-child.pid, 'SIGKILL');
        } catch { /* gone */ }
        await Promise.race([exited, sleep(2000)]);
    }
    log(`Stopped ${name} (process group ${child.pid})`);
}

// ------------------------------------------------------------------ the workbench

async function openWorkbench(page, url, folder) {
    await page.goto(`${url}/?folder=${encodeURIComponent(folder)}`, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
}

/** Opens a workspace file with Quick Open (Ctrl+P); falls back to clicking through the Explorer. */
async function openFile(page, relativePath) {
    const name = basename(relativePath);
    const tab = page.locator('.tabs-container .tab').filter({ hasText: name }).first();
    try {
        await page.keyboard.press('Escape');
        await page.keyboard.press('Control+P');
        const input = page.locator('.quick-input-widget input');
        await input.waitFor({ timeout: 10_000 });
        await input.fill(relativePath);
        const row = page.locator(`.quick-input-list .monaco-list-row[aria-label*="${name}"]`).first();
        await row.waitFor({ timeout: 15_000 });
        await page.keyboard.press('Enter');
        await tab.waitFor({ timeout: 10_000 });
    } catch (error) {
        log(`Quick Open did not open ${relativePath} (${firstLine(error.message)}); using the Explorer`);
        await page.keyboard.press('Escape');
        const segments = relativePath.split('/');
        for (const [index, segment] of segments.entries()) {
            const row = page.locator(`.explorer-folders-view .monaco-list-row[aria-label="${segment}"]`).first();
            await row.waitFor({ timeout: 10_000 });
            const expanded = await row.getAttribute('aria-expanded');
            if (index < segments.length - 1 && expanded === 'true') {
                continue;
            }
            await row.click();
        }
        await tab.waitFor({ timeout: 10_000 });
    }
    await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ timeout: 10_000 });
    return Date.now();
}

/**
 * Replaces the user settings as an author would, in the settings.json editor (Preferences: Open
 * User Settings (JSON)), and saves them; then closes that editor. VS Code applies them at once.
 */
async function editUserSettings(page, settings) {
    await page.keyboard.press('Escape');
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ timeout: 10_000 });
    await input.fill('>Preferences: Open User Settings (JSON)');
    await page.locator('.quick-input-list .monaco-list-row').filter({ hasText: 'Open User Settings (JSON)' }).first().waitFor({ timeout: 10_000 });
    await page.keyboard.press('Enter');
    const tab = page.locator('.tabs-container .tab').filter({ hasText: 'settings.json' }).first();
    await tab.waitFor({ timeout: 10_000 });
    await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ timeout: 10_000 });
    await sleep(500);
    await page.keyboard.press('Control+A');
    // One line, inserted at once: no auto-closed quotes or brackets.
    await page.keyboard.insertText(JSON.stringify(settings));
    await page.keyboard.press('Control+S');
    await page.locator('.tabs-container .tab.dirty').filter({ hasText: 'settings.json' }).waitFor({ state: 'detached', timeout: 10_000 })
        .catch(() => fail('settings.json was not saved.'));
    await page.keyboard.press('Control+W');
    await tab.waitFor({ state: 'detached', timeout: 10_000 });
}

/** The English heading of the full summary (src/summary/summary.messages.ts, title.all). */
const summaryHeading = 'Provisions of personal data to foreign services: summary';

/** Runs the command from the Command Palette; returns the webview's page frame and its heading. */
async function openSummary(page) {
    await page.keyboard.press('Escape');
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ timeout: 10_000 });
    await input.fill('>Provisio: Open summary');
    await page.locator('.quick-input-list .monaco-list-row').filter({ hasText: 'Provisio: Open summary' }).first().waitFor({ timeout: 10_000 })
        .catch(() => fail('The Command Palette does not offer "Provisio: Open summary".'));
    await page.keyboard.press('Enter');
    // A webview is an iframe holding the page's own iframe.
    const frame = page.frameLocator('iframe.webview').first().frameLocator('iframe#active-frame');
    const heading = frame.locator('h1');
    await heading.waitFor({ timeout: 30_000 }).catch(() => fail('The summary webview shows no heading within 30 s.'));
    const text = (await heading.textContent())?.trim() ?? '';
    if (text !== summaryHeading) {
        fail(`The summary webview's heading is "${text}", not "${summaryHeading}".`);
    }
    const recipient = frame.locator('h3').filter({ hasText: 'NorthlandSIS' }).first();
    await recipient.waitFor({ timeout: 5_000 }).catch(() => fail('The summary webview does not name the recipient NorthlandSIS.'));
    return { frame, heading: text };
}

/** Clicks the source link of the registry's recipient and waits for its file to open at that line. */
async function followSourceLink(page, frame) {
    const link = frame.locator('h3 span.source a').filter({ hasText: 'registry.provisio' }).first();
    await link.waitFor({ timeout: 5_000 }).catch(() => fail('The summary has no source link to registry.provisio.'));
    const label = (await link.textContent())?.trim() ?? '';
    const line = Number(/:(\d+)$/.exec(label)?.[1]);
    await link.click();
    await page.locator('.tabs-container .tab.active').filter({ hasText: 'registry.provisio' }).first().waitFor({ timeout: 10_000 })
        .catch(() => fail(`Clicking the source link ${label} did not open registry.provisio.`));
    const selection = page.locator('.statusbar-item').filter({ hasText: new RegExp(`^Ln ${line}, Col 1$`) }).first();
    await selection.waitFor({ timeout: 10_000 }).catch(() => fail(`registry.provisio did not open at line ${line}.`));
    return label;
}

/** Exports as Word through the format pick and the save dialog's default file, and checks the file. */
async function exportSummaryAsWord(page, folder) {
    const target = join(folder, 'summary.docx');
    await page.keyboard.press('Escape');
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ timeout: 10_000 });
    await input.fill('>Provisio: Export summary');
    await page.locator('.quick-input-list .monaco-list-row').filter({ hasText: 'Provisio: Export summary' }).first().waitFor({ timeout: 10_000 })
        .catch(() => fail('The Command Palette does not offer "Provisio: Export summary…".'));
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-list .monaco-list-row').filter({ hasText: 'Word' }).first().waitFor({ timeout: 10_000 })
        .catch(() => fail('Export summary… offers no Word format.'));
    await input.fill('Word');
    await sleep(300);
    await page.keyboard.press('Enter');
    // code-server's save dialog is a quick input holding the default path.
    await page.waitForFunction(() => document.querySelector('.quick-input-widget input')?.value.endsWith('summary.docx'), null, { timeout: 10_000 })
        .catch(() => fail('The save dialog did not offer summary.docx.'));
    await page.keyboard.press('Enter');
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline && !existsSync(target)) {
        await sleep(200);
    }
    if (!existsSync(target)) {
        fail(`Export summary… did not write ${target}.`);
    }
    await sleep(300);
    const bytes = readFileSync(target);
    if (bytes.subarray(0, 2).toString('latin1') !== 'PK') {
        fail('The exported summary.docx is not a Word (zip) file.');
    }
    return bytes.length;
}

const lensUmbrella = 'OT-2022-CTP';
/** Another umbrella of the examples, which the summary of `lensUmbrella` leaves out. */
const otherUmbrella = 'AN-2022-07';

/** Clicks the "Open summary" code lens above the umbrella; returns the first cells of the summary's umbrella table. */
async function openUmbrellaSummary(page, file) {
    await closeAllEditors(page);
    await openFile(page, file);
    const lens = page.locator('.editor-instance .codelens-decoration a').filter({ hasText: 'Open summary' }).first();
    await lens.waitFor({ timeout: 20_000 }).catch(() => fail(`No "Open summary" code lens above the umbrella in ${file}.`));
    await lens.click();
    await page.locator('.tabs-container .tab').filter({ hasText: `Provisio summary: ${lensUmbrella}` }).first().waitFor({ timeout: 10_000 })
        .catch(() => fail(`The code lens did not open a tab "Provisio summary: ${lensUmbrella}".`));
    const frame = page.frameLocator('iframe.webview').first().frameLocator('iframe#active-frame');
    const section = frame.locator('section#umbrellas');
    await section.locator('tbody td').filter({ hasText: lensUmbrella }).first().waitFor({ timeout: 30_000 })
        .catch(() => fail(`The umbrella summary has no row for ${lensUmbrella}.`));
    const text = await section.textContent() ?? '';
    if (text.includes(otherUmbrella)) {
        fail(`The summary of ${lensUmbrella} shows ${otherUmbrella} too.`);
    }
    return (await section.locator('tbody tr td:first-child').allTextContents()).map(cell => cell.trim());
}

/** Runs a command from the Command Palette, waiting for its row (`rowText`) first. */
async function runCommand(page, command, rowText) {
    await page.keyboard.press('Escape');
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ timeout: 10_000 });
    await input.fill(`>${command}`);
    await page.locator('.quick-input-list .monaco-list-row').filter({ hasText: rowText }).first().waitFor({ timeout: 10_000 })
        .catch(() => fail(`The Command Palette does not offer "${rowText}".`));
    await page.keyboard.press('Enter');
}

async function closeAllEditors(page) {
    await page.keyboard.press('Escape');
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ timeout: 10_000 });
    await input.fill('>View: Close All Editors');
    await page.locator('.quick-input-list .monaco-list-row').filter({ hasText: 'Close All Editors' }).first().waitFor({ timeout: 10_000 });
    await page.keyboard.press('Enter');
    await sleep(500);
}

/** Waits for a squiggle; gives up early when the extension's log says the server will not run. */
async function waitForSquiggle(page, timeout, userDataDir) {
    const squiggles = page.locator('.monaco-editor .squiggly-error, .monaco-editor .squiggly-warning');
    const deadline = Date.now() + timeout;
    while (Date.now() < deadline) {
        if (await squiggles.count() > 0) {
            return;
        }
        const serverLog = extensionLogs(userDataDir).map(file => readFileSync(file, 'utf8')).join('\n');
        if (/will not be restarted|couldn't create connection to server|Activating extension .*provisio.* failed/i.test(serverLog)) {
            fail(`The Provisio language server did not start; its log says:\n${tail(serverLog, 25)}`);
        }
        await sleep(200);
    }
    fail(`No squiggle (.squiggly-error/.squiggly-warning) appeared within ${timeout / 1000} s.`);
}

/** The extension host logs and the Provisio output channel logs code-server wrote. */
function extensionLogs(userDataDir) {
    const logsDir = join(userDataDir, 'logs');
    if (!existsSync(logsDir)) {
        return [];
    }
    return readdirSync(logsDir, { recursive: true }).map(String)
        .filter(file => /exthost\.log$|provisio/i.test(basename(file)))
        .map(file => join(logsDir, file))
        .filter(file => statSync(file).isFile());
}

async function problemRows(page, expectedTexts, timeout) {
    await page.keyboard.press('Control+Shift+M');
    await page.locator('.markers-panel').waitFor({ timeout: 15_000 })
        .catch(() => fail('Ctrl+Shift+M did not open the Problems panel (.markers-panel).'));
    // The list renders only the rows in view: scroll down through it, then start over, until the
    // rows turn up (the server may still be validating the workspace).
    const list = page.locator('.markers-panel .monaco-list').first();
    const deadline = Date.now() + timeout;
    const seen = new Map();
    let scrolls = 0;
    while (Date.now() < deadline) {
        const rows = await page.locator('.markers-panel .monaco-list-row').evaluateAll(elements =>
            elements.map(element => ({ label: element.getAttribute('aria-label') ?? '', text: element.textContent ?? '' })));
        for (const row of rows) {
            seen.set(row.label, row);
        }
        const found = expectedTexts.map(texts => rows.find(row => texts.every(text => row.label.includes(text) || row.text.includes(text))));
        if (found.every(Boolean)) {
            return found;
        }
        const box = await list.boundingBox().catch(() => null);
        if (box) {
            // At the list's left edge, away from the row texts, so no hover pops up over the list and takes the wheel.
            await page.mouse.move(box.x + 4, box.y + box.height / 2);
            await page.mouse.wheel(0, scrolls++ % 20 === 19 ? -100_000 : box.height / 2);
        }
        await sleep(250);
    }
    fail(`The Problems panel does not show ${JSON.stringify(expectedTexts)}. Rows seen:\n${[...seen.keys()].map(label => `  ${label}`).join('\n') || '  (none)'}`);
}

/**
 * Hovers squiggles until one shows a hover with the expected text, and returns that text. The mouse
 * goes to the middle of the squiggle's box, not onto the element: the text layer above takes the pointer.
 */
async function hoverSquiggle(page, selector, expectedText) {
    const boxes = (await Promise.all((await page.locator(selector).all()).map(squiggle => squiggle.boundingBox()))).filter(Boolean);
    if (boxes.length === 0) {
        fail(`No squiggle ${selector} with a bounding box to hover.`);
    }
    const hover = page.locator('.monaco-hover:not(.hidden)').filter({ hasText: expectedText }).first();
    // A quick pass over all squiggles, then a patient one (the first hover can be slow).
    for (const timeout of [1_500, 6_000]) {
        for (const box of boxes) {
            await page.mouse.move(5, viewport.height / 2);
            await sleep(200);
            await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
            try {
                await hover.waitFor({ state: 'visible', timeout });
                return await hover.innerText();
            } catch { /* another squiggle, or the hover was slow */ }
        }
    }
    const shown = await page.locator('.monaco-hover').allInnerTexts();
    fail(`Hovering the squiggles did not show "${expectedText}". Hover text seen: ${JSON.stringify(shown)}`);
}

/** Folds each multi-line """text block""" (with the clause it belongs to), so the shot shows more structure than prose. */
async function foldTextBlocks(page, text) {
    const starts = [];
    let open = false;
    text.split('\n').forEach((line, index) => {
        const quotes = line.split('"""').length - 1;
        if (!open && quotes % 2 === 1) {
            starts.push(index + 1);
        }
        open = quotes % 2 === 1 ? !open : open;
    });
    const goToLine = async line => {
        await page.keyboard.press('Control+G');
        const input = page.locator('.quick-input-widget input');
        await input.waitFor({ timeout: 5_000 });
        await input.fill(`:${line}`);
        await page.keyboard.press('Enter');
        await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 5_000 });
        await sleep(150);
    };
    for (const line of starts) {
        await goToLine(line);
        await page.keyboard.press('Control+Shift+BracketLeft');
        await sleep(150);
    }
    await goToLine(1);
    await sleep(300);
}

/** Drags the sash above the panel up so the Problems list shows more rows, and scrolls the list to its top. */
async function enlargeProblemsPanel(page) {
    const panel = await page.locator('.part.panel').boundingBox();
    if (panel) {
        const x = panel.x + panel.width / 2;
        await page.mouse.move(x, panel.y + 1);
        await page.mouse.down();
        await page.mouse.move(x, Math.round(viewport.height * 0.42), { steps: 8 });
        await page.mouse.up();
    }
    const list = await page.locator('.markers-panel .monaco-list').first().boundingBox();
    if (list) {
        await page.mouse.move(list.x + list.width / 2, list.y + list.height / 2);
        for (let step = 0; step < 15; step++) {
            await page.mouse.wheel(0, -400);
            await sleep(30);
        }
    }
    await page.mouse.move(25, Math.round(viewport.height * 0.55)); // the empty middle of the activity bar: no hover, no tooltip
    await sleep(400);
}

async function screenshot(page, name) {
    mkdirSync(imagesDir, { recursive: true });
    const path = join(imagesDir, name);
    await page.screenshot({ path });
    log(`Saved ${relative(root, path)}`);
}

async function closePanelAndHover(page) {
    await page.mouse.move(viewport.width - 10, viewport.height - 40);
    await page.keyboard.press('Escape');
    if (await page.locator('.part.panel').isVisible().catch(() => false)) {
        await page.keyboard.press('Control+J');
    }
}

// ------------------------------------------------------------------ the examples

function provisioFiles(folder) {
    return readdirSync(folder, { recursive: true }).map(String).filter(name => name.endsWith('.provisio')).sort();
}

function examplesUsable() {
    if (process.env.PROVISIO_E2E_EXAMPLES === '0') {
        return false;
    }
    for (const folder of ['workspace', 'defects']) {
        const path = join(examplesDir, folder);
        if (!existsSync(path) || !statSync(path).isDirectory() || provisioFiles(path).length === 0) {
            return false;
        }
    }
    return true;
}

/** What the CLI reports for the copied examples: the defect file to show, and a clean file. */
function chooseExampleFiles(workspace) {
    const cli = join(root, 'out', 'cli', 'provisio.js');
    const result = spawnSync(process.execPath, [cli, 'check', '--format', 'json', '.'], { cwd: workspace, encoding: 'utf8', timeout: 60_000 });
    let results;
    try {
        results = JSON.parse(result.stdout);
    } catch {
        fail(`provisio check --format json did not print JSON (exit ${result.status}):\n${tail(result.stdout + result.stderr, 20)}`);
    }
    const byFile = new Map(results.map(entry => [relative(workspace, entry.filePath).split('\\').join('/'), entry.messages]));
    // Findings shown as squiggles (errors and warnings) that name their rule.
    const findingsIn = file => (byFile.get(file) ?? []).filter(message => message.severity > 0 && message.ruleId);
    const defects = [...byFile.keys()].filter(file => file.startsWith('defects/')).sort();
    // The README describes the missing conditions (with a quick fix); any other defect will do.
    const preferred = ['defects/conditions-standard-conditions.provisio', 'defects/risk-mitigation-required.provisio', ...defects];
    const defectFile = preferred.find(file => findingsIn(file).length > 0);
    // For the highlighting shot, the clean file that uses the most different clause keywords.
    const clean = [...byFile.keys()].filter(file => file.startsWith('workspace/') && (byFile.get(file) ?? []).length === 0).sort();
    const variety = file => new Set(readFileSync(join(workspace, file), 'utf8').split('\n')
        .map(line => /^\s*([a-z][a-z-]*)\s/.exec(line)?.[1]).filter(Boolean)).size;
    const cleanFile = clean.map(file => ({ file, score: variety(file) })).sort((a, b) => b.score - a.score)[0]?.file;
    if (!defectFile) {
        fail('The CLI reports no error or warning in examples/defects, so there is no defect file to show.');
    }
    return { defectFile, expected: findingsIn(defectFile)[0], cleanFile };
}

// ------------------------------------------------------------------ main

async function main() {
    const installingApt = await timed('apt-get install (chromium, ripgrep, libkrb5-dev)', () => ensureDebianPackages());
    const installingCode = await timed(`npm install code-server@${codeServerVersion}`, () => ensureCodeServer());
    if (!existsSync(vsix)) {
        fail(`${relative(root, vsix)} is missing; run \`npm run package\` (or \`npm run e2e\`, which packages first).`);
    }
    if (!existsSync(chromiumPath)) {
        fail(`${chromiumPath} is missing although the chromium package is installed.`);
    }
    const { chromium } = await import('playwright-core').catch(() => fail('playwright-core is not installed; run `npm ci`.'));

    const temp = mkdtempSync(join(tmpdir(), 'provisio-e2e-'));
    if (process.env.PROVISIO_E2E_KEEP !== '1') {
        cleanups.unshift(() => rmSync(temp, { recursive: true, force: true }));
    } else {
        log(`Keeping ${temp}`);
    }
    const env = sandboxEnv(temp);
    const userDataDir = join(temp, 'user');
    const extensionsDir = join(temp, 'extensions');
    mkdirSync(extensionsDir, { recursive: true });
    writeUserSettings(userDataDir);
    const fixtureCopy = join(temp, 'fixture');
    cpSync(fixtureDir, fixtureCopy, { recursive: true });

    await timed('code-server --install-extension provisio.vsix', () => installExtension(env, userDataDir, extensionsDir));
    const server = await timed('start code-server (until /healthz answers)', () =>
        startCodeServer(env, userDataDir, extensionsDir, fixtureCopy, join(temp, 'code-server.log')));
    log(`code-server answers at ${server.url}`);

    const browser = await timed('launch Chromium', () => chromium.launch({
        executablePath: chromiumPath,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
        timeout: 60_000
    }));
    cleanups.push(async () => {
        await Promise.race([browser.close(), sleep(10_000)]);
        log('Stopped Chromium');
    });
    const context = await browser.newContext({ viewport, deviceScaleFactor: 1.5 });
    const page = await context.newPage();
    const consoleErrors = [];
    page.on('console', message => {
        if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
            consoleErrors.push(message.text());
        }
    });
    page.on('response', response => {
        if (response.status() >= 400) {
            consoleErrors.push(`HTTP ${response.status()} ${response.url().replace(server.url, '')}`);
        }
    });

    try {
        // ---- the fixture: known defects, strict assertions
        await timed('workbench ready (fixture)', () => openWorkbench(page, server.url, fixtureCopy));
        // The extension activates on a folder with .provisio files: findings show before a file is opened.
        await timed('Problems panel shows the findings before any file is opened', () =>
            problemRows(page, fixtureExpected.map(expected => [expected.text, expected.rule]), 60_000));
        await closePanelAndHover(page);
        log(`Findings listed before opening a file; opening ${fixtureFile}`);
        const openStart = Date.now();
        const opened = await openFile(page, fixtureFile);
        await waitForSquiggle(page, 60_000, userDataDir);
        timings.push({ label: 'open the file with Quick Open (Ctrl+P, until its editor shows)', ms: opened - openStart });
        timings.push({ label: 'first squiggle after the editor shows (fixture; the server started with the workbench)', ms: Date.now() - opened });
        const rows = await timed('Problems panel shows the expected rows', () =>
            problemRows(page, fixtureExpected.map(expected => [expected.text, expected.rule]), 30_000));
        log(`Problems panel rows (aria-label | text):\n${rows.map(row => `    ${row.label} | ${row.text}`).join('\n')}`);
        await closePanelAndHover(page);
        const hoverText = await timed('hover over a squiggle shows the message', () =>
            hoverSquiggle(page, '.monaco-editor .squiggly-error', fixtureExpected[0].text));
        log(`Hover: ${hoverText.replace(/\s+/g, ' ').slice(0, 200)}`);

        // ---- the language setting: Dutch without reloading the window, then back to auto (English)
        await closePanelAndHover(page);
        await editUserSettings(page, userSettings({ 'provisio.language': 'nl' }));
        log('Set provisio.language to nl in the user settings');
        const dutchRows = await timed('Problems panel in Dutch after provisio.language: nl (no reload)', () =>
            problemRows(page, [[fixtureDutch.text, fixtureDutch.rule]], 30_000));
        log(`Problems panel row in Dutch: ${dutchRows[0].label}`);
        await closePanelAndHover(page);
        const dutchHover = await timed('hover shows the Dutch message', () =>
            hoverSquiggle(page, '.monaco-editor .squiggly-error', fixtureDutch.text));
        log(`Hover in Dutch: ${dutchHover.replace(/\s+/g, ' ').slice(0, 200)}`);
        await closePanelAndHover(page);
        await editUserSettings(page, userSettings({ 'provisio.language': 'auto' }));
        log('Set provisio.language back to auto (the display language of VS Code is English here)');
        await timed('Problems panel in English again after provisio.language: auto', () =>
            problemRows(page, [[fixtureExpected[0].text, fixtureExpected[0].rule]], 30_000));
        await closePanelAndHover(page);

        // ---- the summary in a webview, made by the server; its source links open the file
        const summary = await timed('Provisio: Open summary shows the summary heading in a webview', () => openSummary(page));
        log(`Summary webview heading: ${summary.heading}`);
        const followed = await timed('a source link in the summary opens the file at its line', () => followSourceLink(page, summary.frame));
        log(`Source link ${followed} opened the file at its line`);
        const exported = await timed('Provisio: Export summary… writes a Word file', () => exportSummaryAsWord(page, fixtureCopy));
        log(`Exported the summary as Word: ${exported} bytes`);
        await closeAllEditors(page);

        // ---- the authoring aids, on the fixture
        await checkAuthoringAids(page, fixtureCopy, { log, fail, sleep, timed, openFile, closeAllEditors, runCommand, screenshot, closePanelAndHover });

        if (!examplesUsable()) {
            log('examples/workspace or examples/defects is missing or empty: taking the screenshots from the fixture');
            await screenshot(page, 'editor-diagnostics.png');
            await closePanelAndHover(page);
            await page.keyboard.press('Control+Shift+M');
            await page.locator('.markers-panel .monaco-list-row').first().waitFor({ timeout: 10_000 });
            await enlargeProblemsPanel(page);
            await screenshot(page, 'problems-panel.png');
            await closePanelAndHover(page);
            await openFile(page, 'registry/registry.provisio');
            await sleep(1500);
            await screenshot(page, 'syntax-highlighting.png');
        } else {
            // ---- the examples: the diagnostics the CLI reports, and the screenshots
            const examplesCopy = join(temp, 'examples');
            cpSync(examplesDir, examplesCopy, { recursive: true });
            const { defectFile, expected, cleanFile } = chooseExampleFiles(examplesCopy);
            log(`Examples: showing ${defectFile} (expect ${expected.ruleId}: "${expected.message.slice(0, 60)}…") and clean ${cleanFile}`);
            await timed('workbench ready (examples)', () => openWorkbench(page, server.url, examplesCopy));
            const opened = await openFile(page, defectFile);
            await waitForSquiggle(page, 60_000, userDataDir);
            timings.push({ label: `first squiggle after the editor shows (examples, ${provisioFiles(examplesCopy).length} files; new extension host and server)`, ms: Date.now() - opened });
            const messageStart = expected.message.slice(0, 50);
            await problemRows(page, [[messageStart, expected.ruleId]], 30_000);
            await enlargeProblemsPanel(page);
            await screenshot(page, 'problems-panel.png');
            await closePanelAndHover(page);
            const squiggles = '.editor-instance .monaco-editor .squiggly-error, .editor-instance .monaco-editor .squiggly-warning';
            await page.locator(squiggles).first().waitFor({ state: 'attached', timeout: 10_000 });
            await hoverSquiggle(page, squiggles, messageStart);
            await screenshot(page, 'editor-diagnostics.png');
            await closePanelAndHover(page);
            if (cleanFile) {
                await openFile(page, cleanFile);
                await page.keyboard.press('Control+B'); // hide the side bar: long lines get the width
                await sleep(2000); // give the server time to publish (no) diagnostics for it
                await foldTextBlocks(page, readFileSync(join(examplesCopy, cleanFile), 'utf8'));
                const squiggles = await page.locator('.editor-instance .monaco-editor .squiggly-error, .editor-instance .monaco-editor .squiggly-warning').count();
                if (squiggles > 0) {
                    log(`WARNING: ${cleanFile} shows ${squiggles} squiggle(s) in the editor though the CLI finds it clean`);
                }
                await page.mouse.move(viewport.width - 10, viewport.height - 40);
                await screenshot(page, 'syntax-highlighting.png');
            } else {
                log('WARNING: no clean file in examples/workspace; syntax-highlighting.png not taken');
            }
            // ---- the umbrella's "Open summary" code lens: the summary of that umbrella alone
            const umbrellaFile = provisioFiles(join(examplesCopy, 'workspace')).find(file => readFileSync(join(examplesCopy, 'workspace', file), 'utf8').includes(`umbrella ${lensUmbrella} `));
            if (umbrellaFile) {
                const umbrellas = await timed('the umbrella code lens "Open summary" shows that umbrella alone', () => openUmbrellaSummary(page, `workspace/${umbrellaFile}`));
                log(`Summary of ${lensUmbrella} from its code lens; umbrella rows: ${umbrellas.join(' | ')}`);
            } else {
                log(`WARNING: no umbrella ${lensUmbrella} in examples/workspace; its code lens not checked`);
            }
        }
        if (consoleErrors.length > 0) {
            log(`Browser console errors (${consoleErrors.length}, not failures):\n${consoleErrors.slice(0, 8).map(text => `    ${firstLine(text).slice(0, 200)}`).join('\n')}`);
        }
    } catch (error) {
        const failureShot = join(cacheDir, 'failure.png');
        mkdirSync(cacheDir, { recursive: true });
        await page.screenshot({ path: failureShot }).catch(() => {});
        console.error(`Screenshot of the failure: ${relative(root, failureShot)}`);
        printLogs(userDataDir, server.output());
        throw error;
    }
    return { installingApt, installingCode };
}

/** On failure, what code-server, the extension host and the Provisio output channel said. */
function printLogs(userDataDir, serverOutput) {
    console.error(`--- code-server output (tail) ---\n${tail(serverOutput, 20)}`);
    for (const file of extensionLogs(userDataDir)) {
        console.error(`--- ${relative(userDataDir, file)} (tail) ---\n${tail(readFileSync(file, 'utf8'), 25)}`);
    }
}

function tail(text, lines) {
    return text.trimEnd().split('\n').slice(-lines).join('\n');
}

function firstLine(text) {
    return String(text).split('\n')[0];
}

function sleep(ms) {
    return new Promise(resolve => setTimeout(resolve, ms));
}

async function cleanup() {
    for (const action of cleanups.splice(0).reverse()) {
        await Promise.resolve().then(action).catch(error => console.error(`cleanup: ${error.message}`));
    }
}

for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, async () => {
        console.error(`Interrupted (${signal}); stopping code-server and Chromium`);
        await cleanup();
        process.exit(130);
    });
}

const hardTimeout = setTimeout(async () => {
    console.error('FAIL: the e2e run took more than 30 minutes; stopping.');
    await cleanup();
    process.exit(1);
}, 30 * 60_000);
hardTimeout.unref();

try {
    const { installingApt, installingCode } = await main();
    log(`PASS${installingApt || installingCode ? ' (cold: installed ' + [installingApt && 'Debian packages', installingCode && 'code-server'].filter(Boolean).join(' and ') + ')' : ' (warm: nothing installed)'}`);
} catch (error) {
    failed = true;
    console.error(`\nFAIL: ${error instanceof E2eFailure ? error.message : error?.stack ?? error}`);
} finally {
    await cleanup();
    timings.push({ label: 'total', ms: Date.now() - started });
    console.log('\nTimings:');
    for (const { label, ms } of timings) {
        console.log(`  ${(ms / 1000).toFixed(1).padStart(7)} s  ${label}`);
    }
    process.exit(failed ? 1 : 0);
}
