// recipient/weighing-note-required — reviewer's rule 5 (docs/domain.md): every recipient has a weighing note in force
// on the provision date, and each note assesses the five criteria.
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import {
    adequateBaseline, baseline, createTester, DiagnosticSeverity, edit, editAfter, edits, expectAt, expectNone, expectOnly, runRule, say, umbrellaBaseline, type Files, type Tester
} from './helpers.js';

const code = 'recipient/weighing-note-required';
const P = 'provision.provisio';
const R = 'registry.provisio';

/** The adequate baseline given to SouthmereNIA, a recipient declared without any weighing note. */
function toRecipientWithoutNote(): Files {
    const files = edit(adequateBaseline(), R, 'recipient WestholmDIS', 'recipient SouthmereNIA "Southmere National Intelligence Agency" {\n    country "Southmere"\n}\n\nrecipient WestholmDIS');
    return edits(files, P, ['to NorthlandSIS', 'to SouthmereNIA'], ['NorthlandSIS controls', 'SouthmereNIA controls']);
}

let tester: Tester;
beforeAll(async () => { tester = await createTester(); });
afterEach(() => tester.clear());

describe(`${code}: provisions`, () => {
    test('a recipient without any weighing note is an error at that recipient, saying what to add', async () => {
        const result = await tester.check(toRecipientWithoutNote());
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Error, node: result.provision('P-2025-0117'), property: 'recipients', index: 0,
            message: [
                'Provision P-2025-0117 gives data to SouthmereNIA, but it has no weighing note at all',
                'Add a `weighing-note` to recipient SouthmereNIA that assesses the five criteria'
            ]
        });
        expect(result.codes()).toEqual([code]);
    });

    test('a recipient whose only note was assessed after the provision date is an error', async () => {
        const result = await tester.check(edit(adequateBaseline(), R, 'assessed 2024-09-15', 'assessed 2025-05-15'));
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Error, node: result.provision('P-2025-0117'), property: 'recipients', index: 0,
            message: ['gives data to NorthlandSIS, but none of its weighing notes was assessed on or before 2025-05-14']
        });
    });

    test('a note assessed on the provision date itself is in force', async () => {
        const result = await tester.check(edit(adequateBaseline(), R, 'assessed 2024-09-15', 'assessed 2025-05-14'));
        expect(result.codes()).toEqual([]);
    });

    test('a note without an assessment date never governs', async () => {
        const result = await tester.check(edit(adequateBaseline(), R, '        assessed 2024-09-15\n', ''));
        expect(result.withCode(code).map(d => d.message)).toEqual([expect.stringContaining('it has no weighing note with an assessment date')]);
        // The note itself is reported by the structure checks.
        expect(result.codes()).toEqual(['language/missing-clause', code]);
    });

    test('in a group provision, the member without a note is reported at its own index', async () => {
        const files = edits(toRecipientWithoutNote(), P,
            ['provision P-2025-0117', 'group-provision P-2025-0117'],
            ['to SouthmereNIA', 'to NorthlandSIS, SouthmereNIA'],
            ['Only SouthmereNIA controls those border crossings', 'Both partners control border crossings on the route']);
        const result = await tester.check(files);
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Error, node: result.provision('P-2025-0117'), property: 'recipients', index: 1,
            message: ['Group provision P-2025-0117 gives data to SouthmereNIA']
        });
        expect(result.codes()).toEqual([code]);
    });

    test('does not fire on the baseline', async () => {
        expectNone(await tester.check(baseline()), code);
    });
});

describe(`${code}: incomplete notes`, () => {
    test('a note that leaves out a criterion is an error at the note\'s name, naming the criterion', async () => {
        const result = await tester.check(editAfter(baseline(), R, 'WN-NorthlandSIS-2024', '        legal-powers adequate\n', ''));
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Error, node: result.note('WN-NorthlandSIS-2024'), property: 'name',
            message: ['Weighing note WN-NorthlandSIS-2024 does not assess `legal-powers`', 'Assess each of the five criteria as `adequate` or `risk "<reason>"`']
        });
        expect(result.codes()).toEqual([code]);
    });

    test('every missing criterion is listed, in the order of the five criteria', async () => {
        let files = editAfter(baseline(), R, 'WN-EastmarkGIS-2024', '        democratic-anchoring adequate\n', '');
        files = editAfter(files, R, 'WN-EastmarkGIS-2024', /* a risk counts as assessed; remove an adequate one */ '        professionalism adequate\n', '');
        const result = await tester.check(files);
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Error, node: result.note('WN-EastmarkGIS-2024'), property: 'name',
            message: ['Weighing note WN-EastmarkGIS-2024 does not assess `democratic-anchoring` and `professionalism`.']
        });
    });

    test('a criterion assessed as a risk counts as assessed', async () => {
        const result = await tester.check(baseline());
        expect(result.note('WN-EastmarkGIS-2024').assessments.filter(assessment => assessment.verdict === 'risk')).toHaveLength(2);
        expectNone(result, code);
    });

    test('a note that assesses nothing lists all five criteria', async () => {
        const criteria = ['democratic-anchoring', 'human-rights', 'professionalism', 'legal-powers', 'data-protection'];
        const lines = criteria.map(criterion => `        ${criterion} adequate\n`).join('');
        const result = await tester.check(editAfter(baseline(), R, 'WN-WestholmDIS-2025', lines, ''));
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Error, node: result.note('WN-WestholmDIS-2025'), property: 'name',
            message: ['does not assess `democratic-anchoring`, `human-rights`, `professionalism`, `legal-powers`, and `data-protection`.']
        });
    });
});

describe(`${code}: umbrellas`, () => {
    test('an umbrella to a recipient without a note in force at the start of its validity is an error at that recipient', async () => {
        const files = edit(umbrellaBaseline(), 'umbrella.provisio', 'valid 2025-01-01 to 2025-12-31', 'valid 2024-01-01 to 2024-12-31');
        const result = await tester.check(files);
        const onUmbrella = result.withCode(code).filter(diagnostic => diagnostic.message.startsWith('Umbrella'));
        expect(onUmbrella).toHaveLength(2);
        expectAt(onUmbrella[0], {
            severity: DiagnosticSeverity.Error, node: result.umbrella('UP-2025-HARBOUR'), property: 'recipients', index: 0,
            message: ['Umbrella UP-2025-HARBOUR gives data to NorthlandSIS, but none of its weighing notes was assessed on or before 2024-01-01']
        });
    });
});

describe(`${code}: the full messages, in English and in Dutch`, () => {
    test('a recipient without a dated note, and one whose notes are all later', async () => {
        const undated = await tester.check(toRecipientWithoutNote());
        const [none] = runRule(code, undated.provision('P-2025-0117'));
        expect(say(code, none)).toBe('Provision P-2025-0117 gives data to SouthmereNIA, but it has no weighing note at all. Add a `weighing-note` to recipient SouthmereNIA that assesses the five criteria.');
        expect(say(code, none, 'nl')).toBe('Verstrekking P-2025-0117 verstrekt gegevens aan SouthmereNIA, maar die dienst heeft helemaal geen wegingsnotitie. Voeg bij SouthmereNIA een `weighing-note` toe die de vijf criteria beoordeelt.');
        const files = edit(umbrellaBaseline(), 'umbrella.provisio', 'valid 2025-01-01 to 2025-12-31', 'valid 2024-01-01 to 2024-12-31');
        const dutch = await createTester(undefined, { locale: 'nl' });
        const onUmbrella = (await dutch.check(files)).withCode(code).map(diagnostic => diagnostic.message).filter(message => message.startsWith('Overkoepelende'));
        expect(onUmbrella[0]).toBe('Overkoepelende toestemming UP-2025-HARBOUR verstrekt gegevens aan NorthlandSIS, maar geen van de wegingsnotities van die dienst is op of vóór 2024-01-01 vastgesteld. Voeg bij NorthlandSIS een `weighing-note` toe die de vijf criteria beoordeelt.');
        await dutch.clear();
        const english = (await tester.check(files)).withCode(code).map(diagnostic => diagnostic.message).filter(message => message.startsWith('Umbrella'));
        expect(english[0]).toBe('Umbrella UP-2025-HARBOUR gives data to NorthlandSIS, but none of its weighing notes was assessed on or before 2024-01-01. Add a `weighing-note` to recipient NorthlandSIS that assesses the five criteria.');
    });

    test('an incomplete note', async () => {
        const files = editAfter(editAfter(baseline(), R, 'WN-NorthlandSIS-2024', '        legal-powers adequate\n', ''), R, 'WN-NorthlandSIS-2024', '        human-rights adequate\n', '');
        expect((await tester.check(files)).withCode(code).map(diagnostic => diagnostic.message)).toEqual([
            'Weighing note WN-NorthlandSIS-2024 does not assess `human-rights` and `legal-powers`. Assess each of the five criteria as `adequate` or `risk "<reason>"`.'
        ]);
        const dutch = await createTester(undefined, { locale: 'nl' });
        expect((await dutch.check(files)).withCode(code).map(diagnostic => diagnostic.message)).toEqual([
            'Wegingsnotitie WN-NorthlandSIS-2024 beoordeelt `human-rights` en `legal-powers` niet. Beoordeel elk van de vijf criteria als `adequate` of `risk "<reden>"`.'
        ]);
        await dutch.clear();
    });
});
