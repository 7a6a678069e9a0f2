// The authoring aids in the packaged extension, as an analyst meets them in code-server, on a
// copy of test/e2e/fixture (see vscode-e2e.mjs, which runs these steps and owns the browser):
// typing a date and Enter starts a new line; `to ` opens completion with the recipients; the
// hover on a recipient says which date it judges; the quick fix of the missing conditions
// (a finding that is an error because the recipient has an elevated risk profile) applies
// and the finding disappears; Format Document lays out a messy file; a rename to an invalid
// name is refused; the outline nests; a code lens shows; the commands New provision… and
// Check workspace work.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const provisionFile = 'provisions/P-2024-0042.provisio';
const registryFile = 'registry/registry.provisio';
const messyFile = 'provisions/P-2024-0099.provisio';
const messy = 'provision P-2024-0099 "Messy" {\n  by AIVD   to NorthlandSIS\ndate 2024-05-03\n      data {  form analytical\n}\n  // the reason\nnecessity """\n   Kept as written.\n"""}';
const canonical = 'provision P-2024-0099 "Messy" {\n    by AIVD\n    to NorthlandSIS\n    date 2024-05-03\n    data {\n        form analytical\n    }\n    // the reason\n    necessity """\n   Kept as written.\n"""\n}\n';
const fixTitle = 'Add third-party-rule and intelligence-use-only to the conditions';

/**
 * Runs the steps; `tools` are vscode-e2e.mjs's helpers: { log, fail, sleep, timed, openFile,
 * closeAllEditors, runCommand, screenshot, closePanelAndHover }.
 */
export async function checkAuthoringAids(page, workspace, tools) {
    const { log, timed } = tools;
    const original = readFileSync(join(workspace, provisionFile), 'utf8');
    const results = {};
    results.typing = await timed('a finished date and Enter start a new line; `to ` opens completion with the recipients', () => typeDateAndRecipient(page, workspace, tools, original));
    log(`Typing: ${results.typing}`);
    results.hover = await timed('the hover on a recipient says which date it judges', () => hoverRecipient(page, tools));
    log(`Hover: ${results.hover}`);
    results.quickFix = await timed('the quick fix for the missing conditions applies and the finding disappears', () => applyQuickFix(page, workspace, tools));
    log(`Quick fix: ${results.quickFix}`);
    writeFileSync(join(workspace, provisionFile), original);
    results.format = await timed('Format Document lays out a messy file', () => formatDocument(page, workspace, tools));
    log(`Format Document: ${results.format}`);
    results.rename = await timed('a rename to an invalid name is refused', () => refuseRename(page, workspace, tools));
    log(`Rename: ${results.rename}`);
    results.outline = await timed('the outline nests; a code lens shows above the recipient', () => outlineAndLens(page, tools));
    log(`Outline and code lens: ${results.outline}`);
    results.newProvision = await timed('Provisio: New provision… makes the next provision of the folder', () => newProvision(page, workspace, tools));
    log(`New provision: ${results.newProvision}`);
    results.check = await timed('Provisio: Check workspace reports the files checked', () => checkWorkspace(page, tools));
    log(`Check workspace: ${results.check}`);
    await tools.closeAllEditors(page);
    return results;
}

async function goTo(page, line, column = 1) {
    await page.keyboard.press('Control+G');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ timeout: 5_000 });
    await input.fill(`:${line}:${column}`);
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 5_000 });
    await new Promise(resolve => setTimeout(resolve, 150));
}

/** Saves the file once its edit has reached the editor (its tab shows it dirty). */
async function save(page, name, tools) {
    await page.locator('.tabs-container .tab.dirty').filter({ hasText: name }).waitFor({ timeout: 10_000 })
        .catch(() => tools.fail(`${name} shows no unsaved change to save.`));
    await page.keyboard.press('Control+S');
    await page.locator('.tabs-container .tab.dirty').filter({ hasText: name }).waitFor({ state: 'detached', timeout: 10_000 })
        .catch(() => tools.fail(`${name} was not saved.`));
}

const lineNumberOf = (text, prefix) => text.split('\n').findIndex(line => line.trimStart().startsWith(prefix)) + 1;

async function typeDateAndRecipient(page, workspace, tools, original) {
    await tools.closeAllEditors(page);
    await tools.openFile(page, provisionFile);
    const line = lineNumberOf(original, 'date ');
    await goTo(page, line);
    await page.keyboard.press('End');
    await page.keyboard.press('Shift+Home');
    // As the author types it: the completion list must not take the Enter after the date.
    await page.keyboard.type('date 2024-05-03', { delay: 60 });
    await tools.sleep(600);
    await page.keyboard.press('Enter');
    await page.keyboard.type('to ', { delay: 60 });
    const suggestion = page.locator('.suggest-widget.visible .monaco-list-row').filter({ hasText: 'NorthlandSIS' }).first();
    await suggestion.waitFor({ timeout: 15_000 }).catch(() => tools.fail('Typing `to ` did not open completion with NorthlandSIS.'));
    await tools.sleep(800); // the details of the focused item
    await tools.screenshot(page, 'editor-completion.png');
    const detail = (await suggestion.textContent())?.replace(/\s+/g, ' ').trim() ?? '';
    await page.keyboard.press('Escape');
    await save(page, 'P-2024-0042.provisio', tools);
    const lines = readFileSync(join(workspace, provisionFile), 'utf8').split('\n');
    if (lines[line - 1] !== '    date 2024-05-03' || lines[line].trim() !== 'to') {
        tools.fail(`After typing the date and Enter the lines read ${JSON.stringify(lines.slice(line - 1, line + 1))}, not the date and a new line with \`to\`.`);
    }
    writeFileSync(join(workspace, provisionFile), original);
    await tools.sleep(1000); // the editor takes the file from disk again
    return `new line after the date; completion row "${detail}"`;
}

async function hoverRecipient(page, tools) {
    await tools.closePanelAndHover(page);
    const name = page.locator('.editor-instance .view-lines span').filter({ hasText: /^NorthlandSIS$/ }).first();
    await name.waitFor({ timeout: 10_000 }).catch(() => tools.fail('NorthlandSIS is not shown in the editor.'));
    const box = await name.boundingBox();
    const hover = page.locator('.monaco-hover:not(.hidden)').filter({ hasText: 'Judged on 2024-05-02' }).first();
    for (let attempt = 0; attempt < 3; attempt++) {
        await page.mouse.move(5, 300);
        await tools.sleep(200);
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
        if (await hover.waitFor({ state: 'visible', timeout: 5_000 }).then(() => true, () => false)) {
            await tools.screenshot(page, 'editor-hover.png');
            const text = (await hover.innerText()).replace(/\s+/g, ' ');
            return text.slice(text.indexOf('Judged on'), text.indexOf('Judged on') + 120);
        }
    }
    return tools.fail(`Hovering NorthlandSIS did not show "Judged on 2024-05-02". Hovers seen: ${JSON.stringify(await page.locator('.monaco-hover').allInnerTexts())}`);
}

/** The rows of the Problems panel (the fixture has few: no scrolling needed). */
async function problemLabels(page) {
    await page.keyboard.press('Control+Shift+M');
    await page.locator('.markers-panel').waitFor({ timeout: 10_000 });
    return page.locator('.markers-panel .monaco-list-row').evaluateAll(rows => rows.map(row => row.getAttribute('aria-label') ?? ''));
}

async function applyQuickFix(page, workspace, tools) {
    await tools.closePanelAndHover(page);
    await tools.closeAllEditors(page);
    await tools.openFile(page, provisionFile);
    const text = readFileSync(join(workspace, provisionFile), 'utf8');
    const line = lineNumberOf(text, 'provision ');
    await goTo(page, line, text.split('\n')[line - 1].indexOf('P-2024-0042') + 2);
    const deadline = Date.now() + 20_000;
    let action;
    while (!action && Date.now() < deadline) {
        await page.keyboard.press('Control+Period');
        const row = page.locator('.action-widget .monaco-list-row').filter({ hasText: fixTitle }).first();
        if (await row.waitFor({ timeout: 3_000 }).then(() => true, () => false)) {
            action = row;
        } else {
            await page.keyboard.press('Escape');
            await tools.sleep(500);
        }
    }
    if (!action) {
        tools.fail(`Ctrl+. on the provision's name offers no "${fixTitle}".`);
    }
    // The list takes keys, not clicks (a pointer block lies over it): move to the fix and press Enter.
    const focusedTitle = async () => (await page.locator('.action-widget .monaco-list-row.focused').allTextContents())[0] ?? '';
    for (let step = 0; step < 12 && !(await focusedTitle()).includes(fixTitle); step++) {
        await page.keyboard.press('ArrowDown');
        await tools.sleep(100);
    }
    if (!(await focusedTitle()).includes(fixTitle)) {
        tools.fail(`The quick fix "${fixTitle}" could not be focused in the list.`);
    }
    await page.keyboard.press('Enter');
    await save(page, 'P-2024-0042.provisio', tools);
    if (!readFileSync(join(workspace, provisionFile), 'utf8').includes('    conditions third-party-rule, intelligence-use-only\n')) {
        tools.fail('The quick fix did not add the conditions line.');
    }
    const gone = Date.now() + 20_000;
    let labels = await problemLabels(page);
    while (labels.some(label => label.includes('conditions/standard-conditions')) && Date.now() < gone) {
        await tools.sleep(300);
        labels = await problemLabels(page);
    }
    if (labels.some(label => label.includes('conditions/standard-conditions'))) {
        tools.fail(`The conditions/standard-conditions finding is still in the Problems panel after the quick fix: ${JSON.stringify(labels)}`);
    }
    await tools.closePanelAndHover(page);
    return `"${fixTitle}" applied; ${labels.length} problem rows left, none for conditions/standard-conditions`;
}

async function formatDocument(page, workspace, tools) {
    writeFileSync(join(workspace, messyFile), messy);
    await tools.closeAllEditors(page);
    await tools.sleep(500);
    await tools.openFile(page, messyFile);
    await tools.sleep(1500); // the server reads the new file
    await tools.runCommand(page, 'Format Document', 'Format Document');
    await page.locator('.tabs-container .tab.dirty').filter({ hasText: 'P-2024-0099.provisio' }).waitFor({ timeout: 10_000 })
        .catch(() => tools.fail('Format Document changed nothing in the messy file.'));
    await save(page, 'P-2024-0099.provisio', tools);
    const formatted = readFileSync(join(workspace, messyFile), 'utf8');
    if (formatted !== canonical) {
        tools.fail(`Format Document gave ${JSON.stringify(formatted)}, not the canonical ${JSON.stringify(canonical)}.`);
    }
    return `${messy.split('\n').length} messy lines became the ${canonical.split('\n').length - 1} canonical ones`;
}

async function refuseRename(page, workspace, tools) {
    await tools.closeAllEditors(page);
    await tools.openFile(page, registryFile);
    const text = readFileSync(join(workspace, registryFile), 'utf8');
    const line = lineNumberOf(text, 'recipient ');
    await goTo(page, line, text.split('\n')[line - 1].indexOf('NorthlandSIS') + 2);
    await tools.sleep(500);
    await page.keyboard.press('F2');
    const input = page.locator('.rename-box input, .rename-box .rename-input').first();
    await input.waitFor({ state: 'visible', timeout: 10_000 }).catch(() => tools.fail('F2 on the recipient did not open the rename box.'));
    await input.fill('Northland SIS');
    await input.press('Enter');
    const message = page.getByText('is not a valid name', { exact: false }).first();
    await message.waitFor({ timeout: 10_000 }).catch(() => tools.fail('Renaming to "Northland SIS" showed no refusal.'));
    const shown = (await message.textContent())?.trim() ?? '';
    await page.keyboard.press('Escape');
    await tools.sleep(300);
    if (await page.locator('.tabs-container .tab.dirty').count() > 0 || readFileSync(join(workspace, registryFile), 'utf8') !== text) {
        tools.fail('The refused rename changed a file.');
    }
    return shown.slice(0, 120);
}

async function outlineAndLens(page, tools) {
    const lens = page.locator('.editor-instance .codelens-decoration').filter({ hasText: /provision/ }).first();
    await lens.waitFor({ timeout: 20_000 }).catch(() => tools.fail('No code lens above the recipient in registry.provisio.'));
    const lensText = (await lens.textContent())?.trim() ?? '';
    await tools.runCommand(page, 'Explorer: Focus on Outline View', 'Focus on Outline View');
    const nested = page.locator('.monaco-list-row[aria-level="2"]').filter({ hasText: 'WN-2021-07' }).first();
    await nested.waitFor({ timeout: 15_000 }).catch(async () => {
        const rows = await page.locator('.monaco-list-row[aria-level]').evaluateAll(elements => elements.map(element => `${element.getAttribute('aria-level')}:${element.textContent}`));
        tools.fail(`The outline does not show the weighing note WN-2021-07 inside the recipient. Rows: ${JSON.stringify(rows.slice(0, 20))}`);
    });
    const parent = page.locator('.monaco-list-row[aria-level="1"]').filter({ hasText: 'NorthlandSIS' }).first();
    await parent.waitFor({ timeout: 5_000 }).catch(() => tools.fail('The outline does not show the recipient NorthlandSIS at the top level.'));
    await tools.runCommand(page, 'Notifications: Clear All Notifications', 'Clear All Notifications');
    await tools.sleep(300);
    await tools.screenshot(page, 'editor-outline.png');
    return `lens "${lensText}"; outline NorthlandSIS > WN-2021-07`;
}

async function newProvision(page, workspace, tools) {
    await tools.closeAllEditors(page);
    await tools.openFile(page, provisionFile);
    const before = new Set(readdirSync(join(workspace, 'provisions')));
    await tools.runCommand(page, 'Provisio: New provision', 'Provisio: New provision');
    const input = page.locator('.quick-input-widget input');
    await page.waitForFunction(() => /^P-\d{4}-\d{4}$/.test(document.querySelector('.quick-input-widget input')?.value ?? ''), null, { timeout: 10_000 })
        .catch(() => tools.fail('New provision… proposed no name like P-<year>-<number>.'));
    const proposed = await input.inputValue();
    await page.keyboard.press('Enter');
    const file = join(workspace, 'provisions', `${proposed}.provisio`);
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline && !existsSync(file)) {
        await tools.sleep(200);
    }
    if (!existsSync(file) || before.has(`${proposed}.provisio`)) {
        tools.fail(`New provision… did not create provisions/${proposed}.provisio.`);
    }
    await page.locator('.tabs-container .tab.dirty').filter({ hasText: `${proposed}.provisio` }).waitFor({ timeout: 10_000 })
        .catch(() => tools.fail(`New provision… did not fill ${proposed}.provisio with the template.`));
    await page.keyboard.press('Escape');
    await save(page, `${proposed}.provisio`, tools);
    const written = readFileSync(file, 'utf8');
    if (!written.startsWith(`provision ${proposed} `)) {
        tools.fail(`The new file starts ${JSON.stringify(written.slice(0, 60))}, not with provision ${proposed}.`);
    }
    return `proposed ${proposed}; the template filled in`;
}

async function checkWorkspace(page, tools) {
    await tools.runCommand(page, 'Provisio: Check workspace', 'Provisio: Check workspace');
    const toast = page.locator('.notifications-toasts .notification-toast').filter({ hasText: 'Provisio checked' }).first();
    await toast.waitFor({ timeout: 20_000 }).catch(() => tools.fail('Check workspace showed no "Provisio checked …" message.'));
    const text = (await toast.innerText()).split('\n')[0];
    await tools.closePanelAndHover(page);
    return text;
}
