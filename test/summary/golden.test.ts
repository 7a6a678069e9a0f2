// Golden summaries of examples/workspace in Markdown, JSON and CSV, in English and Dutch.
// After a deliberate change, rewrite them with UPDATE_GOLDEN=1 and read the diff.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, test } from 'vitest';
import schema from '../../schemas/summary.schema.json' with { type: 'json' };
import { summarize } from './helpers.js';

const testdata = join(import.meta.dirname, 'testdata');
const update = process.env.UPDATE_GOLDEN === '1';

function golden(name: string, actual: string): void {
    const file = join(testdata, name);
    if (update || !existsSync(file)) {
        writeFileSync(file, actual);
        if (!update) {
            throw new Error(`${name} did not exist and has been written: check it and run the test again.`);
        }
        return;
    }
    expect(actual).toBe(readFileSync(file, 'utf8'));
}

const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);

describe.each(['en', 'nl'] as const)('the example workspace in %s', lang => {
    test.each(['md', 'json', 'csv'] as const)('%s matches its golden file', async format => {
        const run = await summarize(['examples/workspace'], { format, lang, to: '2022-10-31' });
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        golden(`workspace.${lang}.${format}`, run.stdout);
        if (format === 'json') {
            expect(validate(JSON.parse(run.stdout)), JSON.stringify(validate.errors)).toBe(true);
        }
    });
});

test('the JSON of a workspace full of defects still fits the schema, with gaps and findings', async () => {
    const run = await summarize(['examples/workspace', 'examples/defects'], { format: 'json', lang: 'en' });
    const model = JSON.parse(run.stdout);
    expect(validate(model), JSON.stringify(validate.errors)).toBe(true);
    expect(model.gaps.map((gap: { kind: string }) => gap.kind)).toEqual(expect.arrayContaining(['noWeighingNote', 'noMitigation', 'oversightNotNotified', 'noDestructionRequest']));
    expect(model.findings.items.length).toBeGreaterThan(10);
});

test('the Dutch summary speaks Dutch to the minister', async () => {
    const run = await summarize(['examples/workspace'], { lang: 'nl', to: '2022-10-31', audience: 'minister' });
    expect(run.stdout).toContain('# Jaarlijkse toets van overkoepelende toestemmingen en multilaterale samenwerkingen');
    expect(run.stdout).toContain('| AN-2022-07: Joint investigation Ironbridge into procurement networks, with NorthlandSIS | autorisatienota | MIVD | NorthlandSIS (normaal) | 2022-03-01 tot en met 2022-12-31 | 61 dagen | hoofd van de dienst op 2022-02-24 | 1 |');
    const headings = run.stdout.split('\n').filter(line => line.startsWith('## '));
    expect(headings).toEqual([
        '## Overzicht',
        '## Overkoepelende toestemmingen en multilaterale samenwerkingen die gelden',
        '## Buitenlandse diensten',
        '## Tekortkomingen',
        '## Verstrekkingen per maand, dienst en buitenlandse dienst'
    ]);
});

test('each audience gets its own sections in its own order', async () => {
    const headings = async (audience: 'oversight' | 'quality') =>
        (await summarize(['examples/workspace'], { lang: 'en', to: '2022-10-31', audience })).stdout.split('\n').filter(line => line.startsWith('## ')).map(line => line.slice(3));
    expect(await headings('oversight')).toEqual(['Overview', 'Provisions of unevaluated data', 'Recipients', 'Conditions and destruction requests', 'Gaps', 'Accepted deviations', 'Findings per rule', 'Provisions per month, service and recipient']);
    expect(await headings('quality')).toEqual(['Overview', 'Gaps', 'Findings per rule', 'Accepted deviations', 'Conditions and destruction requests', 'Recipients', 'Provisions of unevaluated data', 'Provisions per month, service and recipient']);
});

test('findings are in the language of the summary, with the Dutch labels around them', async () => {
    const run = await summarize(['examples/workspace', 'examples/defects'], { lang: 'nl', audience: 'quality' });
    expect(run.stdout).toContain('| fout | approval/oversight-notified | Verstrekking P-2022-D15 verstrekt ongeëvalueerde gegevens, maar vermeldt niet dat de CTIVD daarvan in kennis is gesteld.');
    expect(run.stdout).toContain('| P-2022-D15 | **ONTBREEKT: niet gemeld aan de CTIVD** |');
    expect(run.stdout).toContain('**ONTBREEKT: geen mitigerende maatregel voor mensenrechten bij EastmarkGIS**');
});
