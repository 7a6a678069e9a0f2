// risk/mitigation-substance — reviewer's rule 4 (docs/domain.md): a mitigation, or the reason a risk does not apply,
// says something of its own: not only a pointer ("zie wegingsnotitie", "as usual", "n.v.t."), not a handful of words,
// and not the text written for another criterion.
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import {
    baseline, createTester, DiagnosticSeverity, edit, edits, expectAt, expectNone, expectOnly, ruleConfig, runRule, say, umbrellaBaseline, type Files, type Tester
} from './helpers.js';
import { substanceOf } from '../../src/model/substance.js';
import { defaultPointerPhrases } from '../../src/rules/risk/mitigation-substance.js';

const code = 'risk/mitigation-substance';
const P = 'provision.provisio';
const humanRights = / {4}mitigation for human-rights .*\n/;
const dataProtection = / {4}mitigation for data-protection .*\n/;

/** The baseline with its human-rights mitigation replaced by `text`. */
const withHumanRights = (text: string): Files => edit(baseline(), P, humanRights, `    mitigation for human-rights ${text}\n`);

/** How an AIVD analyst writes the two mitigations in Dutch: each says what is given, what is withheld and what was promised. */
const dutchHumanRights = `"""
        Er worden alleen identiteits- en reisgegevens verstrekt, niets over geloofsovertuiging of
        contacten. EastmarkGIS heeft op 2 mei schriftelijk toegezegd dat niemand uitsluitend op
        grond van deze gegevens wordt aangehouden of verhoord.
    """`;
const dutchDataProtection = '"Het gaat om een geëvalueerde samenvatting, niet om brongegevens, en EastmarkGIS wordt verzocht de gegevens na zes maanden te vernietigen."';

let tester: Tester;
beforeAll(async () => { tester = await createTester(); });
afterEach(() => tester.clear());

describe(`${code}: mitigations that say something`, () => {
    test('substantive mitigations, in English (the baseline) and in Dutch, are clean', async () => {
        expect((await tester.check(baseline())).codes()).toEqual([]);
        const dutch = edits(baseline(), P, [humanRights, `    mitigation for human-rights ${dutchHumanRights}\n`], [dataProtection, `    mitigation for data-protection ${dutchDataProtection}\n`]);
        expect((await tester.check(dutch)).codes()).toEqual([]);
    });

    test('a Dutch mitigation that only points to the weighing note is a warning at its text', async () => {
        const result = await tester.check(withHumanRights('"Zie wegingsnotitie WN-EastmarkGIS-2024."'));
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Warning, node: result.provision('P-2025-0117').mitigations[0], property: 'description',
            message: ['The mitigation for human rights in provision P-2025-0117 only points elsewhere or holds a place ("zie wegingsnotitie")', 'Describe the measure itself']
        });
        // The provision is still covered: the coverage rules count it, this rule judges what it says.
        expect(result.codes()).toEqual([code]);
    });

    test('pointer phrases in English and Dutch, in any letter case and layout, are recognised', async () => {
        for (const [text, phrase] of [
            ['"See weighing note."', 'see weighing note'], ['"As usual."', 'as usual'], ['"n.v.t."', 'n.v.t.'], ['"N.v.t. — zie wegingsnotitie"', 'zie wegingsnotitie'],
            ['"""\n        Zoals gebruikelijk,\n        conform eerdere verstrekkingen.\n    """', 'zoals gebruikelijk'], ['"Standard measures as agreed with the partner."', 'as agreed'], ['"TODO"', 'todo']
        ]) {
            const result = await tester.check(withHumanRights(text));
            expect(result.withCode(code).map(diagnostic => diagnostic.message), text).toEqual([expect.stringContaining(`("${phrase}")`)]);
        }
    });

    test('a mitigation that mentions the weighing note but also describes the measure is clean', async () => {
        const text = '"Zie wegingsnotitie; daarnaast wordt alleen een analyseproduct zonder namen van bronnen verstrekt, met het verzoek het na zes maanden te vernietigen."';
        expect((await tester.check(withHumanRights(text))).codes()).toEqual([]);
    });

    test('a handful of words without a pointer is a warning that counts them', async () => {
        const result = await tester.check(withHumanRights('"Only travel data is given."'));
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Warning, node: result.provision('P-2025-0117').mitigations[0], property: 'description',
            message: ['The mitigation for human rights in provision P-2025-0117 has 5 words; at least 8 are expected.']
        });
    });

    test('an empty mitigation is left to risk/mitigation-required, which counts it as no mitigation', async () => {
        const result = await tester.check(edits(baseline(), P, [humanRights, ''], [dataProtection, '    mitigation for human-rights, data-protection ""\n']));
        expectNone(result, code);
        expect(result.codes()).toEqual(['risk/mitigation-required']);
    });

    test('the same text for two criteria is a warning at the second, pointing to the first', async () => {
        const text = '"Only identity and travel data is given, and EastmarkGIS has assured in writing that nobody is detained on it alone."';
        const result = await tester.check(edits(baseline(), P, [humanRights, `    mitigation for human-rights ${text}\n`], [dataProtection, `    mitigation for data-protection ${text}\n`]));
        const provision = result.provision('P-2025-0117');
        const diagnostic = expectOnly(result, code, {
            severity: DiagnosticSeverity.Warning, node: provision.mitigations[1], property: 'description',
            message: ['The mitigation for data protection in provision P-2025-0117 has the same text as the mitigation for human rights.', 'Say how this risk in particular was weighed']
        });
        expect(diagnostic.relatedInformation?.map(related => related.message)).toEqual(['The same text in provision P-2025-0117']);
        expect(diagnostic.relatedInformation?.[0].location.range).toEqual(provision.mitigations[0].$cstNode!.range);
    });

    test('re-wrapping or re-casing the copied text does not hide it', async () => {
        const text = 'Only identity and travel data is given, and EastmarkGIS has assured in writing that nobody is detained on it alone.';
        const result = await tester.check(edits(baseline(), P, [humanRights, `    mitigation for human-rights "${text}"\n`],
            [dataProtection, `    mitigation for data-protection """\n        ${text.toUpperCase().replace(', and', ',\n        and')}\n    """\n`]));
        expect(result.withCode(code).map(diagnostic => diagnostic.message)).toEqual([expect.stringContaining('has the same text as the mitigation for human rights')]);
    });

    test('the same measure for the same criterion for two group members is not a repeat', async () => {
        const text = '"Only travel movements are given; each service has assured in writing that nobody is detained on this information alone."';
        const files = edits(baseline(), P,
            ['provision P-2025-0117', 'group-provision P-2025-0117'],
            ['to EastmarkGIS', 'to EastmarkGIS, WestholmDIS'],
            ['Only EastmarkGIS controls those border crossings', 'Both partners control border crossings on the route'],
            [humanRights, `    mitigation for human-rights regarding EastmarkGIS ${text}\n    mitigation for human-rights regarding WestholmDIS ${text}\n`]);
        expectNone(await tester.check(files), code);
    });

    test('a provision that repeats its umbrella\'s text for another criterion is warned, naming the umbrella', async () => {
        const umbrellaText = 'Only travel movements are given, never beliefs or associations; EastmarkGIS has assured in writing that nobody is detained on this information alone.';
        const files = edits(umbrellaBaseline(), P, ['to NorthlandSIS', 'to EastmarkGIS'], ['NorthlandSIS can only watch', 'EastmarkGIS can only watch'],
            ['    """\n}', `    """\n    mitigation for data-protection "${umbrellaText}"\n}`]);
        const result = await tester.check(files);
        const diagnostic = expectOnly(result, code, {
            severity: DiagnosticSeverity.Warning, node: result.provision('P-2025-0231').mitigations[0], property: 'description',
            message: ['has the same text as the mitigation for human rights in umbrella UP-2025-HARBOUR']
        });
        expect(diagnostic.relatedInformation?.[0].location.uri).toBe('file:///ws/umbrella.provisio');
    });

    test('a reason why a risk does not apply that is only "n.v.t." is judged like a mitigation', async () => {
        const result = await tester.check(edit(baseline(), P, dataProtection, '    risk data-protection not-applicable "n.v.t."\n'));
        const statement = result.provision('P-2025-0117').riskStatements[0];
        expectAt(result.withCode(code)[0], {
            severity: DiagnosticSeverity.Warning, node: statement, property: 'reason',
            message: ['The reason why the risk does not apply for data protection in provision P-2025-0117 only points elsewhere or holds a place ("n.v.t.")']
        });
    });
});

describe(`${code}: options`, () => {
    test('minWords lowers or raises the threshold', async () => {
        const files = withHumanRights('"Only travel data is given."');
        const lenient = await createTester(ruleConfig(code, { minWords: 5 }));
        expectNone(await lenient.check(files), code);
        await lenient.clear();
        const strict = await createTester(ruleConfig(code, { minWords: 30 }));
        expect((await strict.check(baseline())).withCode(code).map(diagnostic => diagnostic.message)).toEqual([
            expect.stringContaining('has 25 words; at least 30 are expected'),
            expect.stringContaining('has 20 words; at least 30 are expected')
        ]);
        await strict.clear();
    });

    test('pointerPhrases replaces the list: a house phrase is caught, a removed one no longer is', async () => {
        const house = await createTester(ruleConfig(code, { pointerPhrases: ['conform werkinstructie'] }));
        const result = await house.check(withHumanRights('"Conform werkinstructie WI-12, paragraaf 4."'));
        expect(result.withCode(code).map(diagnostic => diagnostic.message)).toEqual([expect.stringContaining('("conform werkinstructie")')]);
        const asUsual = await house.check(withHumanRights('"As usual."'));
        expect(asUsual.withCode(code).map(diagnostic => diagnostic.message)).toEqual([expect.stringContaining('has 2 words; at least 8 are expected')]);
        await house.clear();
    });

    test('detectRepeats: false leaves repeated texts alone', async () => {
        const text = '"Only identity and travel data is given, and EastmarkGIS has assured in writing that nobody is detained on it alone."';
        const files = edits(baseline(), P, [humanRights, `    mitigation for human-rights ${text}\n`], [dataProtection, `    mitigation for data-protection ${text}\n`]);
        const quiet = await createTester(ruleConfig(code, { detectRepeats: false }));
        expectNone(await quiet.check(files), code);
        await quiet.clear();
    });
});

describe(`${code}: measuring`, () => {
    test('pointer words do not count as the text\'s own, wherever and however often they occur', () => {
        expect(substanceOf('Zie wegingsnotitie.', defaultPointerPhrases)).toEqual({ ownWords: 0, pointer: 'zie wegingsnotitie' });
        expect(substanceOf('idem idem idem', defaultPointerPhrases)).toEqual({ ownWords: 0, pointer: 'idem' });
        expect(substanceOf('As usual; see weighing note WN-7.', defaultPointerPhrases)).toEqual({ ownWords: 1, pointer: 'see weighing note' });
        expect(substanceOf('Only conclusions are shared.', defaultPointerPhrases)).toEqual({ ownWords: 4, pointer: undefined });
        // "n/a" is matched as the words "n" and "a", not inside "a nation".
        expect(substanceOf('Given to a nation-state partner.', ['n/a']).pointer).toBeUndefined();
    });

    test('every occurrence of a pointer phrase in a long text is taken out, and every other word counts', () => {
        const text = (n: number) => Array.from({ length: n }, (_, i) => `zie wegingsnotitie woord${i}`).join(' ');
        expect(substanceOf(text(2000), defaultPointerPhrases).ownWords).toBe(2000);
        expect(substanceOf(text(2000), defaultPointerPhrases).pointer).toBe('zie wegingsnotitie');
    });
});

describe(`${code}: the full messages, in English and in Dutch`, () => {
    test('a pointer-only mitigation, a short one and a repeated one', async () => {
        const repeated = '"Only identity and travel data is given, and EastmarkGIS has assured in writing that nobody is detained on it alone."';
        const files = edits(baseline(), P,
            [humanRights, `    mitigation for human-rights "Zie wegingsnotitie."\n    mitigation for human-rights, professionalism ${repeated}\n`],
            [dataProtection, `    mitigation for data-protection "Alleen een samenvatting."\n    mitigation for data-protection ${repeated}\n`]);
        const result = await tester.check(files);
        const mitigations = result.provision('P-2025-0117').mitigations;
        const findings = mitigations.flatMap(mitigation => runRule(code, mitigation));
        expect(findings.map(finding => say(code, finding))).toEqual([
            'The mitigation for human rights in provision P-2025-0117 only points elsewhere or holds a place ("zie wegingsnotitie"). Describe the measure itself: what is given or withheld, and which conditions or assurances limit the risk. Pointer phrases can be configured with the option `pointerPhrases`.',
            'The mitigation for data protection in provision P-2025-0117 has 3 words; at least 8 are expected. Describe how the measure reduces the risk.',
            'The mitigation for data protection in provision P-2025-0117 has the same text as the mitigation for human rights and professionalism. Say how this risk in particular was weighed, or name all the criteria in one clause.'
        ]);
        expect(findings.map(finding => say(code, finding, 'nl'))).toEqual([
            'De mitigerende maatregel voor mensenrechten in verstrekking P-2025-0117 verwijst alleen of houdt een plaats open ("zie wegingsnotitie"). Beschrijf de maatregel zelf: wat wel en niet wordt verstrekt, en welke voorwaarden of toezeggingen het risico beperken. De verwijzende zinsneden zijn in te stellen met de optie `pointerPhrases`.',
            'De mitigerende maatregel voor gegevensbescherming in verstrekking P-2025-0117 telt 3 woorden; verwacht worden ten minste 8 woorden. Beschrijf hoe de maatregel het risico beperkt.',
            'De mitigerende maatregel voor gegevensbescherming in verstrekking P-2025-0117 heeft dezelfde tekst als de mitigerende maatregel voor mensenrechten en professionaliteit. Beschrijf hoe juist dit risico is afgewogen, of noem alle criteria in één clausule.'
        ]);
    });

    test('a reason that a risk does not apply, and one that an inherited mitigation does not fit', async () => {
        const files = edits(umbrellaBaseline(), P, ['to NorthlandSIS', 'to EastmarkGIS'], ['NorthlandSIS can only watch', 'EastmarkGIS can only watch'],
            ['    """\n}', '    """\n    risk human-rights not-applicable "Zoals gebruikelijk."\n    risk data-protection inherited-mitigation-unfit "Past niet."\n}']);
        const result = await tester.check(files);
        const findings = result.provision('P-2025-0231').riskStatements.flatMap(statement => runRule(code, statement));
        expect(findings.map(finding => say(code, finding))).toEqual([
            'The reason why the risk does not apply for human rights in provision P-2025-0231 only points elsewhere or holds a place ("zoals gebruikelijk"). Say in this justification why, for this cooperation. Pointer phrases can be configured with the option `pointerPhrases`.',
            'The reason why the inherited mitigation does not fit for data protection in provision P-2025-0231 has 2 words; at least 8 are expected. Explain why, for this cooperation.'
        ]);
        expect(findings.map(finding => say(code, finding, 'nl'))).toEqual([
            'De reden waarom het risico niet van toepassing is voor mensenrechten in verstrekking P-2025-0231 verwijst alleen of houdt een plaats open ("zoals gebruikelijk"). Leg in deze verantwoording uit waarom, voor deze samenwerking. De verwijzende zinsneden zijn in te stellen met de optie `pointerPhrases`.',
            'De reden waarom de overgenomen maatregel niet past voor gegevensbescherming in verstrekking P-2025-0231 telt 2 woorden; verwacht worden ten minste 8 woorden. Leg uit waarom, voor deze samenwerking.'
        ]);
    });
});
