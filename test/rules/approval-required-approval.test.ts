// approval/required-approval — reviewer's rule 1 (docs/domain.md)1: approval exists, comes at or before the provision
// date, and is at the required level (unevaluated data: minister; elevated risk: head of service).
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import {
    adequateBaseline, baseline, createTester, DiagnosticSeverity, edit, edits, expectAt, expectNone, expectOnly, ruleConfig,
    runRule, umbrellaBaseline, type Files, type Tester
} from './helpers.js';

const code = 'approval/required-approval';
const P = 'provision.provisio';
const U = 'umbrella.provisio';

/** The adequate baseline giving unevaluated data, with the oversight body notified and the minister's approval. Clean. */
function unevaluated(): Files {
    return edits(adequateBaseline(), P,
        ['form evaluated', 'form unevaluated'],
        ['approved mandated-official on 2025-05-12', 'approved minister on 2025-05-12\n    oversight-notified on 2025-05-13']);
}

let tester: Tester;
beforeAll(async () => { tester = await createTester(); });
afterEach(() => tester.clear());

describe(`${code}: presence and date`, () => {
    test('a provision without approval is an error at its name, asking for an approval dated on or before the provision', async () => {
        const result = await tester.check(edit(baseline(), P, '    approved head-of-service on 2025-05-12\n', ''));
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Error, node: result.provision('P-2025-0117'), property: 'name',
            message: ['Provision P-2025-0117 has no approval', 'Add `approved <level> on <date>`, dated on or before 2025-05-14']
        });
        expect(result.codes()).toEqual([code]);
    });

    test('an approval without a date is an error at its level', async () => {
        const result = await tester.check(edit(baseline(), P, 'approved head-of-service on 2025-05-12', 'approved head-of-service'));
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Error, node: result.provision('P-2025-0117').approval!, property: 'level',
            message: ['The approval of provision P-2025-0117 has no date', 'Add `on <date>`: approval must come before the provision']
        });
    });

    test('an approval the day after the provision is an error at its date', async () => {
        const result = await tester.check(edit(baseline(), P, 'approved head-of-service on 2025-05-12', 'approved head-of-service on 2025-05-15'));
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Error, node: result.provision('P-2025-0117').approval!, property: 'date',
            message: ['Provision P-2025-0117 was approved on 2025-05-15, after the provision on 2025-05-14. Approval must come first.']
        });
    });

    test('an approval on the same day as the provision does not fire', async () => {
        const result = await tester.check(edit(baseline(), P, 'approved head-of-service on 2025-05-12', 'approved head-of-service on 2025-05-14'));
        expect(result.codes()).toEqual([]);
    });
});

describe(`${code}: the full message, in English and in Dutch`, () => {
    /** The umbrella approved by a mandated official, too late; the provision under it to EastmarkGIS inherits both faults. */
    const inheritedFaults = (): Files => edits(edit(umbrellaBaseline(), U, 'approved head-of-service on 2024-12-20', 'approved mandated-official on 2025-07-01'), P,
        ['to NorthlandSIS', 'to EastmarkGIS'], ['NorthlandSIS can only watch', 'EastmarkGIS can only watch']);
    const onProvision = (result: Awaited<ReturnType<Tester['check']>>) => result.withCode(code).map(diagnostic => diagnostic.message).filter(message => message.includes('P-2025-0231'));

    test('in English', async () => {
        expect(onProvision(await tester.check(inheritedFaults()))).toEqual([
            'Provision P-2025-0231 was approved on 2025-07-01 (through umbrella UP-2025-HARBOUR), after the provision on 2025-06-02. Approval must come first.',
            'Provision P-2025-0231 is approved by the mandated official (through umbrella UP-2025-HARBOUR), but a recipient with an elevated risk profile (EastmarkGIS) needs at least the head of service.'
        ]);
        const missing = await tester.check(edit(baseline(), P, '    approved head-of-service on 2025-05-12\n', ''));
        expect(missing.withCode(code).map(diagnostic => diagnostic.message)).toEqual(['Provision P-2025-0117 has no approval. Add `approved <level> on <date>`, dated on or before 2025-05-14.']);
    });

    test('in Dutch, from the same findings', async () => {
        const dutch = await createTester(undefined, { locale: 'nl' });
        expect(onProvision(await dutch.check(inheritedFaults()))).toEqual([
            'Verstrekking P-2025-0231 heeft toestemming gekregen op 2025-07-01 (via overkoepelende toestemming UP-2025-HARBOUR), na de verstrekking op 2025-06-02. Toestemming moet vooraf worden gegeven.',
            'Verstrekking P-2025-0231 heeft toestemming van de gemandateerde functionaris (via overkoepelende toestemming UP-2025-HARBOUR), maar voor een ontvanger met een verhoogd risicoprofiel (EastmarkGIS) is ten minste toestemming van het hoofd van de dienst nodig.'
        ]);
        const missing = await dutch.check(edit(baseline(), P, '    approved head-of-service on 2025-05-12\n', ''));
        expect(missing.withCode(code).map(diagnostic => diagnostic.message)).toEqual(['Verstrekking P-2025-0117 heeft geen toestemming. Voeg `approved <niveau> on <datum>` toe, gedateerd op of vóór 2025-05-14.']);
        const undated = await dutch.check(edit(unevaluated(), P, 'approved minister on 2025-05-12', 'approved head-of-service'));
        expect(undated.withCode(code).map(diagnostic => diagnostic.message)).toEqual([
            'De toestemming voor verstrekking P-2025-0117 heeft geen datum. Voeg `on <datum>` toe: de toestemming moet aan de verstrekking voorafgaan.',
            'Verstrekking P-2025-0117 heeft toestemming van het hoofd van de dienst, maar voor ongeëvalueerde gegevens is ten minste toestemming van de minister nodig.'
        ]);
        await dutch.clear();
    });
});

describe(`${code}: level`, () => {
    test('an elevated-risk recipient approved by a mandated official is an error at the level, naming the recipient', async () => {
        const result = await tester.check(edit(baseline(), P, 'approved head-of-service', 'approved mandated-official'));
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Error, node: result.provision('P-2025-0117').approval!, property: 'level',
            message: ['Provision P-2025-0117 is approved by the mandated official, but a recipient with an elevated risk profile (EastmarkGIS) needs at least the head of service']
        });
        expect(result.codes()).toEqual([code]);
    });

    test('an adequate recipient may be approved by a mandated official; the minister is always enough', async () => {
        expectNone(await tester.check(adequateBaseline()), code);
        expectNone(await tester.check(edit(baseline(), P, 'approved head-of-service', 'approved minister')), code);
    });

    test('unevaluated data approved by the head of service is an error: it needs the minister', async () => {
        expect((await tester.check(unevaluated())).codes()).toEqual([]);
        const result = await tester.check(edit(unevaluated(), P, 'approved minister', 'approved head-of-service'));
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Error, node: result.provision('P-2025-0117').approval!, property: 'level',
            message: ['is approved by the head of service, but unevaluated data needs at least the minister']
        });
    });

    test('with several requirements the highest one is reported', async () => {
        const files = edits(baseline(), P,
            ['form evaluated', 'form unevaluated'],
            ['approved head-of-service on 2025-05-12', 'approved head-of-service on 2025-05-12\n    oversight-notified on 2025-05-13']);
        const result = await tester.check(files);
        expect(result.withCode(code).map(d => d.message)).toEqual([expect.stringContaining('but unevaluated data needs at least the minister')]);
    });

    test('a date problem and a level problem are both reported', async () => {
        const result = await tester.check(edit(baseline(), P, 'approved head-of-service on 2025-05-12', 'approved mandated-official on 2025-05-20'));
        expect(result.withCode(code).map(d => d.message)).toEqual([
            expect.stringContaining('was approved on 2025-05-20, after the provision on 2025-05-14'),
            expect.stringContaining('is approved by the mandated official')
        ]);
    });

    test('option elevatedRisk: minister, from a configuration file, makes the head of service too low', async () => {
        const configured = await createTester(ruleConfig(code, { elevatedRisk: 'minister' }));
        const result = await configured.check(baseline());
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Error, node: result.provision('P-2025-0117').approval!, property: 'level',
            message: ['is approved by the head of service, but a recipient with an elevated risk profile (EastmarkGIS) needs at least the minister']
        });
    });

    test('option minimum: head-of-service, from a configuration file, applies to every provision', async () => {
        const configured = await createTester(ruleConfig(code, { minimum: 'head-of-service' }));
        const result = await configured.check(adequateBaseline());
        expect(result.withCode(code).map(d => d.message)).toEqual([expect.stringContaining('is approved by the mandated official, but any provision needs at least the head of service')]);
    });

    test('option unevaluatedData, called directly', async () => {
        const result = await tester.check(edit(unevaluated(), P, 'approved minister', 'approved head-of-service'));
        const provision = result.provision('P-2025-0117');
        expect(runRule(code, provision, { unevaluatedData: 'head-of-service' })).toEqual([]);
        expect(runRule(code, provision, { unevaluatedData: 'minister' }).map(finding => finding.property)).toEqual(['level']);
    });
});

describe(`${code}: umbrellas and inheritance`, () => {
    test('a provision under an umbrella inherits the umbrella\'s approval', async () => {
        const result = await tester.check(umbrellaBaseline());
        expect(result.provision('P-2025-0231').approval).toBeUndefined();
        expectNone(result, code);
    });

    test('an umbrella without approval is an error on the umbrella and on the provision under it', async () => {
        const result = await tester.check(edit(umbrellaBaseline(), U, '    approved head-of-service on 2024-12-20\n', ''));
        const findings = result.withCode(code);
        expect(findings).toHaveLength(2);
        expectAt(findings.find(d => d.message.startsWith('Umbrella'))!, {
            severity: DiagnosticSeverity.Error, node: result.umbrella('UP-2025-HARBOUR'), property: 'name',
            message: ['Umbrella UP-2025-HARBOUR has no approval', 'dated on or before 2025-01-01']
        });
        expectAt(findings.find(d => d.message.startsWith('Provision'))!, {
            severity: DiagnosticSeverity.Error, node: result.provision('P-2025-0231'), property: 'name',
            message: ['Provision P-2025-0231 has no approval', 'dated on or before 2025-06-02']
        });
    });

    test('an umbrella without validity or approval is asked for an approval before the start of its validity', async () => {
        const files = edits(umbrellaBaseline(), U, ['    approved head-of-service on 2024-12-20\n', ''], ['    valid 2025-01-01 to 2025-12-31\n', '']);
        const result = await tester.check(files);
        const onUmbrella = result.withCode(code).filter(d => d.message.startsWith('Umbrella'));
        expect(onUmbrella.map(d => d.message)).toEqual(['Umbrella UP-2025-HARBOUR has no approval. Add `approved <level> on <date>`, dated on or before the start of its validity.']);
    });

    test('an umbrella approved after its validity starts is an error at the approval date', async () => {
        const result = await tester.check(edit(umbrellaBaseline(), U, 'approved head-of-service on 2024-12-20', 'approved head-of-service on 2025-01-02'));
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Error, node: result.umbrella('UP-2025-HARBOUR').approval!, property: 'date',
            message: ['Umbrella UP-2025-HARBOUR was approved on 2025-01-02, after the start of its validity on 2025-01-01']
        });
    });

    test('an umbrella approved on the first day of its validity does not fire', async () => {
        expectNone(await tester.check(edit(umbrellaBaseline(), U, 'approved head-of-service on 2024-12-20', 'approved head-of-service on 2025-01-01')), code);
    });

    test('an umbrella with an elevated-risk recipient needs the head of service', async () => {
        const result = await tester.check(edit(umbrellaBaseline(), U, 'approved head-of-service', 'approved mandated-official'));
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Error, node: result.umbrella('UP-2025-HARBOUR').approval!, property: 'level',
            message: ['Umbrella UP-2025-HARBOUR is approved by the mandated official, but a recipient with an elevated risk profile (EastmarkGIS) needs at least the head of service']
        });
    });

    test('an inherited approval that is too low is reported at the provision\'s `under` clause', async () => {
        const files = edits(edit(umbrellaBaseline(), U, 'approved head-of-service', 'approved mandated-official'), P,
            ['to NorthlandSIS', 'to EastmarkGIS'], ['NorthlandSIS can only watch', 'EastmarkGIS can only watch']);
        const result = await tester.check(files);
        const onProvision = result.withCode(code).filter(d => d.message.startsWith('Provision'));
        expect(onProvision).toHaveLength(1);
        expectAt(onProvision[0], {
            severity: DiagnosticSeverity.Error, node: result.provision('P-2025-0231'), property: 'umbrella',
            message: ['Provision P-2025-0231 is approved by the mandated official (through umbrella UP-2025-HARBOUR), but a recipient with an elevated risk profile (EastmarkGIS) needs at least the head of service']
        });
    });

    test('an inherited approval dated after the provision is reported at the `under` clause', async () => {
        const result = await tester.check(edit(umbrellaBaseline(), U, 'approved head-of-service on 2024-12-20', 'approved head-of-service on 2025-07-01'));
        const onProvision = result.withCode(code).filter(d => d.message.startsWith('Provision'));
        expect(onProvision).toHaveLength(1);
        expectAt(onProvision[0], {
            severity: DiagnosticSeverity.Error, node: result.provision('P-2025-0231'), property: 'umbrella',
            message: ['Provision P-2025-0231 was approved on 2025-07-01 (through umbrella UP-2025-HARBOUR), after the provision on 2025-06-02']
        });
    });

    test('an inherited approval without a date is reported at the `under` clause', async () => {
        const result = await tester.check(edit(umbrellaBaseline(), U, 'approved head-of-service on 2024-12-20', 'approved head-of-service'));
        const onProvision = result.withCode(code).filter(d => d.message.includes('provision P-2025-0231'));
        expect(onProvision).toHaveLength(1);
        expectAt(onProvision[0], {
            severity: DiagnosticSeverity.Error, node: result.provision('P-2025-0231'), property: 'umbrella',
            message: ['The approval of provision P-2025-0231 (through umbrella UP-2025-HARBOUR) has no date']
        });
    });

    test('the provision\'s own approval takes precedence over the umbrella\'s', async () => {
        const files = edit(edit(umbrellaBaseline(), U, 'approved head-of-service on 2024-12-20', 'approved head-of-service on 2025-07-01'),
            P, '    """\n}', '    """\n    approved head-of-service on 2025-06-01\n}');
        const result = await tester.check(files);
        expect(result.withCode(code).map(d => d.message)).toEqual([expect.stringMatching(/^Umbrella UP-2025-HARBOUR was approved on 2025-07-01/)]);
    });
});

describe(`${code}: a provision under an umbrella that records its own approval`, () => {
    const toEastmark = (approval: string): Files => edits(umbrellaBaseline(), P,
        ['to NorthlandSIS', 'to EastmarkGIS'], ['NorthlandSIS can only watch', 'EastmarkGIS can only watch'],
        ['    """\n}', `    """\n    ${approval}\n}`]);

    test('a release by a mandated official is covered by the umbrella\'s head-of-service approval', async () => {
        expectNone(await tester.check(toEastmark('approved mandated-official on 2025-06-01')), code);
    });

    test('when neither reaches the required level, the finding names the higher one and sits on the provision\'s own approval', async () => {
        const files = edit(toEastmark('approved mandated-official on 2025-06-01'), U, 'approved head-of-service on 2024-12-20', 'approved mandated-official on 2024-12-20');
        const result = await tester.check(files);
        const onProvision = result.withCode(code).filter(diagnostic => diagnostic.message.startsWith('Provision'));
        expect(onProvision).toHaveLength(1);
        expectAt(onProvision[0], {
            severity: DiagnosticSeverity.Error, node: result.provision('P-2025-0231').approval!, property: 'level',
            message: ['Provision P-2025-0231 is approved by the mandated official, but a recipient with an elevated risk profile (EastmarkGIS) needs at least the head of service']
        });
    });
});
