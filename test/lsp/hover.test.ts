// Hovers on the example workspace: recipients judged on the date the rules judge them,
// umbrellas with their validity and provisions, categories, and every keyword of the grammar.
import { AstUtils, GrammarAST, GrammarUtils, URI, type Grammar } from 'langium';
import { expectHover } from 'langium/test';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ProvisioServices } from '../../src/language/provisio-module.js';
import { documentedKeyword } from '../../src/lsp/keyword-docs.js';
import { setToday } from '../../src/lsp/today.js';
import { createTester } from '../rules/helpers.js';
import { createEditingServices, exampleFiles } from './editing-helpers.js';

let services: ProvisioServices;
const files = exampleFiles();

beforeAll(async () => {
    setToday('2022-05-10');
    services = await createEditingServices();
    const { LangiumDocumentFactory, LangiumDocuments, DocumentBuilder } = services.shared.workspace;
    const names = Object.keys(files).filter(name => name.startsWith('workspace/'));
    const documents = names.map(name => LangiumDocumentFactory.fromString(files[name], URI.file(`/hover/${name}`)));
    documents.forEach(document => LangiumDocuments.addDocument(document));
    await DocumentBuilder.build(documents);
});

afterAll(() => setToday(undefined));

/** The hover text at `<|>` in `text`. */
async function hoverAt(text: string): Promise<string> {
    let shown = '';
    await expectHover(services)({ text, index: 0, hover: { test: (value: string) => { shown = value; return true; } } as unknown as RegExp, disposeAfterCheck: true });
    return shown;
}

/** A provision of the examples with its own name and date, the cursor placed before `marker`. */
function provisionOf(file: string, name: string, date: string, marker: string): string {
    const text = files[file].replace(/^(provision|background-check|group-provision) \S+/m, `$1 ${name}`).replace(/^    date \S+/m, `    date ${date}`);
    const at = text.indexOf(marker);
    expect(at, marker).toBeGreaterThan(0);
    return `${text.slice(0, at)}<|>${text.slice(at)}`;
}

describe('a recipient', () => {
    // The defect: the hover showed the latest note, while the finding on the same token cites the note in force.
    test('in a provision: the note in force on the provision\'s date, not the latest one, and the date it judges', async () => {
        const text = provisionOf('workspace/aivd/BC-2022-0014-aviation-screening.provisio', 'BC-2021-H01', '2021-06-01', 'EastmarkGIS\n');
        expect(await hoverAt(text)).toBe([
            '**EastmarkGIS** — Eastmark General Intelligence Service (XE)',
            'Judged on 2021-06-01, the date of background check BC-2021-H01.',
            'Weighing note WN-XE-2020-09: assessed 2020-09-21 (joint method), review due 2021-10-01. Review due in 122 days.',
            '**Elevated risk profile:**\n- human rights: Credible reports of ill-treatment of detainees held on terrorism charges\n- professionalism: Repeated leaks of partner information to the domestic press',
            'Permits: analytical.'
        ].join('\n\n'));
    });

    test('the hover cites the note the risk finding on the same token cites', async () => {
        const text = provisionOf('defects/risk-mitigation-required.provisio', 'P-2021-H02', '2021-06-01', 'EastmarkGIS\n');
        const tester = await createTester();
        const registry = Object.fromEntries(Object.entries(files).filter(([name]) => name.startsWith('workspace/registry/')));
        const [finding] = (await tester.check({ ...registry, 'p.provisio': text.replace('<|>', '') })).withCode('risk/mitigation-required');
        expect(finding.message).toContain('in weighing note WN-XE-2020-09)');
        expect(await hoverAt(text)).toContain('Weighing note WN-XE-2020-09:');
    });

    test('after the review date: overdue since then, as recipient/weighing-note-current reports', async () => {
        const text = files['defects/recipient-weighing-note-current.provisio'].replace('to SouthmarkSS', 'to <|>SouthmarkSS');
        const hover = await hoverAt(text);
        expect(hover).toContain('Judged on 2024-01-16, the date of provision P-2024-D07.');
        expect(hover).toContain('Weighing note WN-XS-2020-11: assessed 2020-11-03 (joint method), review due 2023-11-03. Review overdue since 2023-11-03.');
        expect(hover).toContain('No criterion assessed as a risk.');
    });

    test('on its declaration: judged today, with the days until the review', async () => {
        const text = files['workspace/registry/recipients.provisio'].replace('recipient NorthlandSIS', 'recipient <|>NorthlandSIS');
        const hover = await hoverAt(text);
        expect(hover).toContain('Judged on 2022-05-10, today.');
        expect(hover).toContain('review due 2023-02-15. Review due in 281 days.');
    });

    test('in an umbrella: judged on the start of its validity, as the rules judge umbrellas', async () => {
        const umbrella = files['workspace/umbrellas/OT-2022-CTP-multilateral.provisio'];
        const [, from] = /valid (\S+) to/.exec(umbrella)!;
        const text = umbrella.replace('OT-2022-CTP ', 'OT-2022-HOV ').replace(/^    recipients /m, '    recipients <|>');
        expect(await hoverAt(text)).toContain(`Judged on ${from}, the start of the validity of umbrella OT-2022-HOV.`);
    });

    test('before its first note: no note in force on that date', async () => {
        const text = provisionOf('workspace/aivd/P-2021-0212-unevaluated-northland.provisio', 'P-2020-H03', '2020-01-06', 'NorthlandSIS\n');
        expect(await hoverAt(text)).toContain('Judged on 2020-01-06, the date of provision P-2020-H03.\n\nNo weighing note in force on 2020-01-06.');
    });

    test('in Dutch', async () => {
        services.i18n.Translator.locale = 'nl';
        try {
            const text = files['defects/recipient-weighing-note-current.provisio'].replace('to SouthmarkSS', 'to <|>SouthmarkSS');
            const hover = await hoverAt(text);
            expect(hover).toContain('Beoordeeld op 2024-01-16, de datum van verstrekking P-2024-D07.');
            expect(hover).toContain('Herbeoordeling verlopen sinds 2023-11-03.');
        } finally {
            services.i18n.Translator.locale = 'en';
        }
    });
});

describe('an umbrella', () => {
    test('its kind, validity and days left, recipients and the provisions under it', async () => {
        const text = files['workspace/aivd/P-2022-0077-ctp-online-recruiters.provisio'].replace('P-2022-0077', 'P-2022-H04').replace('under OT-2022-CTP', 'under <|>OT-2022-CTP');
        const hover = await hoverAt(text);
        const umbrella = files['workspace/umbrellas/OT-2022-CTP-multilateral.provisio'];
        const [, from, to] = /valid (\S+) to (\S+)/.exec(umbrella)!;
        const underIt = Object.entries(files).filter(([name, source]) => name.startsWith('workspace/') && /^\s*under OT-2022-CTP\b/m.test(source)).length;
        const daysLeft = Math.round((Date.parse(to) - Date.parse('2022-05-10')) / 86_400_000) + 1;
        expect(hover).toMatch(/^\*\*OT-2022-CTP\*\* — /);
        expect(hover).toContain(`kind multilateral; valid ${from} to ${to}; ${daysLeft} days left; recipients `);
        // The workspace's provisions and the one being hovered.
        expect(hover).toContain(`; ${underIt + 1} provisions under it.`);
        expect(hover).toContain('Today is 2022-05-10.');
    });
});

describe('a category', () => {
    test('a built-in category: its description, and that it is built in', async () => {
        const text = files['workspace/aivd/P-2022-0077-ctp-online-recruiters.provisio'].replace('P-2022-0077', 'P-2022-H05').replace(/categories (\w)/, 'categories <|>$1');
        const hover = await hoverAt(text);
        expect(hover).toMatch(/^\*\*[a-z-]+\*\* — .+\n\nA built-in category of the language\.$/);
    });
});

describe('keywords', () => {
    test('a keyword: its meaning and its Dutch term', async () => {
        const text = files['defects/background-check-destruction-request.provisio'].replace(/^background-check/m, '<|>background-check');
        expect(await hoverAt(text)).toBe('**`background-check`** — background check · Dutch: *naslagverzoek*\n\n'
            + 'Declares a request to a foreign service for what it knows about a person, which gives that service the person\'s identity.');
        const conditions = files['defects/recipient-weighing-note-current.provisio'].replace('third-party-rule', '<|>third-party-rule');
        expect(await hoverAt(conditions)).toMatch(/^\*\*`third-party-rule`\*\* — third-party rule · Dutch: \*derdepartijregel\*\n\nCondition: /);
    });

    test('in Dutch: the Dutch term and meaning', async () => {
        services.i18n.Translator.locale = 'nl';
        try {
            const text = files['defects/background-check-destruction-request.provisio'].replace(/^background-check/m, '<|>background-check');
            expect(await hoverAt(text)).toMatch(/^\*\*`background-check`\*\* — naslagverzoek\n\nDeclareert een verzoek aan een buitenlandse dienst/);
        } finally {
            services.i18n.Translator.locale = 'en';
        }
    });

    test('every keyword of the grammar is documented in both languages', () => {
        const grammar = services.Grammar as Grammar;
        const keywords = new Set([...GrammarUtils.getAllReachableRules(grammar, false)]
            .flatMap(rule => [...streamKeywords(rule)])
            .filter(keyword => /^[a-z]/.test(keyword)));
        expect(keywords.size).toBeGreaterThan(60);
        expect([...keywords].filter(keyword => !documentedKeyword(keyword))).toEqual([]);
    });
});

function* streamKeywords(rule: GrammarAST.AbstractRule): Generator<string> {
    for (const node of AstUtils.streamAllContents(rule)) {
        if (GrammarAST.isKeyword(node)) {
            yield node.value;
        }
    }
}
