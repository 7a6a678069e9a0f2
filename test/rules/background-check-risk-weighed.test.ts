// background-check/risk-weighed — reviewer's rule 4 (docs/domain.md): a background-check request to a service with an
// elevated risk profile writes down, per criterion at risk, how the risk was weighed against the nature of the request
// and the interests of the person who submitted it: a mitigation of its own, or `risk … not-applicable "why"`.
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import {
    adequateBaseline, applyFix, baseline, createTester, DiagnosticSeverity, edit, edits, expectNone, expectOnly, ruleConfig, runRule, say,
    umbrellaBaseline, type Files, type Tester
} from './helpers.js';

const code = 'background-check/risk-weighed';
const P = 'provision.provisio';
const humanRights = / {4}mitigation for human-rights .*\n/;
const dataProtection = / {4}mitigation for data-protection .*\n/;

/** The baseline as a background check on a candidate who lived in Eastmark: its own mitigations weigh both risks. Clean. */
function backgroundCheck(): Files {
    return edits(baseline(), P,
        ['provision P-2025-0117 "Travel data of two Harbour Network facilitators"', 'background-check BC-2025-0042 "Residence history of a candidate for a cleared post at the port"'],
        [humanRights, '    mitigation for human-rights "The request names no suspicion and asks only whether records exist, so it gives EastmarkGIS no reason to question the candidate\'s relatives in Eastmark."\n'],
        [dataProtection, '    mitigation for data-protection "Only the name, date of birth and the period of residence in Eastmark are given, and EastmarkGIS is asked to destroy them after six months."\n']);
}

/** How an AIVD screening officer writes that a risk does not arise for this request. */
const dutchNotApplicable = `    risk data-protection not-applicable """
        De kandidaat heeft zelf om het onderzoek gevraagd en de gegevens die worden verstrekt
        (naam, geboortedatum, verblijfsperiode) staan al in de Eastmarkse verblijfsregistratie.
    """
`;

let tester: Tester;
beforeAll(async () => { tester = await createTester(); });
afterEach(() => tester.clear());

describe(code, () => {
    test('a background check that weighs every risk itself is clean', async () => {
        expect((await tester.check(backgroundCheck())).codes()).toEqual([]);
    });

    test('a mitigation for one risk and a Dutch statement that the other does not apply is clean', async () => {
        expect((await tester.check(edit(backgroundCheck(), P, dataProtection, dutchNotApplicable))).codes()).toEqual([]);
    });

    test('without any weighing it is an error at the recipient, in place of risk/mitigation-required', async () => {
        const result = await tester.check(edits(backgroundCheck(), P, [humanRights, ''], [dataProtection, '']));
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Error, node: result.provision('BC-2025-0042'), property: 'recipients', index: 0,
            message: ['Background check BC-2025-0042 asks EastmarkGIS, which has an elevated risk profile (human rights and data protection assessed as risks', 'weighed against the nature of this request and the interests of the person who submitted it', 'Add `mitigation for human-rights, data-protection "…"`']
        });
        expect(result.codes()).toEqual([code]);
    });

    test('a risk left unweighed is an error naming it, in place of risk/criteria-mitigated', async () => {
        const result = await tester.check(edit(backgroundCheck(), P, dataProtection, ''));
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Error, node: result.provision('BC-2025-0042'), property: 'recipients', index: 0,
            message: ['does not write down how the risk for data protection of EastmarkGIS (weighing note WN-EastmarkGIS-2024) was weighed for this request']
        });
        expect(result.codes()).toEqual([code]);
    });

    test('a background check to an adequate recipient needs no weighing', async () => {
        const files = edit(adequateBaseline(), P, 'provision P-2025-0117', 'background-check P-2025-0117');
        expectNone(await tester.check(files), code);
    });

    test('an ordinary provision is left to the risk rules', async () => {
        const result = await tester.check(edits(baseline(), P, [humanRights, ''], [dataProtection, '']));
        expectNone(result, code);
        expect(result.codes()).toEqual(['risk/mitigation-required']);
    });

    describe('under an umbrella', () => {
        /** A background check to EastmarkGIS under the umbrella, which mitigates both risks; the check itself weighs nothing. */
        const underUmbrella = (): Files => edits(umbrellaBaseline(), P,
            ['provision P-2025-0231', 'background-check P-2025-0231'], ['to NorthlandSIS', 'to EastmarkGIS'], ['NorthlandSIS can only watch', 'EastmarkGIS can only watch'],
            ['    """\n}', '    """\n    conditions destruction-request\n}']);

        test('the umbrella\'s mitigations do not count as the weighing of the request', async () => {
            const result = await tester.check(underUmbrella());
            expectOnly(result, code, {
                severity: DiagnosticSeverity.Error, node: result.provision('P-2025-0231'), property: 'recipients', index: 0,
                message: ['Background check P-2025-0231 does not write down how the risks for human rights and data protection of EastmarkGIS', 'what the umbrella states does not count here']
            });
        });

        test('with countInherited they do', async () => {
            const lenient = await createTester(ruleConfig(code, { countInherited: true }));
            expect((await lenient.check(underUmbrella())).codes()).toEqual([]);
            await lenient.clear();
        });
    });

    test('the quick fix adds one mitigation for every unweighed risk; only its placeholder is then reported', async () => {
        const files = edits(backgroundCheck(), P, [humanRights, ''], [dataProtection, '']);
        const result = await tester.check(files);
        const [finding] = result.withCode(code);
        const fixed = applyFix(result.file(P).document, finding);
        expect(fixed).toBe(edit(files, P, '    """\n    conditions', '    """\n    mitigation for human-rights, data-protection "TODO"\n    conditions')[P]);
        const after = await tester.check({ ...files, [P]: fixed });
        expect(after.codes()).toEqual(['risk/mitigation-substance']);
        expect(after.withCode('risk/mitigation-substance')[0].message).toContain('only points elsewhere or holds a place ("todo")');
    });
});

describe(`${code}: the full messages, in English and in Dutch`, () => {
    test('nothing weighed, and one risk left', async () => {
        const none = await tester.check(edits(backgroundCheck(), P, [humanRights, ''], [dataProtection, '']));
        const [notWeighed] = runRule(code, none.provision('BC-2025-0042'));
        expect(say(code, notWeighed)).toBe('Background check BC-2025-0042 asks EastmarkGIS, which has an elevated risk profile (human rights and data protection assessed as risks in weighing note WN-EastmarkGIS-2024), about a person in a security screening, but does not write down how those risks were weighed against the nature of this request and the interests of the person who submitted it. Add `mitigation for human-rights, data-protection "…"`, or, for a risk that does not apply to this request, `risk human-rights not-applicable "…"` with the reason.');
        expect(say(code, notWeighed, 'nl')).toBe('Naslagverzoek BC-2025-0042 vraagt EastmarkGIS, een dienst met een verhoogd risicoprofiel (mensenrechten en gegevensbescherming als risico beoordeeld in wegingsnotitie WN-EastmarkGIS-2024), naar een persoon in een veiligheidsonderzoek, maar legt niet vast hoe die risico\'s zijn afgewogen tegen de aard van dit verzoek en de belangen van de indiener. Voeg `mitigation for human-rights, data-protection "…"` toe, of voeg voor een risico dat bij dit verzoek niet van toepassing is `risk human-rights not-applicable "…"` toe met de reden.');
        const one = await tester.check(edit(backgroundCheck(), P, humanRights, ''));
        const [partly] = runRule(code, one.provision('BC-2025-0042'));
        expect(say(code, partly)).toBe('Background check BC-2025-0042 does not write down how the risk for human rights of EastmarkGIS (weighing note WN-EastmarkGIS-2024) was weighed for this request. Add `mitigation for human-rights "…"`, or, for a risk that does not apply to this request, `risk human-rights not-applicable "…"` with the reason.');
        expect(say(code, partly, 'nl')).toBe('Naslagverzoek BC-2025-0042 legt niet vast hoe het risico voor mensenrechten van EastmarkGIS (wegingsnotitie WN-EastmarkGIS-2024) voor dit verzoek is afgewogen. Voeg `mitigation for human-rights "…"` toe, of voeg voor een risico dat bij dit verzoek niet van toepassing is `risk human-rights not-applicable "…"` toe met de reden.');
    });
});
