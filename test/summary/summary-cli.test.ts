// `provisio summary` as a user runs it: the built CLI as a process. Classification marking
// and exclusion, hostile author text, DOCX structure, filters at their edges, bad usage.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { folderWith, runCli } from '../cli/run-cli.js';
import { docxParts, parseCsv, summarize } from './helpers.js';

const services = `classification "ONGERUBRICEERD"
service AIVD "Algemene Inlichtingen- en Veiligheidsdienst"
service MIVD "Militaire Inlichtingen- en Veiligheidsdienst"
`;

const recipients = `classification "DEPARTEMENTAAL VERTROUWELIJK"
recipient WestlandNIS "Westland National Intelligence Service" {
    country "XW"
    weighing-note WN-2022-02 {
        assessed 2022-01-10 method joint
        review-due 2024-01-10
        democratic-anchoring adequate
        human-rights risk "Reports of ill-treatment"
        professionalism adequate
        legal-powers adequate
        data-protection adequate
        permits analytical, personal-data, unevaluated
    }
}
`;

function provision(name: string, date: string, options: { by?: string; form?: string; extra?: string; marking?: string } = {}): string {
    return `classification "${options.marking ?? 'STG. CONFIDENTIEEL'}"
provision ${name} {
    by ${options.by ?? 'AIVD'}
    to WestlandNIS
    date ${date}
    data {
        form ${options.form ?? 'analytical'}
        subjects 2 "members of a network planning an attack in the Netherlands"
        categories identity, travel
        period 2021-09-01 to 2022-02-28
    }
    necessity """
        Westland's service is investigating the same network and holds the flight bookings
        that show when the two members meet abroad. Sharing the identity and travel data of
        these two members lets Westland match its bookings to them and warn us in time.
    """
    mitigation for human-rights "Only the analytical conclusion is shared, without identifying the sources."
    conditions third-party-rule, intelligence-use-only
    approved head-of-service on ${date}
${options.extra ?? ''}}
`;
}

const secret = `classification "STG. ZEER GEHEIM"
recipient NightjarLiaison "Operation Nightjar liaison cell" {
    country "XQ"
}
provision P-NIGHTJAR-1 "Operation Nightjar: the courier's itinerary" {
    by AIVD
    to NightjarLiaison
    date 2022-03-15
    necessity "Operation Nightjar needs the courier's itinerary before Thursday."
}
`;

const formats = ['md', 'html', 'json', 'csv', 'docx'] as const;

/** Everything a summary file says, a DOCX unzipped. */
function contentOf(file: string): string {
    return file.endsWith('.docx') ? Object.values(docxParts(file)).join('\n') : readFileSync(file, 'utf8');
}

describe('classification', () => {
    const folder = folderWith({
        'registry/services.provisio': services,
        'registry/recipients.provisio': recipients,
        'cases/p1.provisio': provision('P-2022-0101', '2022-03-01'),
        'cases/secret-operation-nightjar.provisio': secret
    });

    test.each(formats)('%s: a file above --max-classification is left out, counted, and nothing of it appears', format => {
        const output = join(folder, `summary.${format}`);
        const run = runCli(['summary', '.', '--format', format, '-o', output, '--max-classification', 'stg. geheim', '--to', '2022-12-31', '--lang', 'en'], folder);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        const bytes = readFileSync(output);
        const text = contentOf(output);
        for (const secretWord of ['nightjar', 'NIGHTJAR', 'Nightjar', 'courier', 'XQ"', 'ZEER GEHEIM']) {
            expect(text).not.toContain(secretWord);
            expect(bytes.includes(Buffer.from(secretWord))).toBe(false);
        }
        expect(text).toContain('STG. CONFIDENTIEEL');
        expect(readdirSync(folder).filter(name => name.endsWith('.tmp'))).toEqual([]);
        if (format === 'json') {
            expect(JSON.parse(text).files).toEqual({ included: 3, excluded: 1 });
            expect(JSON.parse(text).classification).toBe('STG. CONFIDENTIEEL');
        } else if (format !== 'docx') {
            expect(text).toContain('1 file left out for its classification');
        }
    });

    test('every output carries the highest marking of the files it includes, at the top and the bottom', async () => {
        const markdown = (await summarize([folder], { lang: 'en' })).stdout.trimEnd().split('\n');
        expect(markdown[0]).toBe('**Classification: STG. ZEER GEHEIM**');
        expect(markdown.at(-1)).toBe('**Classification: STG. ZEER GEHEIM**');
        const csv = parseCsv((await summarize([folder], { format: 'csv', lang: 'nl' })).stdout);
        expect(csv[0]).toEqual(['Rubricering: STG. ZEER GEHEIM']);
        expect(csv.at(-1)).toEqual(['Rubricering: STG. ZEER GEHEIM']);
        const html = (await summarize([folder], { format: 'html', lang: 'en', maxClassification: 'DEPARTEMENTAAL VERTROUWELIJK' })).stdout;
        expect(html).toContain('@top-center { content: "DEPARTEMENTAAL VERTROUWELIJK";');
        expect(html).toContain('@bottom-center { content: "DEPARTEMENTAAL VERTROUWELIJK";');
        expect(html.match(/Classification: DEPARTEMENTAAL VERTROUWELIJK/g)).toHaveLength(2);
    });

    test('an unmarked file is an error naming it (exit 2), unless --default-classification gives it one', async () => {
        const unmarked = folderWith({ 'registry.provisio': services + recipients.replace(/^classification.*\n/, ''), 'p.provisio': provision('P-1', '2022-03-01').replace(/^classification.*\n/, '') });
        const refused = runCli(['summary', '.'], unmarked);
        expect(refused.status).toBe(2);
        expect(refused.stderr).toContain('p.provisio: no classification marking.');
        expect(refused.stdout).toBe('');
        const defaulted = await summarize([unmarked], { defaultClassification: 'STG. GEHEIM', format: 'json' });
        expect(defaulted.status).toBe(0);
        expect(JSON.parse(defaulted.stdout).classification).toBe('STG. GEHEIM');
    });

    test('the configuration\'s defaultClassification marks unmarked files too; a wrong one is a located problem', () => {
        const unmarked = folderWith({
            'provisio.config.yaml': 'defaultClassification: DEPARTEMENTAAL VERTROUWELIJK\n',
            'registry.provisio': services + recipients.replace(/^classification.*\n/, ''),
            'p.provisio': provision('P-1', '2022-03-01').replace(/^classification.*\n/, '')
        });
        const run = runCli(['summary', '.', '--format', 'json'], unmarked);
        expect(run.status).toBe(0);
        expect(JSON.parse(run.stdout).classification).toBe('DEPARTEMENTAAL VERTROUWELIJK');
        const wrong = folderWith({ 'provisio.config.yaml': 'defaultClassification: SECRET\n', 'a.provisio': services });
        const refused = runCli(['summary', '.'], wrong);
        expect(refused.status).toBe(2);
        expect(refused.stderr).toContain('provisio.config.yaml:1:24  error  `defaultClassification` must be one of the markings "ONGERUBRICEERD"');
    });
});

test('bad usage exits with 2 and says why', () => {
    const folder = folderWith({ 'a.provisio': services });
    expect(runCli(['summary', '.', '--from', '2022-13-01'], folder)).toMatchObject({ status: 2, stderr: 'provisio: --from 2022-13-01: write a date as YYYY-MM-DD.\n' });
    expect(runCli(['summary', '.', '--max-classification', 'TOP SECRET'], folder).stderr).toContain('"TOP SECRET" is not a classification marking');
    expect(runCli(['summary', '.', '-f', 'docx'], folder)).toMatchObject({ status: 2, stderr: 'provisio: The docx format is binary: write it to a file with -o FILE.\n' });
});

describe('hostile author text', () => {
    const attack = `=cmd|' /C calc'!A0 <script>window.__pwned=1</script></style><img src=x onerror="window.__pwned=2"> 'single' \u202Egnp.exe\u2066`;
    const asString = attack.replace(/"/g, '\\"');
    const folder = folderWith({
        'registry.provisio': `classification "ONGERUBRICEERD"
service AIVD "${asString}"
recipient WestlandNIS "${asString}" {
    country "${asString}"
    weighing-note WN-1 {
        assessed 2022-01-10 method joint review-due 2024-01-10
        democratic-anchoring adequate
        human-rights risk "${asString}"
        professionalism adequate legal-powers adequate data-protection adequate
        permits analytical, personal-data, unevaluated
    }
}
umbrella U-1 "${asString}" {
    by AIVD kind umbrella-permission recipients WestlandNIS valid 2022-01-01 to 2022-12-31
    approved minister on 2021-12-01
    mitigation for human-rights """${attack}"""
    conditions third-party-rule, intelligence-use-only
}
`,
        [`cases/x"<img src=x onerror=alert(1)>.provisio`]: provision('P-2022-0101', '2022-03-01', { form: 'unevaluated', marking: 'ONGERUBRICEERD' })
            .replace('    mitigation for human-rights "Only the analytical conclusion is shared, without identifying the sources."', `    mitigation for human-rights """${attack}"""\n    under U-1`)
    });

    test('CSV neutralises every cell a spreadsheet would read as a formula', async () => {
        const run = await summarize([folder], { format: 'csv', lang: 'en', to: '2022-12-31' });
        expect(run.status).toBe(0);
        const cells = parseCsv(run.stdout).flat();
        expect(cells.filter(cell => cell.includes("=cmd|' /C calc'!A0")).length).toBeGreaterThan(3);
        expect(cells.filter(cell => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
        expect(cells).toContain(`'=cmd|' /C calc'!A0 <script>window.__pwned=1</script></style><img src=x onerror="window.__pwned=2"> 'single' <U+202E>gnp.exe<U+2066>`);
    });

    test('HTML escapes it and shows bidi controls as visible codes', async () => {
        const html = (await summarize([folder], { format: 'html', lang: 'en', to: '2022-12-31' })).stdout;
        expect(html).not.toMatch(/<script|<img|onerror="/i);
        expect(html.match(/<\/style>/g)).toHaveLength(1);
        expect(html).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt;&lt;/style&gt;&lt;img src=x onerror=&quot;window.__pwned=2&quot;&gt; &#39;single&#39; &lt;U+202E&gt;gnp.exe&lt;U+2066&gt;');
        expect(html).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
        expect(html).toContain('<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;sha256-');
    });

    test('Markdown keeps it literal', async () => {
        const markdown = (await summarize([folder], { lang: 'en', to: '2022-12-31' })).stdout;
        expect(markdown).not.toMatch(/(?<!\\)<(script|img)/i);
        expect(markdown).toContain('\\<script\\>window.\\_\\_pwned=1\\</script\\>');
    });

    test('DOCX carries it as text, not markup', async () => {
        const output = join(folder, 'hostile.docx');
        expect((await summarize([folder], { format: 'docx', output, lang: 'en' })).status).toBe(0);
        const xml = docxParts(output)['word/document.xml'];
        expect(xml).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt;');
        expect(xml).not.toContain('<script');
    });
});

describe('DOCX', () => {
    const output = join(folderWith({}), 'workspace.docx');
    const run = runCli(['summary', 'examples/workspace', '-f', 'docx', '-o', output, '--lang', 'nl', '--to', '2022-10-31']);

    test('has real headings, table rows and the marking in its header and footer', () => {
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        const parts = docxParts(output);
        const xml = parts['word/document.xml'];
        expect(xml).toContain('<w:pStyle w:val="Title"/>');
        const headings = [...xml.matchAll(/<w:pStyle w:val="Heading1"\/>.*?<w:t[^>]*>([^<]*)<\/w:t>/g)].map(match => match[1]);
        expect(headings).toEqual(['1. Overzicht', '2. Overkoepelende toestemmingen en multilaterale samenwerkingen die gelden', '3. Buitenlandse diensten',
            '4. Verstrekkingen van ongeëvalueerde gegevens', '5. Voorwaarden en verzoeken tot vernietiging', '6. Tekortkomingen', '7. Bevindingen per regel',
            '8. Geaccepteerde afwijkingen', '9. Verstrekkingen per maand, dienst en buitenlandse dienst']);
        expect(xml).toContain('<w:tblHeader/>');
        expect(xml.match(/<w:tr>|<w:tr /g)!.length).toBeGreaterThan(40);
        expect(xml).toContain('>P-2021-0212<');
        const header = Object.entries(parts).filter(([name]) => /^word\/header\d*\.xml$/.test(name)).map(([, text]) => text).join('');
        const footer = Object.entries(parts).filter(([name]) => /^word\/footer\d*\.xml$/.test(name)).map(([, text]) => text).join('');
        expect(header).toContain('Rubricering: STG. GEHEIM');
        expect(footer).toContain('Rubricering: STG. GEHEIM');
    });

    const libreoffice = spawnSync('sh', ['-c', 'command -v libreoffice'], { encoding: 'utf8' }).stdout.trim();
    test.skipIf(!libreoffice)('opens in LibreOffice (converted to PDF)', () => {
        const folder = join(output, '..');
        const conversion = spawnSync(libreoffice, ['--headless', `-env:UserInstallation=file://${folder}/lo-profile`, '--convert-to', 'pdf', '--outdir', folder, output], { encoding: 'utf8', timeout: 60_000 });
        expect(conversion.status).toBe(0);
        const pdf = join(folder, 'workspace.pdf');
        expect(existsSync(pdf)).toBe(true);
        expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    }, 90_000);
});

describe('filters', () => {
    const folder = folderWith({
        'services.provisio': services,
        'recipients.provisio': recipients,
        'a.provisio': provision('P-BEFORE', '2022-02-28'),
        'b.provisio': provision('P-FIRST', '2022-03-01'),
        'c.provisio': provision('P-LAST', '2022-03-31', { by: 'MIVD', form: 'unevaluated' }),
        'd.provisio': provision('P-AFTER', '2022-04-01')
    });
    const model = async (options: Record<string, string>) => JSON.parse((await summarize([folder], { format: 'json', lang: 'en', ...options })).stdout);

    test('a provision on the first and on the last day of the range is in it; the days around are not', async () => {
        const inRange = await model({ from: '2022-03-01', to: '2022-03-31' });
        expect(inRange.totals.provisions).toBe(2);
        expect(inRange.trends.perMonth).toEqual([{ key: '2022-03', count: 2 }]);
        expect(inRange.unevaluated.map((entry: { name: string }) => entry.name)).toEqual(['P-LAST']);
        expect(inRange.gaps).toEqual([expect.objectContaining({ kind: 'oversightNotNotified', subject: 'P-LAST' })]);
        expect((await model({ from: '2022-03-02', to: '2022-03-30' })).totals.provisions).toBe(0);
    });

    test('--service and --recipient select provisions; the end-to-end CLI agrees', async () => {
        expect((await model({ service: 'MIVD' })).trends.perService).toEqual([{ key: 'MIVD', count: 1 }]);
        expect((await model({ recipient: 'Nobody' })).totals).toMatchObject({ provisions: 0, recipients: 0 });
        const run = runCli(['summary', '.', '-f', 'json', '--from', '2022-03-01', '--to', '2022-03-31', '--service', 'AIVD'], folder);
        expect(JSON.parse(run.stdout).trends.perMonth).toEqual([{ key: '2022-03', count: 1 }]);
    });

    test('a recipient with a risk and no mitigation shows it as MISSING', async () => {
        const bare = folderWith({
            'services.provisio': services,
            'recipients.provisio': recipients,
            'p.provisio': provision('P-BARE', '2022-03-01').replace(/ {4}mitigation .*\n/, '')
        });
        const markdown = (await summarize([bare], { lang: 'en' })).stdout;
        expect(markdown).toContain('| human rights | Reports of ill\\-treatment | **MISSING: no mitigation for human rights** |'.replace('\\-', '-'));
        expect(markdown).toContain('**MISSING: no mitigation for human rights regarding WestlandNIS**');
    });
});

test('its own errors speak the language of the summary', () => {
    const folder = folderWith({ 'a.provisio': services });
    expect(runCli(['summary', '.', '--lang', 'nl', '--from', '2022-04-01', '--to', '2022-03-01'], folder)).toMatchObject({ status: 2, stderr: 'provisio: --from 2022-04-01 ligt na --to 2022-03-01.\n' });
    const unmarked = folderWith({ 'b.provisio': 'service AIVD\n' });
    expect(runCli(['summary', '.', '--lang', 'nl'], unmarked).stderr).toBe('b.provisio: geen rubricering. Zet `classification "…"` op de eerste regel (een van "ONGERUBRICEERD", "DEPARTEMENTAAL VERTROUWELIJK", "STG. CONFIDENTIEEL", "STG. GEHEIM", "STG. ZEER GEHEIM"), of geef --default-classification op (of `defaultClassification` in de configuratie).\n');
});

describe('a summary of part of a workspace', () => {
    test('names declared in the rest of the workspace resolve: no false gaps for conditions an umbrella elsewhere states', async () => {
        const run = await summarize([join(__dirname, '../../examples/workspace/aivd')], { format: 'json' });
        expect(run.status).toBe(0);
        const model = JSON.parse(run.stdout) as { gaps: unknown[] };
        expect(model.gaps).toEqual([]);
    });

    test('a file of the rest of the workspace above --max-classification is not loaded, so nothing of it shows', async () => {
        const folder = folderWith({ 'provisio.config.yaml': 'rules: {}\n', 'asked/p.provisio': provision('P-1', '2022-03-01'), 'registry.provisio': services + recipients, 'other/secret.provisio': secret });
        for (const format of formats) {
            const run = await summarize([join(folder, 'asked')], { format, maxClassification: 'STG. GEHEIM', output: format === 'docx' ? join(folder, 'out.docx') : undefined });
            const bytes = format === 'docx' ? readFileSync(join(folder, 'out.docx')).toString('latin1') + Object.values(docxParts(join(folder, 'out.docx'))).join('') : run.stdout;
            expect(bytes, format).not.toMatch(/Nightjar|NIGHTJAR|courier/);
        }
    });
});
