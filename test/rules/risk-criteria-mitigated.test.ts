// risk/criteria-mitigated — reviewer's rule 4 (docs/domain.md): each criterion assessed as a risk is addressed by a
// mitigation, and each mitigation addresses such a criterion.
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import {
    adequateBaseline, baseline, createTester, DiagnosticSeverity, edit, edits, expectAt, expectNone, expectOnly, runRule, say, umbrellaBaseline, type Files, type Tester
} from './helpers.js';

const code = 'risk/criteria-mitigated';
const P = 'provision.provisio';
const humanRights = / {4}mitigation for human-rights .*\n/;
const dataProtection = / {4}mitigation for data-protection .*\n/;

let tester: Tester;
beforeAll(async () => { tester = await createTester(); });
afterEach(() => tester.clear());

describe(`${code}: risks left unaddressed`, () => {
    test('a risk criterion without a mitigation is a warning at the recipient, quoting the weighing note\'s reason', async () => {
        const result = await tester.check(edit(baseline(), P, dataProtection, ''));
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Warning, node: result.provision('P-2025-0117'), property: 'recipients', index: 0,
            message: [
                'Provision P-2025-0117: no mitigation addresses data protection',
                '("No independent oversight of how EastmarkGIS stores and shares personal data")',
                'assessed as a risk for EastmarkGIS', 'Add `mitigation for data-protection "…"`'
            ]
        });
        expect(result.codes()).toEqual([code]);
    });

    test('one mitigation for both criteria addresses both', async () => {
        const files = edits(baseline(), P, [dataProtection, ''], ['mitigation for human-rights "', 'mitigation for human-rights, data-protection "']);
        expect((await tester.check(files)).codes()).toEqual([]);
    });

    test('no mitigation at all is left to risk/mitigation-required', async () => {
        const result = await tester.check(edits(baseline(), P, [humanRights, ''], [dataProtection, '']));
        expectNone(result, code);
        expect(result.codes()).toEqual(['risk/mitigation-required']);
    });

    test('a mitigation for another group member does not address this member\'s risks', async () => {
        const files = edits(baseline(), P,
            ['provision P-2025-0117', 'group-provision P-2025-0117'],
            ['to EastmarkGIS', 'to EastmarkGIS, WestholmDIS'],
            ['Only EastmarkGIS controls those border crossings', 'Both partners control border crossings on the route'],
            ['mitigation for data-protection "', 'mitigation for data-protection regarding WestholmDIS "']);
        const result = await tester.check(files);
        const provision = result.provision('P-2025-0117');
        const findings = result.withCode(code);
        expect(findings).toHaveLength(2);
        expectAt(findings.find(d => d.message.includes('no mitigation addresses'))!, {
            severity: DiagnosticSeverity.Warning, node: provision, property: 'recipients', index: 0,
            message: ['no mitigation addresses data protection', 'for EastmarkGIS']
        });
        // …and a mitigation aimed at WestholmDIS, which has no risk, is pointless.
        expectAt(findings.find(d => d.message.includes('which no weighing note'))!, {
            severity: DiagnosticSeverity.Warning, node: provision.mitigations[1], property: 'criteria',
            message: ['addresses data protection, which no weighing note of WestholmDIS assesses as a risk']
        });
    });

    test('inherited from the umbrella: a provision to EastmarkGIS under an umbrella that mitigates only human rights', async () => {
        const files = edits(umbrellaBaseline(), P, ['to NorthlandSIS', 'to EastmarkGIS'], ['NorthlandSIS can only watch', 'EastmarkGIS can only watch']);
        expect((await tester.check(files)).codes()).toEqual([]);
        const result = await tester.check(edit(files, 'umbrella.provisio', dataProtection, ''));
        const [onUmbrella, onProvision] = result.withCode(code).sort((a, b) => a.message.localeCompare(b.message)).reverse();
        expect(result.withCode(code)).toHaveLength(2);
        expectAt(onUmbrella, {
            severity: DiagnosticSeverity.Warning, node: result.umbrella('UP-2025-HARBOUR'), property: 'recipients', index: 1,
            message: ['Umbrella UP-2025-HARBOUR: no mitigation addresses data protection']
        });
        expectAt(onProvision, {
            severity: DiagnosticSeverity.Warning, node: result.provision('P-2025-0231'), property: 'recipients', index: 0,
            message: ['Provision P-2025-0231: no mitigation addresses data protection']
        });
    });

    test('a provision can add its own mitigation to what the umbrella covers', async () => {
        const files = edits(umbrellaBaseline(), P, ['to NorthlandSIS', 'to EastmarkGIS'], ['NorthlandSIS can only watch', 'EastmarkGIS can only watch'],
            ['    """\n}', '    """\n    mitigation for data-protection "Only the dates of the crossings are given, not the booking records."\n}']);
        const result = await tester.check(edit(files, 'umbrella.provisio', dataProtection, ''));
        // The umbrella itself still lacks the mitigation; the provision no longer does.
        expect(result.withCode(code).map(diagnostic => diagnostic.message)).toEqual([expect.stringMatching(/^Umbrella UP-2025-HARBOUR: no mitigation addresses data protection/)]);
    });
});

describe(`${code}: aimless mitigations`, () => {
    test('a mitigation that names no criterion is a warning at the mitigation', async () => {
        const result = await tester.check(edit(baseline(), P, 'mitigation for data-protection "', 'mitigation "'));
        const provision = result.provision('P-2025-0117');
        const findings = result.withCode(code);
        expect(findings).toHaveLength(2);
        expectAt(findings.find(d => d.message.includes('names no criterion'))!, {
            severity: DiagnosticSeverity.Warning, node: provision.mitigations[1],
            message: ['This mitigation in provision P-2025-0117 names no criterion', 'e.g. `mitigation for human-rights "…"`']
        });
        expectAt(findings.find(d => d.message.includes('no mitigation addresses'))!, {
            severity: DiagnosticSeverity.Warning, node: provision, property: 'recipients', index: 0,
            message: ['no mitigation addresses data protection']
        });
    });

    test('a mitigation for a criterion that is not a risk is a warning at its criteria', async () => {
        const result = await tester.check(edit(baseline(), P, 'mitigation for data-protection "', 'mitigation for professionalism "'));
        const provision = result.provision('P-2025-0117');
        const aimless = result.withCode(code).filter(d => d.message.includes('which no weighing note'));
        expect(aimless).toHaveLength(1);
        expectAt(aimless[0], {
            severity: DiagnosticSeverity.Warning, node: provision.mitigations[1], property: 'criteria',
            message: ['This mitigation in provision P-2025-0117 addresses professionalism, which no weighing note of EastmarkGIS assesses as a risk', 'Point it at a criterion assessed as a risk']
        });
    });

    test('a mitigation to an adequate recipient is aimless', async () => {
        const files = edit(adequateBaseline(), P, '    conditions', '    mitigation for human-rights "Only identity and travel data is given."\n    conditions');
        const result = await tester.check(files);
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Warning, node: result.provision('P-2025-0117').mitigations[0], property: 'criteria',
            message: ['addresses human rights, which no weighing note of NorthlandSIS assesses as a risk']
        });
    });

    test('a mitigation with one criterion at risk and one not is not aimless', async () => {
        const files = edit(baseline(), P, 'mitigation for data-protection "', 'mitigation for data-protection, professionalism "');
        expect((await tester.check(files)).codes()).toEqual([]);
    });

    test('a mitigation about a recipient without a weighing note is not judged', async () => {
        const files = edit(edit(baseline(), 'registry.provisio', / {4}weighing-note WN-EastmarkGIS-2024 \{[\s\S]*?\n {4}\}\n/, ''), P, 'mitigation for data-protection "', 'mitigation for professionalism "');
        const result = await tester.check(files);
        expectNone(result, code);
        expect(result.codes()).toEqual(['recipient/weighing-note-required']);
    });

    test('does not fire on the baseline or the umbrella baseline', async () => {
        expectNone(await tester.check(baseline()), code);
        expectNone(await tester.check(umbrellaBaseline()), code);
    });
});

// The group variant is reused above; keep its fixture honest.
test('the group variant with a mitigation for every member is clean', async () => {
    const files: Files = edits(baseline(), P,
        ['provision P-2025-0117', 'group-provision P-2025-0117'],
        ['to EastmarkGIS', 'to EastmarkGIS, WestholmDIS'],
        ['Only EastmarkGIS controls those border crossings', 'Both partners control border crossings on the route']);
    expect((await tester.check(files)).codes()).toEqual([]);
});

describe(`${code}: mitigations given to the wrong recipient, and umbrellas`, () => {
    test('a mitigation `regarding` a service that is not a recipient is a warning at that name', async () => {
        const result = await tester.check(edit(baseline(), P, 'mitigation for human-rights "', 'mitigation for human-rights regarding EastmarkGIS, WestholmDIS "'));
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Warning, node: result.provision('P-2025-0117').mitigations[0], property: 'recipients', index: 1,
            message: ['This mitigation in provision P-2025-0117 is for WestholmDIS, which is not a recipient of provision P-2025-0117', 'Name one of its recipients: EastmarkGIS']
        });
    });

    test('an umbrella\'s own mitigation that names no criterion is a warning at the mitigation', async () => {
        const result = await tester.check(edit(umbrellaBaseline(), 'umbrella.provisio', 'mitigation for data-protection regarding EastmarkGIS "', 'mitigation regarding EastmarkGIS "'));
        const umbrella = result.umbrella('UP-2025-HARBOUR');
        const aimless = result.withCode(code).filter(diagnostic => diagnostic.message.startsWith('This mitigation'));
        expect(aimless).toHaveLength(1);
        expectAt(aimless[0], {
            severity: DiagnosticSeverity.Warning, node: umbrella.mitigations[1],
            message: ['This mitigation in umbrella UP-2025-HARBOUR names no criterion']
        });
    });
});

describe(`${code}: the full messages, in English and in Dutch`, () => {
    const messages = async (files: Files, locale: 'en' | 'nl' = 'en') => {
        const checker = locale === 'en' ? tester : await createTester(undefined, { locale });
        const found = (await checker.check(files)).withCode(code).map(diagnostic => diagnostic.message);
        if (checker !== tester) {
            await checker.clear();
        }
        return found;
    };

    test('a risk left unaddressed, quoting the weighing note\'s reason', async () => {
        const files = edit(baseline(), P, dataProtection, '');
        expect(await messages(files)).toEqual([
            'Provision P-2025-0117: no mitigation addresses data protection ("No independent oversight of how EastmarkGIS stores and shares personal data"), assessed as a risk for EastmarkGIS. Add `mitigation for data-protection "…"`, or, for a risk that does not apply to this cooperation, `risk data-protection not-applicable "…"` saying why.'
        ]);
        expect(await messages(files, 'nl')).toEqual([
            'Verstrekking P-2025-0117: het criterium gegevensbescherming ("No independent oversight of how EastmarkGIS stores and shares personal data") is voor EastmarkGIS als risico beoordeeld, maar geen mitigerende maatregel is daarop gericht. Voeg `mitigation for data-protection "…"` toe, of voeg voor een risico dat bij deze samenwerking niet van toepassing is `risk data-protection not-applicable "…"` toe en vermeld waarom.'
        ]);
    });

    test('a risk without a stated reason is named without one', async () => {
        const files = edit(edit(baseline(), P, dataProtection, ''), 'registry.provisio', 'data-protection risk "No independent oversight of how EastmarkGIS stores and shares personal data"', 'data-protection risk ""');
        expect(await messages(files)).toEqual(['Provision P-2025-0117: no mitigation addresses data protection, assessed as a risk for EastmarkGIS. Add `mitigation for data-protection "…"`, or, for a risk that does not apply to this cooperation, `risk data-protection not-applicable "…"` saying why.']);
        expect(await messages(files, 'nl')).toEqual(['Verstrekking P-2025-0117: het criterium gegevensbescherming is voor EastmarkGIS als risico beoordeeld, maar geen mitigerende maatregel is daarop gericht. Voeg `mitigation for data-protection "…"` toe, of voeg voor een risico dat bij deze samenwerking niet van toepassing is `risk data-protection not-applicable "…"` toe en vermeld waarom.']);
    });

    test('a mitigation for two criteria that are no risk, and one for a service that is not a recipient', async () => {
        const files = edits(baseline(), P,
            ['mitigation for data-protection "', 'mitigation for professionalism, legal-powers "'],
            ['mitigation for human-rights "', 'mitigation for human-rights, data-protection regarding EastmarkGIS, WestholmDIS "']);
        expect(await messages(files)).toEqual([
            'This mitigation in provision P-2025-0117 is for WestholmDIS, which is not a recipient of provision P-2025-0117. Name one of its recipients: EastmarkGIS.',
            'This mitigation in provision P-2025-0117 addresses professionalism and legal powers, which no weighing note of EastmarkGIS assesses as risks. Point it at a criterion assessed as a risk.'
        ]);
        expect(await messages(files, 'nl')).toEqual([
            'Deze mitigerende maatregel in verstrekking P-2025-0117 geldt voor WestholmDIS, maar die dienst is geen ontvanger van verstrekking P-2025-0117. Noem een van de ontvangers: EastmarkGIS.',
            'Deze mitigerende maatregel in verstrekking P-2025-0117 betreft professionaliteit en wettelijke bevoegdheden, maar geen wegingsnotitie van EastmarkGIS beoordeelt die criteria als risico. Richt de maatregel op een criterium dat wel als risico is beoordeeld.'
        ]);
    });

    test('one criterion that is no risk for either of two recipients, and a mitigation without a criterion', async () => {
        const files = edits(adequateBaseline(), P,
            ['provision P-2025-0117', 'group-provision P-2025-0117'],
            ['to NorthlandSIS', 'to NorthlandSIS, WestholmDIS'],
            ['Only NorthlandSIS controls those border crossings', 'Both partners control border crossings on the route'],
            ['    conditions', '    mitigation for professionalism "Only travel data is given."\n    mitigation "Nothing is given about beliefs."\n    conditions']);
        const result = await tester.check(files);
        const findings = runRule(code, result.provision('P-2025-0117'));
        expect(findings.map(finding => say(code, finding))).toEqual([
            'This mitigation in group provision P-2025-0117 addresses professionalism, which no weighing note of NorthlandSIS or WestholmDIS assesses as a risk. Point it at a criterion assessed as a risk.',
            'This mitigation in group provision P-2025-0117 names no criterion. Say which risk it reduces, e.g. `mitigation for human-rights "…"`.'
        ]);
        expect(findings.map(finding => say(code, finding, 'nl'))).toEqual([
            'Deze mitigerende maatregel in groepsverstrekking P-2025-0117 betreft professionaliteit, maar geen wegingsnotitie van NorthlandSIS of WestholmDIS beoordeelt dat criterium als risico. Richt de maatregel op een criterium dat wel als risico is beoordeeld.',
            'Deze mitigerende maatregel in groepsverstrekking P-2025-0117 noemt geen criterium. Vermeld welk risico de maatregel beperkt, bijvoorbeeld `mitigation for human-rights "…"`.'
        ]);
    });
});
