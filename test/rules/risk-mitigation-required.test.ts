// risk/mitigation-required — reviewer's rules 4 and 10 (docs/domain.md): a recipient with an elevated risk profile
// gets no provision without a mitigation that covers it; in a group, every member.
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import {
    adequateBaseline, baseline, createTester, DiagnosticSeverity, expectAt, edit, edits, expectNone, expectOnly, umbrellaBaseline, weighingNote, type Files, type Tester
} from './helpers.js';

const code = 'risk/mitigation-required';
const P = 'provision.provisio';
const R = 'registry.provisio';
const humanRights = / {4}mitigation for human-rights .*\n/;
const dataProtection = / {4}mitigation for data-protection .*\n/;

const withoutMitigations = (): Files => edits(baseline(), P, [humanRights, ''], [dataProtection, '']);

/** The baseline as a group provision to WestholmDIS and EastmarkGIS, with a motivation for the group. Clean. */
function groupFiles(): Files {
    return edits(baseline(), P,
        ['provision P-2025-0117', 'group-provision P-2025-0117'],
        ['to EastmarkGIS', 'to WestholmDIS, EastmarkGIS'],
        ['Only EastmarkGIS controls those border crossings', 'Both partners control border crossings on the route']);
}

/** A newer, adequate weighing note for EastmarkGIS, assessed on `assessed`. */
function newerAdequateNote(files: Files, assessed: string): Files {
    const anchor = '        permits analytical, personal-data\n    }\n}\n\nrecipient WestholmDIS';
    const newer = weighingNote('WN-EastmarkGIS-2025', { assessed, reviewDue: '2027-05-01', permits: 'analytical, personal-data' });
    return edit(files, R, anchor, anchor.replace('    }\n}', `    }\n    ${newer}\n}`));
}

let tester: Tester;
beforeAll(async () => { tester = await createTester(); });
afterEach(() => tester.clear());

describe(code, () => {
    test('a provision to an elevated-risk recipient without any mitigation is an error at that recipient', async () => {
        const result = await tester.check(withoutMitigations());
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Error, node: result.provision('P-2025-0117'), property: 'recipients', index: 0,
            message: [
                'Provision P-2025-0117 gives data to EastmarkGIS, which has an elevated risk profile',
                '(human rights, data protection assessed as a risk in weighing note WN-EastmarkGIS-2024)',
                'no mitigation covers it', 'Add `mitigation for human-rights, data-protection "…"`'
            ]
        });
        expect(result.codes()).toEqual([code]);
    });

    test('the full message, in English and in Dutch, from the same finding', async () => {
        const english = (await tester.check(withoutMitigations())).withCode(code).map(diagnostic => diagnostic.message);
        expect(english).toEqual(['Provision P-2025-0117 gives data to EastmarkGIS, which has an elevated risk profile (human rights, data protection assessed as a risk in weighing note WN-EastmarkGIS-2024), but no mitigation covers it. Add `mitigation for human-rights, data-protection "…"` saying how the risk is reduced, or, for a risk that does not apply to this cooperation, `risk human-rights not-applicable "…"` saying why.']);
        const dutch = await createTester(undefined, { locale: 'nl' });
        const result = await dutch.check(withoutMitigations());
        expect(result.withCode(code).map(diagnostic => diagnostic.message)).toEqual(['Verstrekking P-2025-0117 verstrekt gegevens aan EastmarkGIS, een dienst met een verhoogd risicoprofiel (mensenrechten, gegevensbescherming als risico beoordeeld in wegingsnotitie WN-EastmarkGIS-2024), maar geen mitigerende maatregel dekt deze dienst. Voeg `mitigation for human-rights, data-protection "…"` toe en beschrijf hoe het risico wordt beperkt, of voeg voor een risico dat bij deze samenwerking niet van toepassing is `risk human-rights not-applicable "…"` toe en vermeld waarom.']);
        await dutch.clear();
    });

    test('a mitigation without a word of description covers nothing', async () => {
        for (const blank of ['""', '"   "', '""" """']) {
            const result = await tester.check(edit(withoutMitigations(), P, '    conditions ', `    mitigation for human-rights, data-protection ${blank}\n    conditions `));
            expect(result.withCode(code).map(diagnostic => diagnostic.message), blank).toEqual([expect.stringContaining('but no mitigation covers it')]);
        }
    });

    test('one mitigation covering the recipient is enough for this rule (the uncovered criterion is risk/criteria-mitigated)', async () => {
        const result = await tester.check(edit(baseline(), P, dataProtection, ''));
        expectNone(result, code);
        expect(result.codes()).toEqual(['risk/criteria-mitigated']);
    });

    test('a mitigation for another recipient does not cover this one', async () => {
        const files = edits(groupFiles(), P,
            ['mitigation for human-rights "', 'mitigation for human-rights regarding WestholmDIS "'],
            ['mitigation for data-protection "', 'mitigation for data-protection regarding WestholmDIS "']);
        const result = await tester.check(files);
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Error, node: result.provision('P-2025-0117'), property: 'recipients', index: 1,
            message: ['Group provision P-2025-0117 gives data to EastmarkGIS', 'no mitigation covers it']
        });
    });

    test('in a group provision, every elevated-risk member needs a mitigation', async () => {
        const result = await tester.check(edits(groupFiles(), P, [humanRights, ''], [dataProtection, '']));
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Error, node: result.provision('P-2025-0117'), property: 'recipients', index: 1,
            message: ['gives data to EastmarkGIS']
        });
        expect(result.codes()).toEqual([code]);
    });

    test('a group whose mitigations name the elevated-risk member does not fire', async () => {
        const files = edits(groupFiles(), P,
            ['mitigation for human-rights "', 'mitigation for human-rights regarding EastmarkGIS "'],
            ['mitigation for data-protection "', 'mitigation for data-protection regarding EastmarkGIS "']);
        expect((await tester.check(files)).codes()).toEqual([]);
        expect((await tester.check(groupFiles())).codes()).toEqual([]);
    });

    test('an adequate recipient needs no mitigation', async () => {
        expectNone(await tester.check(adequateBaseline()), code);
    });

    test('does not fire on the baseline', async () => {
        expectNone(await tester.check(baseline()), code);
    });

    test('the weighing note in force on the provision date decides: a newer adequate note lifts the requirement', async () => {
        const result = await tester.check(newerAdequateNote(withoutMitigations(), '2025-05-14'));
        expectNone(result, code);
        expect(result.codes()).toEqual([]);
    });

    test('a note assessed after the provision date does not count yet', async () => {
        const result = await tester.check(newerAdequateNote(withoutMitigations(), '2025-05-15'));
        expect(result.withCode(code).map(d => d.message)).toEqual([expect.stringContaining('in weighing note WN-EastmarkGIS-2024')]);
    });

    test('a recipient without a weighing note is left to recipient/weighing-note-required', async () => {
        const files = edit(withoutMitigations(), R, / {4}weighing-note WN-EastmarkGIS-2024 \{[\s\S]*?\n {4}\}\n/, '');
        const result = await tester.check(files);
        expectNone(result, code);
        expect(result.codes()).toContain('recipient/weighing-note-required');
    });

    describe('inheritance from the umbrella', () => {
        const toEastmark = (): Files => edits(umbrellaBaseline(), P,
            ['to NorthlandSIS', 'to EastmarkGIS'], ['NorthlandSIS can only watch', 'EastmarkGIS can only watch']);

        test('a provision to an elevated-risk recipient under an umbrella inherits the umbrella\'s mitigations', async () => {
            const result = await tester.check(toEastmark());
            expect(result.codes()).toEqual([]);
        });

        test('without mitigations in the umbrella, the umbrella and the provision under it are errors', async () => {
            const files = edits(toEastmark(), 'umbrella.provisio', [humanRights, ''], [dataProtection, '']);
            const result = await tester.check(files);
            const [onUmbrella, onProvision] = result.withCode(code).sort((a, b) => a.message.localeCompare(b.message)).reverse();
            expect(result.withCode(code)).toHaveLength(2);
            expectAt(onUmbrella, {
                severity: DiagnosticSeverity.Error, node: result.umbrella('UP-2025-HARBOUR'), property: 'recipients', index: 1,
                message: ['Umbrella UP-2025-HARBOUR gives data to EastmarkGIS', 'no mitigation covers it']
            });
            expectAt(onProvision, {
                severity: DiagnosticSeverity.Error, node: result.provision('P-2025-0231'), property: 'recipients', index: 0,
                message: ['Provision P-2025-0231 gives data to EastmarkGIS', 'no mitigation covers it']
            });
        });
    });
});
