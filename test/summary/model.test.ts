// The summary model on small workspaces: what an umbrella gives the provisions under it,
// days left, the umbrella filter, and the growth of the work with the workspace.
import { describe, expect, test } from 'vitest';
import { folderWith } from '../cli/run-cli.js';
import { withEmptyMonths } from '../../src/summary/report.js';
import { summarize } from './helpers.js';

const registry = `classification "ONGERUBRICEERD"
service AIVD
recipient NorthlandSIS "Northland Security and Intelligence Service" {
    weighing-note WN-1 {
        assessed 2021-01-10 method joint review-due 2022-11-15
        democratic-anchoring adequate human-rights adequate professionalism adequate legal-powers adequate data-protection adequate
        permits analytical, personal-data, unevaluated
    }
}
umbrella U-2022 "Platform renewal for 2022" {
    by AIVD kind multilateral recipients NorthlandSIS valid 2022-01-01 to 2022-12-31
    approved minister on 2021-12-14
    conditions third-party-rule, intelligence-use-only, destruction-request
    oversight-notified on 2021-12-20
}
`;

function underUmbrella(name: string, date: string, form = 'unevaluated'): string {
    return `provision ${name} {
    by AIVD to NorthlandSIS date ${date} under U-2022
    data { form ${form} subjects 3 "persons" categories identity }
    necessity "A motivation that is long enough is not what this test is about, so it is short."
}
`;
}

const folder = folderWith({
    'registry.provisio': registry,
    'p.provisio': `classification "STG. GEHEIM"\n${underUmbrella('P-1', '2022-02-01')}${underUmbrella('P-2', '2022-05-01', 'analytical')}`,
    'q.provisio': `classification "STG. GEHEIM"\nprovision P-3 { by AIVD to NorthlandSIS date 2022-06-01 data { form evaluated } }\n`
});

async function model(options: Record<string, string> = {}) {
    const run = await summarize([folder], { format: 'json', lang: 'en', ...options });
    expect(run.stderr).toBe('');
    return JSON.parse(run.stdout);
}

describe('what an umbrella gives the provisions made under it', () => {
    test('its conditions count for coverage; its approval and notification are shown as inherited', async () => {
        const summary = await model({ to: '2022-10-31' });
        expect(summary.coverage).toEqual({ provisions: 3, thirdPartyRule: 2, intelligenceUseOnly: 2, destructionRequest: 2, backgroundChecks: 0, backgroundChecksWithDestructionRequest: 0 });
        expect(summary.unevaluated).toEqual([expect.objectContaining({
            name: 'P-1',
            approval: { level: 'minister', date: '2021-12-14', inherited: true, source: { file: expect.stringMatching(/registry\.provisio$/), line: 12 } },
            oversight: { date: '2021-12-20', inherited: true, source: { file: expect.stringMatching(/registry\.provisio$/), line: 14 } }
        })]);
        expect(summary.gaps.filter((gap: { subject: string }) => gap.subject === 'P-3').map((gap: { kind: string }) => gap.kind))
            .toEqual(['noThirdPartyRule', 'noIntelligenceUseOnly', 'noApproval']);
    });

    test('days left and review status count from --to; within 90 days the umbrella is expiring', async () => {
        const summary = await model({ to: '2022-10-31' });
        expect(summary.umbrellas[0]).toMatchObject({ name: 'U-2022', daysLeft: 61, expiresWithin90Days: true, provisionCount: 2 });
        expect(summary.recipients[0].weighingNote).toMatchObject({ reviewDue: '2022-11-15', reviewStatus: 'dueSoon' });
        const earlier = await model({ to: '2022-06-30' });
        expect(earlier.umbrellas[0]).toMatchObject({ daysLeft: 184, expiresWithin90Days: false });
        const later = await model({ from: '2022-12-01', to: '2023-01-31' });
        expect(later.umbrellas[0]).toMatchObject({ daysLeft: -31, expiresWithin90Days: false });
        expect(later.recipients[0].weighingNote.reviewStatus).toBe('overdue');
    });

    test('--umbrella keeps that umbrella and the provisions under it', async () => {
        const summary = await model({ umbrella: 'U-2022' });
        expect(summary.totals).toMatchObject({ provisions: 2, umbrellas: 1 });
        expect((await model({ umbrella: 'U-OTHER' })).totals).toMatchObject({ provisions: 0, umbrellas: 0 });
    });
});

test('months without provisions are shown as 0, across a year boundary', () => {
    expect(withEmptyMonths([{ key: '2021-11', count: 2 }, { key: '2022-02', count: 1 }, { key: '', count: 1 }])).toEqual([
        { key: '2021-11', count: 2 }, { key: '2021-12', count: 0 }, { key: '2022-01', count: 0 }, { key: '2022-02', count: 1 }, { key: '', count: 1 }
    ]);
});

describe('growth', () => {
    test('the work per provision stays the same however many recipients and provisions there are', async () => {
        const { createTestWorkspace } = await import('../support/workspace.js');
        const { buildSummaryModel } = await import('../../src/summary/model.js');
        const workspace = await createTestWorkspace();
        const note = 'weighing-note W { assessed 2021-01-01 human-rights risk "r" permits analytical }';
        /** Property reads on the provisions while the model is built: a scan of all provisions per recipient would make this quadratic. */
        const readsPerProvision = async (count: number) => {
            const text = ['service AIVD',
                ...Array.from({ length: count }, (_, index) => `recipient R${index} { ${note} }`),
                ...Array.from({ length: count }, (_, index) => `provision P-${index} { by AIVD to R${index} date 2022-01-01 mitigation for human-rights "m" }`)].join('\n');
            const { file } = await workspace.build({ file: text });
            let reads = 0;
            const declarations = file.parseResult.value.declarations.map(node => node.$type === 'Provision'
                ? new Proxy(node, { get: (target, property, receiver) => { reads++; return Reflect.get(target, property, receiver); } })
                : node);
            const document = { ...file, parseResult: { ...file.parseResult, value: { ...file.parseResult.value, declarations } } } as typeof file;
            const model = buildSummaryModel({ files: [{ document, path: 'file.provisio', marking: 'ONGERUBRICEERD' }], excludedFileCount: 0, options: { today: '2022-12-31' } });
            expect(model.recipients.every(recipient => recipient.provisions.total === 1 && recipient.risks[0].mitigations.length === 1)).toBe(true);
            await workspace.clear();
            return reads / count;
        };
        const small = await readsPerProvision(100);
        const large = await readsPerProvision(400);
        expect(large / small).toBeLessThan(1.2);
    });
});

test('a finding accepted with a suppression comment is listed as an accepted deviation, with its reason', async () => {
    const accepted = folderWith({
        'registry.provisio': `classification "ONGERUBRICEERD"
service AIVD
recipient EastmarkGIS {
    weighing-note WN-1 { assessed 2021-01-10 method joint review-due 2099-01-01 human-rights risk "Reports of ill-treatment" permits analytical }
}
`,
        'p.provisio': `classification "STG. GEHEIM"
provision P-7 {
    by AIVD
    // provisio-disable-next-line risk/mitigation-required until 2099-06-30 approved-by "J. de Vries" -- Threat to life; the head of service accepted the risk.
    to EastmarkGIS
    date 2022-03-03
}
`
    });
    const json = JSON.parse((await summarize([accepted], { format: 'json', lang: 'en' })).stdout);
    expect(json.deviations).toEqual([{
        rule: 'risk/mitigation-required',
        message: expect.stringContaining('EastmarkGIS'),
        reason: 'Threat to life; the head of service accepted the risk.',
        until: '2099-06-30',
        approvedBy: 'J. de Vries',
        source: { file: expect.stringMatching(/p\.provisio$/), line: 5 },
        directiveLine: 4
    }]);
    expect(json.findings.items.map((finding: { rule: string }) => finding.rule)).not.toContain('risk/mitigation-required');
    const dutch = (await summarize([accepted], { lang: 'nl', audience: 'oversight' })).stdout;
    expect(dutch).toContain('## Geaccepteerde afwijkingen');
    expect(dutch).toMatch(/\| risk\/mitigation-required \| .* \| Threat to life; the head of service accepted the risk\. \| 2099-06-30 \| J\. de Vries \|/);
    expect((await summarize([accepted], { format: 'json', lang: 'en', from: '2022-04-01' })).stdout).toContain('"deviations": []');
});
