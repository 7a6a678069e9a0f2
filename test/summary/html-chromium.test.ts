// The HTML summary in a real browser (headless Chromium): hostile author text stays inert
// (no script runs, no console error, no request leaves the file), and the print layout puts
// the marking in the margin boxes of every A4 page. Skipped where Chromium is not installed.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { folderWith } from '../cli/run-cli.js';
import { summarize, temporaryFolder } from './helpers.js';

const executablePath = '/usr/bin/chromium';
const attack = `<script>window.__pwned=1</script></style><img src="https://example.invalid/x.png" onerror="window.__pwned=2"><svg onload="window.__pwned=3"></svg> "quoted" 'single' \u202Eevil\u2066`;

const workspace = folderWith({
    'registry.provisio': `classification "DEPARTEMENTAAL VERTROUWELIJK"
service AIVD "${attack.replace(/"/g, '\\"')}"
recipient WestlandNIS "${attack.replace(/"/g, '\\"')}" {
    country "${attack.replace(/"/g, '\\"')}"
    weighing-note WN-1 {
        assessed 2022-01-10 method joint review-due 2024-01-10
        human-rights risk "${attack.replace(/"/g, '\\"')}"
        democratic-anchoring adequate professionalism adequate legal-powers adequate data-protection adequate
        permits analytical, personal-data
    }
}
`,
    'p.provisio': `classification "STG. CONFIDENTIEEL"
provision P-1 "${attack.replace(/"/g, '\\"')}" {
    by AIVD
    to WestlandNIS
    date 2022-03-01
    data { form analytical subjects 2 "${attack.replace(/"/g, '\\"')}" categories identity }
    necessity """${attack}"""
    mitigation for human-rights """${attack}"""
    approved head-of-service on 2022-02-28
}
`
});

describe.skipIf(!existsSync(executablePath))('the HTML summary in Chromium', () => {
    let browser: Browser;
    beforeAll(async () => {
        browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
    });
    afterAll(async () => {
        await browser?.close();
    });

    test('hostile author text runs no script, logs no error and requests nothing', async () => {
        const html = (await summarize([workspace], { format: 'html', lang: 'en' })).stdout;
        const file = join(temporaryFolder(), 'summary.html');
        writeFileSync(file, html);
        const page = await browser.newPage();
        const events: string[] = [];
        page.on('console', message => events.push(`console ${message.type()}: ${message.text()}`));
        page.on('pageerror', error => events.push(`page error: ${error.message}`));
        page.on('dialog', dialog => events.push(`dialog: ${dialog.message()}`));
        page.on('request', request => {
            if (request.url() !== `file://${file}`) {
                events.push(`request: ${request.url()}`);
            }
        });
        await page.goto(`file://${file}`, { waitUntil: 'load' });
        expect(await page.evaluate('window.__pwned')).toBeUndefined();
        expect(await page.locator('script, img, body svg [onload], [onerror]').count()).toBe(0);
        expect(events).toEqual([]);
        // The text is shown as written, with its bidi controls made visible.
        expect(await page.locator('body').innerText()).toContain(`<script>window.__pwned=1</script></style><img src="https://example.invalid/x.png"`);
        expect(await page.locator('body').innerText()).toContain('<U+202E>evil<U+2066>');
        await page.close();
    });

    test('prints on A4 with the marking at the top and bottom of every page', async () => {
        const html = (await summarize(['examples/workspace'], { format: 'html', lang: 'nl', to: '2022-10-31' })).stdout;
        const file = join(temporaryFolder(), 'summary.html');
        writeFileSync(file, html);
        const inline = await browser.newPage();
        await inline.goto(`file://${file}`);
        await inline.emulateMedia({ media: 'print' });
        const rules = await inline.evaluate("[...document.styleSheets].flatMap(sheet => [...sheet.cssRules]).filter(rule => rule.constructor.name === 'CSSPageRule').map(rule => rule.cssText).join('\\n')") as string;
        await inline.close();
        // Chromium understood the margin boxes: it keeps only rules it can apply.
        expect(rules).toContain('size: a4');
        expect(rules).toMatch(/@top-center \{ content: "STG\. GEHEIM";/);
        expect(rules).toMatch(/@bottom-center \{ content: "STG\. GEHEIM";/);
    });
});
