// risk/applicability-reasoned — reviewer's rule 4 (docs/domain.md): "nagaan of de risico's van toepassing zijn op de
// concrete samenwerking". A criterion at risk is weighed by a mitigation or by `risk … not-applicable "why"`; a
// provision under an umbrella can set aside an inherited mitigation with `risk … inherited-mitigation-unfit "why"`.
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import {
    baseline, createTester, DiagnosticSeverity, edit, edits, expectOnly, runRule, say, umbrellaBaseline, type Files, type Tester
} from './helpers.js';

const code = 'risk/applicability-reasoned';
const P = 'provision.provisio';
const U = 'umbrella.provisio';
const humanRights = / {4}mitigation for human-rights .*\n/;
const dataProtection = / {4}mitigation for data-protection .*\n/;

const notApplicableReason = '"Only the dates of two past border crossings are given, which EastmarkGIS recorded itself at its own border posts; nothing reaches it that it does not already hold."';
const dutchReason = `"""
        Het risico voor de mensenrechten doet zich hier niet voor: beide personen verblijven in
        Nederland en reizen niet meer naar Eastmark, zodat EastmarkGIS hen niet kan aanhouden.
    """`;

/** The umbrella baseline with the provision made to EastmarkGIS, so it inherits the umbrella's two mitigations. Clean. */
const underUmbrella = (): Files => edits(umbrellaBaseline(), P, ['to NorthlandSIS', 'to EastmarkGIS'], ['NorthlandSIS can only watch', 'EastmarkGIS can only watch']);
const addToProvision = (files: Files, clauses: string): Files => edit(files, P, '    """\n}', `    """\n${clauses}}`);

let tester: Tester;
beforeAll(async () => { tester = await createTester(); });
afterEach(() => tester.clear());

describe(`${code}: a risk that does not apply to this cooperation`, () => {
    test('a reasoned statement takes the place of a mitigation for that criterion', async () => {
        const result = await tester.check(edit(baseline(), P, dataProtection, `    risk data-protection not-applicable ${notApplicableReason}\n`));
        expect(result.codes()).toEqual([]);
        expect(result.provision('P-2025-0117').riskStatements.map(statement => [statement.criteria, statement.verdict])).toEqual([[['data-protection'], 'not-applicable']]);
    });

    test('with every risk stated not to apply (one in Dutch), no mitigation is needed', async () => {
        const files = edits(baseline(), P, [humanRights, `    risk human-rights not-applicable ${dutchReason}\n`], [dataProtection, `    risk data-protection not-applicable ${notApplicableReason}\n`]);
        expect((await tester.check(files)).codes()).toEqual([]);
    });

    test('without a reason the statement is a warning and does not count, so the risk stays open', async () => {
        const result = await tester.check(edit(baseline(), P, dataProtection, '    risk data-protection not-applicable\n'));
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Warning, node: result.provision('P-2025-0117').riskStatements[0], property: 'verdict',
            message: ['The statement in provision P-2025-0117 that the risk for data protection does not apply gives no reason, so it is not counted']
        });
        expect(result.codes()).toEqual([code, 'risk/criteria-mitigated']);
    });

    test('a statement without a reason and no mitigation leaves the recipient without any weighing', async () => {
        const result = await tester.check(edits(baseline(), P, [humanRights, ''], [dataProtection, '    risk human-rights, data-protection not-applicable ""\n']));
        expect(result.codes()).toEqual([code, 'risk/mitigation-required']);
    });

    test('a statement about a criterion that is not a risk is a warning at its criteria', async () => {
        const result = await tester.check(edit(baseline(), P, '    conditions', `    risk professionalism, data-protection not-applicable ${notApplicableReason}\n    conditions`));
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Warning, node: result.provision('P-2025-0117').riskStatements[0], property: 'criteria',
            message: ['This statement in provision P-2025-0117 is about professionalism, which no weighing note of EastmarkGIS assesses as a risk']
        });
    });

    test('a statement `regarding` a service that is not a recipient is a warning at that name', async () => {
        const result = await tester.check(edit(baseline(), P, dataProtection, `    risk data-protection regarding EastmarkGIS, WestholmDIS not-applicable ${notApplicableReason}\n`));
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Warning, node: result.provision('P-2025-0117').riskStatements[0], property: 'recipients', index: 1,
            message: ['This statement in provision P-2025-0117 is about WestholmDIS, which is not a recipient of provision P-2025-0117. Name one of its recipients: EastmarkGIS.']
        });
    });

    test('in a group, a statement about one member does not weigh another member\'s risk', async () => {
        const files = edits(baseline(), P,
            ['provision P-2025-0117', 'group-provision P-2025-0117'],
            ['to EastmarkGIS', 'to EastmarkGIS, WestholmDIS'],
            ['Only EastmarkGIS controls those border crossings', 'Both partners control border crossings on the route'],
            [dataProtection, `    risk data-protection regarding WestholmDIS not-applicable ${notApplicableReason}\n`]);
        const result = await tester.check(files);
        expect(result.codes()).toEqual([code, 'risk/criteria-mitigated']);
        expect(result.withCode(code)[0].message).toContain('is about data protection, which no weighing note of WestholmDIS assesses as a risk');
    });

    test('an umbrella\'s statement is inherited by the provisions made under it', async () => {
        const files = edit(underUmbrella(), U, dataProtection, `    risk data-protection regarding EastmarkGIS not-applicable ${notApplicableReason}\n`);
        expect((await tester.check(files)).codes()).toEqual([]);
    });
});

describe(`${code}: an inherited mitigation that does not fit`, () => {
    const unfit = '    risk human-rights inherited-mitigation-unfit "The umbrella withholds beliefs and associations, but this facilitator\'s membership of a banned party is the point of the provision."\n';
    const ownMitigation = '    mitigation for human-rights "EastmarkGIS has assured in writing that the facilitator will not be arrested on this information and that only his crossings will be watched."\n';

    test('the umbrella\'s mitigations count for a provision under it', async () => {
        expect((await tester.check(underUmbrella())).codes()).toEqual([]);
    });

    test('set aside with a reason, the inherited mitigation no longer counts and the risk is open at the provision', async () => {
        const result = await tester.check(addToProvision(underUmbrella(), unfit));
        expect(result.codes()).toEqual(['risk/criteria-mitigated']);
        expectOnly(result, 'risk/criteria-mitigated', {
            severity: DiagnosticSeverity.Warning, node: result.provision('P-2025-0231'), property: 'recipients', index: 0,
            message: ['Provision P-2025-0231: no mitigation addresses human rights']
        });
    });

    test('…and a mitigation of the provision\'s own closes it', async () => {
        expect((await tester.check(addToProvision(underUmbrella(), unfit + ownMitigation))).codes()).toEqual([]);
    });

    test('setting aside every inherited mitigation leaves the recipient without any weighing', async () => {
        const both = unfit.replace('risk human-rights', 'risk human-rights, data-protection');
        expect((await tester.check(addToProvision(underUmbrella(), both))).codes()).toEqual(['risk/mitigation-required']);
    });

    test('without a reason, the statement is a warning and the inherited mitigation still counts', async () => {
        const result = await tester.check(addToProvision(underUmbrella(), '    risk human-rights inherited-mitigation-unfit\n'));
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Warning, node: result.provision('P-2025-0231').riskStatements[0], property: 'verdict',
            message: ['that the inherited mitigation for human rights does not fit gives no reason']
        });
        expect(result.codes()).toEqual([code]);
    });

    test('in a provision that is not under an umbrella there is nothing to set aside', async () => {
        const result = await tester.check(edit(baseline(), P, '    conditions', `${unfit}    conditions`));
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Warning, node: result.provision('P-2025-0117').riskStatements[0], property: 'verdict',
            message: ['Provision P-2025-0117 is not made under an umbrella, so there is no inherited mitigation for human rights to set aside']
        });
    });

    test('in an umbrella there is nothing to set aside either', async () => {
        const result = await tester.check(edit(underUmbrella(), U, '    conditions', `${unfit.replace('risk human-rights', 'risk human-rights regarding EastmarkGIS')}    conditions`));
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Warning, node: result.umbrella('UP-2025-HARBOUR').riskStatements[0], property: 'verdict',
            message: ['An umbrella inherits no mitigations']
        });
    });

    test('setting aside a criterion the umbrella has no mitigation for is a warning at the criteria', async () => {
        const files = addToProvision(edit(underUmbrella(), U, dataProtection, ''), `${ownMitigation.replace('human-rights', 'data-protection')}    risk data-protection inherited-mitigation-unfit "The umbrella's retention period of six months is too long for data about a minor."\n`);
        const result = await tester.check(files);
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Warning, node: result.provision('P-2025-0231').riskStatements[0], property: 'criteria',
            message: ['Umbrella UP-2025-HARBOUR has no mitigation for data protection that provision P-2025-0231 inherits, so there is nothing to set aside']
        });
    });
});

describe(`${code}: half-written statements`, () => {
    test.each([
        'risk', 'risk human-rights', 'risk human-rights,', 'risk human-rights regarding', 'risk human-rights regarding EastmarkGIS',
        'risk human-rights not-applicable', 'risk not-applicable "why"', 'risk human-rights not-applicable """', 'risk human-rights inherited-mitigation-unfit "'
    ])('%s parses without a crash and gives located messages', async clause => {
        const result = await tester.check(edit(baseline(), P, '    conditions', `    ${clause}\n    conditions`));
        const diagnostics = result.diagnostics();
        expect(diagnostics.map(diagnostic => diagnostic.code)).not.toContain('internal/check-failed');
        for (const diagnostic of diagnostics) {
            expect(diagnostic.message).not.toMatch(/TypeError|undefined|\[object/);
        }
    });
});

describe(`${code}: the full messages, in English and in Dutch`, () => {
    test('no reason, a criterion that is no risk, a foreign recipient', async () => {
        const files = edits(baseline(), P,
            [dataProtection, '    risk data-protection, human-rights not-applicable\n'],
            ['    conditions', `    risk professionalism regarding EastmarkGIS, WestholmDIS not-applicable ${notApplicableReason}\n    conditions`]);
        const result = await tester.check(files);
        const findings = result.provision('P-2025-0117').riskStatements.flatMap(statement => runRule(code, statement));
        expect(findings.map(finding => say(code, finding))).toEqual([
            'The statement in provision P-2025-0117 that the risks for data protection and human rights do not apply gives no reason, so it is not counted. Add the reason in quotes: why the risk assessed in the weighing note does not arise in this cooperation.',
            'This statement in provision P-2025-0117 is about WestholmDIS, which is not a recipient of provision P-2025-0117. Name one of its recipients: EastmarkGIS.',
            'This statement in provision P-2025-0117 is about professionalism, which no weighing note of EastmarkGIS assesses as a risk. Name only criteria assessed as a risk.'
        ]);
        expect(findings.map(finding => say(code, finding, 'nl'))).toEqual([
            'De vaststelling in verstrekking P-2025-0117 dat de risico\'s voor gegevensbescherming en mensenrechten niet van toepassing zijn, vermeldt geen reden en telt daarom niet mee. Voeg de reden tussen aanhalingstekens toe: waarom het in de wegingsnotitie vastgestelde risico zich bij deze samenwerking niet voordoet.',
            'Deze vaststelling in verstrekking P-2025-0117 betreft WestholmDIS, maar die dienst is geen ontvanger van verstrekking P-2025-0117. Noem een van de ontvangers: EastmarkGIS.',
            'Deze vaststelling in verstrekking P-2025-0117 betreft professionaliteit, maar geen wegingsnotitie van EastmarkGIS beoordeelt dat criterium als risico. Noem alleen criteria die als risico zijn beoordeeld.'
        ]);
    });

    test('an inherited mitigation set aside without reason, outside an umbrella, and one the umbrella lacks', async () => {
        const files = addToProvision(edit(underUmbrella(), U, dataProtection, ''),
            '    risk human-rights inherited-mitigation-unfit\n    risk data-protection inherited-mitigation-unfit "The umbrella\'s retention period of six months is too long for data about a minor."\n');
        const result = await tester.check(files);
        const findings = result.provision('P-2025-0231').riskStatements.flatMap(statement => runRule(code, statement));
        expect(findings.map(finding => say(code, finding))).toEqual([
            'The statement in provision P-2025-0231 that the inherited mitigation for human rights does not fit gives no reason, so it is not counted. Add the reason in quotes: why the umbrella\'s measure does not reduce the risk in this provision.',
            'Umbrella UP-2025-HARBOUR has no mitigation for data protection that provision P-2025-0231 inherits, so there is nothing to set aside. Remove that criterion from the statement.'
        ]);
        expect(findings.map(finding => say(code, finding, 'nl'))).toEqual([
            'De vaststelling in verstrekking P-2025-0231 dat de overgenomen maatregel voor mensenrechten niet past, vermeldt geen reden en telt daarom niet mee. Voeg de reden tussen aanhalingstekens toe: waarom de maatregel van de overkoepelende toestemming het risico bij deze verstrekking niet beperkt.',
            'Overkoepelende toestemming UP-2025-HARBOUR bevat geen mitigerende maatregel voor gegevensbescherming die verstrekking P-2025-0231 overneemt, dus er valt niets terzijde te leggen. Verwijder dat criterium uit de vaststelling.'
        ]);
        const outside = await tester.check(edit(baseline(), P, '    conditions', '    risk human-rights inherited-mitigation-unfit "The umbrella\'s measure does not fit a minor."\n    conditions'));
        const [finding] = runRule(code, outside.provision('P-2025-0117').riskStatements[0]);
        expect(say(code, finding)).toBe('Provision P-2025-0117 is not made under an umbrella, so there is no inherited mitigation for human rights to set aside. Remove the statement, or state `risk … not-applicable "…"` if the risk does not apply.');
        expect(say(code, finding, 'nl')).toBe('Verstrekking P-2025-0117 valt niet onder een overkoepelende toestemming, dus er is geen overgenomen maatregel voor mensenrechten om terzijde te leggen. Verwijder de vaststelling, of vermeld `risk … not-applicable "…"` als het risico niet van toepassing is.');
    });
});
