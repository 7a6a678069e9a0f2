// conditions/standard-conditions — reviewer's rule 6 (docs/domain.md): every provision states the third-party rule and
// intelligence-use-only; a missing one is a warning, an error for an elevated-risk recipient.
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import {
    adequateBaseline, applyFix, baseline, createTester, DiagnosticSeverity, edit, edits, expectAt, expectNone, expectOnly, ruleConfig,
    runRule, umbrellaBaseline, type Files, type Tester
} from './helpers.js';

const code = 'conditions/standard-conditions';
const P = 'provision.provisio';
const U = 'umbrella.provisio';
const ownConditions = 'conditions third-party-rule, intelligence-use-only, destroy-after 6 months';

let tester: Tester;
beforeAll(async () => { tester = await createTester(); });
afterEach(() => tester.clear());

describe(`${code}: severity`, () => {
    test('missing both conditions for an adequate recipient is a warning at the conditions clause', async () => {
        const result = await tester.check(edit(adequateBaseline(), P, ownConditions, 'conditions destroy-after 6 months'));
        const provision = result.provision('P-2025-0117');
        const finding = expectOnly(result, code, {
            severity: DiagnosticSeverity.Warning, node: provision, property: 'conditions',
            message: ['Provision P-2025-0117 states neither of the standard conditions `third-party-rule` and `intelligence-use-only`. Add both to its conditions.']
        });
        expect(finding.message).not.toContain('elevated');
        expect(result.codes()).toEqual([code]);
    });

    test('missing one condition names only that one', async () => {
        const result = await tester.check(edit(adequateBaseline(), P, ownConditions, 'conditions third-party-rule, destroy-after 6 months'));
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Warning, node: result.provision('P-2025-0117'), property: 'conditions',
            message: ['does not state `intelligence-use-only`. Add it to its conditions.']
        });
    });

    test('no conditions clause at all is reported at the provision\'s name', async () => {
        const result = await tester.check(edit(adequateBaseline(), P, `    ${ownConditions}\n`, ''));
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Warning, node: result.provision('P-2025-0117'), property: 'name',
            message: ['states neither of the standard conditions `third-party-rule` and `intelligence-use-only`']
        });
    });

    test('for a recipient with an elevated risk profile a missing condition is an error, and the message says why', async () => {
        const result = await tester.check(edit(baseline(), P, ownConditions, 'conditions intelligence-use-only, destroy-after 6 months'));
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Error, node: result.provision('P-2025-0117'), property: 'conditions',
            message: ['Provision P-2025-0117 does not state `third-party-rule`, while EastmarkGIS has an elevated risk profile. Add it to its conditions.']
        });
        expect(result.codes()).toEqual([code]);
    });

    test('with errorForElevatedRisk: false it stays a warning for an elevated-risk recipient', async () => {
        const configured = await createTester(ruleConfig(code, { errorForElevatedRisk: false }));
        const result = await configured.check(edit(baseline(), P, ownConditions, 'conditions intelligence-use-only, destroy-after 6 months'));
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Warning, node: result.provision('P-2025-0117'), property: 'conditions',
            message: ['does not state `third-party-rule`, while EastmarkGIS has an elevated risk profile']
        });
        // Called directly: no severity of its own, so the configured one (warning) applies.
        expect(runRule(code, result.provision('P-2025-0117'), { errorForElevatedRisk: false }).map(finding => finding.severity)).toEqual([undefined]);
        expect(runRule(code, result.provision('P-2025-0117'), { errorForElevatedRisk: true }).map(finding => finding.severity)).toEqual(['error']);
    });

    test('a configured severity applies to the ordinary case, the escalation still to the elevated one', async () => {
        const configured = await createTester('rules:\n  conditions/standard-conditions: info\n');
        const adequate = await configured.check(edit(adequateBaseline(), P, ownConditions, 'conditions destroy-after 6 months'));
        expect(adequate.withCode(code).map(d => d.severity)).toEqual([DiagnosticSeverity.Information]);
        const elevated = await configured.check(edit(baseline(), P, ownConditions, 'conditions destroy-after 6 months'));
        expect(elevated.withCode(code).map(d => d.severity)).toEqual([DiagnosticSeverity.Error]);
    });

    test('a group with one elevated-risk member is an error', async () => {
        const files = edits(baseline(), P,
            ['provision P-2025-0117', 'group-provision P-2025-0117'],
            ['to EastmarkGIS', 'to WestholmDIS, EastmarkGIS'],
            ['Only EastmarkGIS controls those border crossings', 'Both partners control border crossings on the route'],
            [ownConditions, 'conditions third-party-rule, destroy-after 6 months']);
        const result = await tester.check(files);
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Error, node: result.provision('P-2025-0117'), property: 'conditions',
            message: ['Group provision P-2025-0117 does not state `intelligence-use-only`, while EastmarkGIS has an elevated risk profile']
        });
    });

    test('does not fire on the baseline (both conditions stated, in any order)', async () => {
        expectNone(await tester.check(baseline()), code);
        expectNone(await tester.check(edit(baseline(), P, ownConditions, 'conditions destroy-after 6 months, intelligence-use-only, third-party-rule')), code);
    });
});

describe(`${code}: the full message, in English and in Dutch`, () => {
    const elevatedMissingBoth = (): Files => edit(baseline(), P, ownConditions, 'conditions destroy-after 6 months');
    const fixTitle = (diagnostic: { data?: unknown }) => (diagnostic.data as { fix: { title: string } }).fix.title;

    test('in English', async () => {
        const result = await tester.check(elevatedMissingBoth());
        const [finding] = result.withCode(code);
        expect(result.withCode(code).map(diagnostic => diagnostic.message)).toEqual(['Provision P-2025-0117 states neither of the standard conditions `third-party-rule` and `intelligence-use-only`, while EastmarkGIS has an elevated risk profile. Add both to its conditions.']);
        expect(fixTitle(finding)).toBe('Add third-party-rule and intelligence-use-only to the conditions');
    });

    test('in Dutch, from the same finding, fix title included', async () => {
        const dutch = await createTester(undefined, { locale: 'nl' });
        const result = await dutch.check(elevatedMissingBoth());
        expect(result.withCode(code).map(diagnostic => diagnostic.message)).toEqual(['Verstrekking P-2025-0117 vermeldt geen van beide standaardvoorwaarden `third-party-rule` en `intelligence-use-only`, terwijl EastmarkGIS een verhoogd risicoprofiel heeft. Voeg beide toe aan de voorwaarden.']);
        expect(fixTitle(result.withCode(code)[0])).toBe('Voeg third-party-rule en intelligence-use-only toe aan de voorwaarden');
        const adequate = await dutch.check(edit(adequateBaseline(), P, ownConditions, 'conditions third-party-rule, destroy-after 6 months'));
        expect(adequate.withCode(code).map(diagnostic => diagnostic.message)).toEqual(['Verstrekking P-2025-0117 vermeldt de voorwaarde `intelligence-use-only` niet. Voeg deze toe aan de voorwaarden.']);
        await dutch.clear();
    });
});

describe(`${code}: umbrellas, and inheritance from them`, () => {
    const umbrellaWithout = (conditions: string): Files => edit(umbrellaBaseline(), U, 'conditions third-party-rule, intelligence-use-only', conditions);
    const ofUmbrella = (result: Awaited<ReturnType<Tester['check']>>) => result.withCode(code).filter(diagnostic => result.file(U).document.diagnostics?.includes(diagnostic));
    const ofProvision = (result: Awaited<ReturnType<Tester['check']>>) => result.withCode(code).filter(diagnostic => result.file(P).document.diagnostics?.includes(diagnostic));

    test('an umbrella that states both conditions, and a provision under it that states none, are clean', async () => {
        const result = await tester.check(umbrellaBaseline());
        expect(result.provision('P-2025-0231').conditions).toHaveLength(0);
        expectNone(result, code);
    });

    test('an umbrella without conditions is reported, an error since a recipient has an elevated risk profile, and so is the provision under it', async () => {
        const result = await tester.check(edit(umbrellaBaseline(), U, '    conditions third-party-rule, intelligence-use-only\n', ''));
        const [onUmbrella] = ofUmbrella(result);
        expectAt(onUmbrella, {
            severity: DiagnosticSeverity.Error, node: result.umbrella('UP-2025-HARBOUR'), property: 'name',
            message: ['Umbrella UP-2025-HARBOUR states neither of the standard conditions `third-party-rule` and `intelligence-use-only`, while EastmarkGIS has an elevated risk profile. Add both to its conditions.']
        });
        const [onProvision] = ofProvision(result);
        expectAt(onProvision, {
            severity: DiagnosticSeverity.Warning, node: result.provision('P-2025-0231'), property: 'name',
            message: ['Provision P-2025-0231 states neither of the standard conditions `third-party-rule` and `intelligence-use-only`. Its umbrella UP-2025-HARBOUR does not state them either. Add both to its conditions.']
        });
        expect(result.codes()).toEqual([code, code]);
    });

    test.each(['authorisation-note', 'multilateral'])('an umbrella of kind %s is held to the same standard', async kind => {
        const result = await tester.check(edit(umbrellaWithout('conditions third-party-rule'), U, 'kind umbrella-permission', `kind ${kind}`));
        expect(ofUmbrella(result).map(diagnostic => diagnostic.message)).toEqual([expect.stringContaining('does not state `intelligence-use-only`, while EastmarkGIS has an elevated risk profile')]);
    });

    test('a condition missing from the umbrella is reported on the umbrella and on the provision under it', async () => {
        const result = await tester.check(umbrellaWithout('conditions third-party-rule'));
        expectAt(ofUmbrella(result)[0], {
            severity: DiagnosticSeverity.Error, node: result.umbrella('UP-2025-HARBOUR'), property: 'conditions',
            message: ['Umbrella UP-2025-HARBOUR does not state `intelligence-use-only`']
        });
        expectAt(ofProvision(result)[0], {
            severity: DiagnosticSeverity.Warning, node: result.provision('P-2025-0231'), property: 'name',
            message: ['Provision P-2025-0231 does not state `intelligence-use-only`. Its umbrella UP-2025-HARBOUR does not state it either. Add it to its conditions.']
        });
    });

    test('the provision may state what the umbrella leaves out; the umbrella is still reported', async () => {
        const files = edit(umbrellaWithout('conditions third-party-rule'), P, '    """\n}', '    """\n    conditions intelligence-use-only\n}');
        const result = await tester.check(files);
        expect(ofProvision(result)).toEqual([]);
        expect(ofUmbrella(result)).toHaveLength(1);
    });

    test('under an umbrella, a provision to an elevated-risk recipient missing a condition is an error that names the recipient', async () => {
        const files: Files = edits(umbrellaWithout('conditions intelligence-use-only'), P,
            ['to NorthlandSIS', 'to EastmarkGIS'], ['NorthlandSIS can only watch', 'EastmarkGIS can only watch']);
        const result = await tester.check(files);
        expectAt(ofProvision(result)[0], {
            severity: DiagnosticSeverity.Error, node: result.provision('P-2025-0231'), property: 'name',
            message: ['Provision P-2025-0231 does not state `third-party-rule`, while EastmarkGIS has an elevated risk profile. Its umbrella UP-2025-HARBOUR does not state it either.']
        });
    });

    test('an umbrella to adequate recipients only, missing a condition, is a warning', async () => {
        const files = edits(umbrellaWithout('conditions intelligence-use-only'), U,
            ['recipients NorthlandSIS, EastmarkGIS', 'recipients NorthlandSIS, WestholmDIS'],
            [/ {4}mitigation for human-rights .*\n/, ''], [/ {4}mitigation for data-protection .*\n/, '']);
        const result = await tester.check(files);
        expect(ofUmbrella(result).map(diagnostic => [diagnostic.severity, diagnostic.message])).toEqual([[DiagnosticSeverity.Warning,
            'Umbrella UP-2025-HARBOUR does not state `third-party-rule`. Add it to its conditions.']]);
    });

    test('in Dutch, the umbrella is named by its kind', async () => {
        const dutch = await createTester(undefined, { locale: 'nl' });
        const result = await dutch.check(edit(umbrellaWithout('conditions third-party-rule'), U, 'kind umbrella-permission', 'kind authorisation-note'));
        expect(result.withCode(code).map(diagnostic => diagnostic.message).sort()).toEqual([
            'Autorisatienota UP-2025-HARBOUR vermeldt de voorwaarde `intelligence-use-only` niet, terwijl EastmarkGIS een verhoogd risicoprofiel heeft. Voeg deze toe aan de voorwaarden.',
            'Verstrekking P-2025-0231 vermeldt de voorwaarde `intelligence-use-only` niet. Ook autorisatienota UP-2025-HARBOUR vermeldt deze voorwaarde niet. Voeg deze toe aan de voorwaarden.'
        ]);
        await dutch.clear();
    });
});

describe(`${code}: a recipient without any weighing note`, () => {
    const unweighed = `recipient SouthportIS "Southport Intelligence Service" {
    country "Southport"
}
`;
    const toUnweighed = (): Files => ({
        ...edits(adequateBaseline(), P, [ownConditions, 'conditions third-party-rule, destroy-after 6 months'], ['to NorthlandSIS', 'to SouthportIS'], ['NorthlandSIS controls', 'SouthportIS controls']),
        'southport.provisio': unweighed
    });

    test('is told that it has no weighing note at all, and a missing condition is an error', async () => {
        const result = await tester.check(toUnweighed());
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Error, node: result.provision('P-2025-0117'), property: 'conditions',
            message: ['Provision P-2025-0117 does not state `intelligence-use-only`, and SouthportIS has no weighing note at all, so its risk profile is unknown. Add it to its conditions.']
        });
        const dutch = await createTester(undefined, { locale: 'nl' });
        expect((await dutch.check(toUnweighed())).withCode(code).map(diagnostic => diagnostic.message)).toEqual([
            'Verstrekking P-2025-0117 vermeldt de voorwaarde `intelligence-use-only` niet, en voor SouthportIS bestaat helemaal geen wegingsnotitie, zodat het risicoprofiel onbekend is. Voeg deze toe aan de voorwaarden.'
        ]);
        await dutch.clear();
    });

    test('with an elevated-risk recipient beside it, both are named', async () => {
        const files = edits(toUnweighed(), P, ['provision P-2025-0117', 'group-provision P-2025-0117'], ['to SouthportIS', 'to SouthportIS, EastmarkGIS'],
            ['SouthportIS controls those border crossings', 'Both partners control border crossings on the route']);
        const result = await tester.check(files);
        expect(result.withCode(code).map(diagnostic => diagnostic.message)).toEqual([
            'Group provision P-2025-0117 does not state `intelligence-use-only`, while EastmarkGIS has an elevated risk profile and SouthportIS has no weighing note at all. Add it to its conditions.'
        ]);
    });
});

describe(`${code}: quick fix`, () => {
    test('extends the existing conditions list', async () => {
        const files = edit(adequateBaseline(), P, ownConditions, 'conditions destroy-after 6 months');
        const result = await tester.check(files);
        const finding = expectOnly(result, code, {
            severity: DiagnosticSeverity.Warning, node: result.provision('P-2025-0117'), property: 'conditions', message: []
        });
        expect((finding.data as { fix: { title: string } }).fix.title).toBe('Add third-party-rule and intelligence-use-only to the conditions');
        const fixed = applyFix(result.file(P).document, finding);
        expect(fixed).toBe(edit(files, P, 'conditions destroy-after 6 months', 'conditions destroy-after 6 months, third-party-rule, intelligence-use-only')[P]);
        expect((await tester.check({ ...files, [P]: fixed })).codes()).toEqual([]);
    });

    test('adds a conditions clause, indented, before the closing brace when there is none', async () => {
        const files = edit(adequateBaseline(), P, `    ${ownConditions}\n`, '');
        const result = await tester.check(files);
        const fixed = applyFix(result.file(P).document, result.withCode(code)[0]);
        expect(fixed).toBe(edit(files, P, '    approved mandated-official on 2025-05-12\n}', '    approved mandated-official on 2025-05-12\n    conditions third-party-rule, intelligence-use-only\n}')[P]);
        expect((await tester.check({ ...files, [P]: fixed })).codes()).toEqual([]);
    });

    test('adds only the condition the umbrella leaves out, to the provision; and to the umbrella', async () => {
        const files = edit(umbrellaBaseline(), U, 'conditions third-party-rule, intelligence-use-only', 'conditions third-party-rule');
        const result = await tester.check(files);
        const [onProvision] = result.withCode(code).filter(diagnostic => result.file(P).document.diagnostics?.includes(diagnostic));
        const fixed = applyFix(result.file(P).document, onProvision);
        expect(fixed).toBe(edit(files, P, '    """\n}', '    """\n    conditions intelligence-use-only\n}')[P]);
        const [onUmbrella] = result.withCode(code).filter(diagnostic => result.file(U).document.diagnostics?.includes(diagnostic));
        const fixedUmbrella = applyFix(result.file(U).document, onUmbrella);
        expect(fixedUmbrella).toBe(umbrellaBaseline()[U]);
        expect((await tester.check({ ...files, [U]: fixedUmbrella })).codes()).toEqual([]);
    });

    test('on a provision written on one line, inserts the clause before the closing brace', async () => {
        const compact = 'provision P-2025-0150 { by AIVD to NorthlandSIS date 2025-05-14 data { form analytical subjects 1 "the facilitator of the March crossings" categories identity period 2025-01-01 to 2025-04-30 } '
            + 'necessity "NorthlandSIS has asked whether the man it stopped at the ferry port on 3 May is the facilitator of the March crossings; our analytical report on his identity answers that question and lets it hold him." '
            + 'approved mandated-official on 2025-05-12 }\n';
        const files = { 'registry.provisio': baseline()['registry.provisio'], [P]: compact };
        const result = await tester.check(files);
        expect(result.codes()).toEqual([code]);
        const fixed = applyFix(result.file(P).document, result.withCode(code)[0]);
        expect(fixed).toBe(compact.replace('2025-05-12 }', '2025-05-12 conditions third-party-rule, intelligence-use-only }'));
        expect((await tester.check({ ...files, [P]: fixed })).codes()).toEqual([]);
        // Without a space before the brace, the clause is separated on both sides.
        const tight = compact.replace('2025-05-12 }', '2025-05-12}');
        const tightResult = await tester.check({ ...files, [P]: tight });
        expect(applyFix(tightResult.file(P).document, tightResult.withCode(code)[0]))
            .toBe(compact.replace('2025-05-12 }', '2025-05-12 conditions third-party-rule, intelligence-use-only }'));
    });
});
