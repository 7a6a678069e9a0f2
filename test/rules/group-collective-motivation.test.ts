// group/collective-motivation — reviewer's rule 1 (docs/domain.md)0: a group provision names its recipients and its
// motivation addresses the group; several recipients outside an umbrella make a group provision.
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import {
    adequateBaseline, createTester, DiagnosticSeverity, edit, edits, expectNone, expectOnly, ruleConfig, runRule, say, umbrellaBaseline, type Files, type Tester
} from './helpers.js';

const code = 'group/collective-motivation';
const P = 'provision.provisio';
const necessityBlock = / {4}necessity """[\s\S]*?"""\n/;

/** A motivation that neither uses a group term nor names both recipients. */
const forNorthlandOnly = `    necessity """
        The AIVD investigates the Harbour Network, which moves recruits from the Netherlands
        to a conflict zone over the northern ferry routes. Two of its facilitators are expected
        to travel in June. NorthlandSIS controls the ferry ports and can stop the facilitators
        only if it knows who they are and how they travel.
    """
`;

/** A Dutch motivation, as an analyst writes it, that argues why every receiving service needs the data. */
const dutchForEveryMember = `    necessity """
        De AIVD onderzoekt het Harbour-netwerk, dat rekruten vanuit Nederland via de noordelijke
        veerverbindingen naar een conflictgebied brengt. Volgens onze informatie reizen twee
        facilitators van het netwerk in juni opnieuw. De veerhavens op de route vallen onder de
        ontvangende diensten; voor elk van
        deze diensten geldt dat zij de facilitators alleen kan tegenhouden als zij hun identiteit
        en reispatroon kent. Beide veerhavens liggen op de route die het netwerk in 2024-2025
        gebruikte, zodat de verstrekking voor de groep als geheel noodzakelijk is.
    """
`;

/** A Dutch motivation that argues only why NorthlandSIS needs the data. */
const dutchForNorthlandOnly = `    necessity """
        De AIVD onderzoekt het Harbour-netwerk, dat rekruten vanuit Nederland via de noordelijke
        veerverbindingen naar een conflictgebied brengt. Volgens onze informatie reizen twee
        facilitators van het netwerk in juni opnieuw. NorthlandSIS controleert de veerhavens en kan
        hen alleen tegenhouden als het weet wie zij zijn en hoe zij reizen, d.w.z. met welke
        documenten en via welke havens. De risico's voor de betrokkenen zijn daarbij beperkt.
    """
`;

/** The adequate baseline as a group provision to NorthlandSIS and WestholmDIS, with a motivation that speaks for the pair. Clean. */
function group(necessity = forNorthlandOnly.replace('NorthlandSIS controls the ferry ports', 'Both partners control ferry ports on the route')): Files {
    return edits(adequateBaseline(), P,
        ['provision P-2025-0117', 'group-provision P-2025-0117'],
        ['to NorthlandSIS', 'to NorthlandSIS, WestholmDIS'],
        [necessityBlock, necessity]);
}

let tester: Tester;
beforeAll(async () => { tester = await createTester(); });
afterEach(() => tester.clear());

describe(`${code}: recipients`, () => {
    test('an ordinary provision to two recipients outside an umbrella is a warning at its kind', async () => {
        const result = await tester.check(edit(adequateBaseline(), P, 'to NorthlandSIS', 'to NorthlandSIS, WestholmDIS'));
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Warning, node: result.provision('P-2025-0117'), property: 'kind',
            message: ['Provision P-2025-0117 gives data to 2 recipients outside an umbrella', 'Declare it as `group-provision` and motivate it for the group']
        });
        expect(result.codes()).toEqual([code]);
    });

    test('an ordinary provision to two recipients under an umbrella is allowed', async () => {
        const result = await tester.check(edit(umbrellaBaseline(), P, 'to NorthlandSIS', 'to NorthlandSIS, EastmarkGIS'));
        expectNone(result, code);
    });

    test('a group provision to one recipient is a warning at its recipient', async () => {
        const result = await tester.check(edit(group(), P, 'to NorthlandSIS, WestholmDIS', 'to NorthlandSIS'));
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Warning, node: result.provision('P-2025-0117'), property: 'recipients', index: 0,
            message: ['Group provision P-2025-0117 names one recipient', 'A group provision names every recipient of the group: `to A, B, …`']
        });
        expect(result.codes()).toEqual([code]);
    });

    test('a group provision without recipients is left to language/missing-clause', async () => {
        const result = await tester.check(edit(group(), P, '    to NorthlandSIS, WestholmDIS\n', ''));
        expectNone(result, code);
        expect(result.codes()).toEqual(['language/missing-clause']);
    });
});

describe(`${code}: motivation`, () => {
    test('a group motivation with a group term is clean', async () => {
        expect((await tester.check(group())).codes()).toEqual([]);
    });

    test('a motivation that speaks for one member only is a warning at the necessity clause', async () => {
        const result = await tester.check(group(forNorthlandOnly));
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Warning, node: result.provision('P-2025-0117').necessity!,
            message: ['The motivation of group provision P-2025-0117 does not speak for the group', 'name each recipient (by its name, title or country) and why it needs it']
        });
        expect(result.codes()).toEqual([code]);
    });

    test('naming every recipient speaks for the group', async () => {
        const result = await tester.check(group(forNorthlandOnly.replace('NorthlandSIS controls the ferry ports', 'NorthlandSIS and WestholmDIS control the ferry ports')));
        expect(result.codes()).toEqual([]);
    });

    test('a recipient may be named by its title, in any letter case', async () => {
        const result = await tester.check(group(forNorthlandOnly.replace('NorthlandSIS controls the ferry ports', 'NorthlandSIS and the WESTHOLM DEFENCE INTELLIGENCE SERVICE control the ferry ports')));
        expectNone(result, code);
    });

    test('group terms are matched regardless of letter case', async () => {
        const result = await tester.check(group(forNorthlandOnly.replace('NorthlandSIS controls the ferry ports', 'Each Recipient controls ferry ports on the route')));
        expectNone(result, code);
    });

    test('a group provision without a motivation is left to motivation/necessity-required', async () => {
        const result = await tester.check(group(''));
        expectNone(result, code);
        expect(result.codes()).toEqual(['motivation/necessity-required']);
    });

    test('option groupTerms, from a configuration file, replaces the default terms', async () => {
        const configured = await createTester(ruleConfig(code, { groupTerms: ['coalition'] }));
        const withPartners = await configured.check(group());
        expect(withPartners.withCode(code).map(d => d.message)).toEqual([expect.stringContaining('does not speak for the group')]);
        const withCoalition = await configured.check(group(forNorthlandOnly.replace('NorthlandSIS controls the ferry ports', 'The coalition controls the ferry ports')));
        expectNone(withCoalition, code);
    });

    test('option groupTerms, called directly', async () => {
        const result = await tester.check(group(forNorthlandOnly));
        const provision = result.provision('P-2025-0117');
        expect(runRule(code, provision, { groupTerms: ['ferry ports'] })).toEqual([]);
        const findings = runRule(code, provision, { groupTerms: [] });
        expect(findings.map(finding => finding.node)).toEqual([provision.necessity]);
        expect(say(code, findings[0])).toBe('The motivation of group provision P-2025-0117 does not speak for the group. Explain why the group as a whole needs this data, or name each recipient (by its name, title or country) and why it needs it. Which words count as speaking for the group is set by the option `groupTerms`.');
    });
});

describe(`${code}: motivations in Dutch`, () => {
    test('a Dutch motivation that argues for every receiving service is quiet, also with its group phrase broken over two lines', async () => {
        const result = await tester.check(group(dutchForEveryMember));
        expect(result.codes()).toEqual([]);
        const provision = result.provision('P-2025-0117');
        expect(runRule(code, provision, { groupTerms: ['voor elk van deze diensten'] })).toEqual([]);
        expect(runRule(code, provision, { groupTerms: ['De groep als geheel'] })).toEqual([]);
    });

    test('a Dutch motivation that argues only for one member fires', async () => {
        const result = await tester.check(group(dutchForNorthlandOnly));
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Warning, node: result.provision('P-2025-0117').necessity!,
            message: ['The motivation of group provision P-2025-0117 does not speak for the group', 'the option `groupTerms`']
        });
        expect(result.codes()).toEqual([code]);
    });

    test.each([
        ['gezamenlijk', 'NorthlandSIS controleert de veerhavens', 'De ontvangende diensten controleren de veerhavens gezamenlijk, en'],
        ['alle ontvangers', 'NorthlandSIS controleert de veerhavens', 'Alle ontvangers controleren een veerhaven op de route, en'],
        ['ieder van de ontvangers', 'NorthlandSIS controleert de veerhavens', 'Ieder van de ontvangers controleert een veerhaven op de route, en'],
        ['both recipients named', 'NorthlandSIS controleert de veerhavens', 'NorthlandSIS en WestholmDIS controleren de veerhavens']
    ])('the Dutch one-member motivation, rewritten for the group (%s), is quiet', async (_name, from, to) => {
        expectNone(await tester.check(group(dutchForNorthlandOnly.replace(from, to))), code);
    });

    test('a Dutch phrase inside a longer word, or with words between, does not count', async () => {
        const result = await tester.check(group(dutchForNorthlandOnly.replace('NorthlandSIS controleert de veerhavens', 'NorthlandSIS controleert alle veerhavens van de ontvangers')));
        expect(result.withCode(code)).toHaveLength(1);
    });
});

describe(`${code}: recipients named as a reader names them`, () => {
    /** A Dutch motivation that argues, member by member, why each receiving service needs the data; it names one by country and one by title. */
    const dutchMemberByMember = `    necessity """
        De AIVD onderzoekt het Harbour-netwerk, dat rekruten vanuit Nederland via de noordelijke
        veerverbindingen naar een conflictgebied brengt. Twee facilitators van het netwerk reizen in
        juni opnieuw. In NORTHLAND vertrekt de veerboot waarop zij geboekt zijn; alleen de dienst daar
        kan hen bij het inschepen herkennen. De Westholm Defence
        Intelligence Service bewaakt de haven van aankomst en kan de rekruten die zij begeleiden
        alleen tegenhouden als zij weet wie de facilitators zijn en hoe zij reizen.
    """
`;

    test('a Dutch group motivation that argues for every member, naming one by its country and one by its title across a line break, is quiet', async () => {
        const result = await tester.check(group(dutchMemberByMember));
        expect(result.codes()).toEqual([]);
        expect(runRule(code, result.provision('P-2025-0117'), { groupTerms: [] })).toEqual([]);
    });

    test('the same motivation without the second member fires', async () => {
        const withoutWestholm = dutchMemberByMember.replace(/De Westholm Defence\n\s+Intelligence Service bewaakt/, 'De kustwacht bewaakt');
        const result = await tester.check(group(withoutWestholm));
        expect(result.withCode(code).map(diagnostic => diagnostic.message)).toEqual([expect.stringContaining('does not speak for the group')]);
    });

    test('a country inside a longer word does not name the recipient', async () => {
        const result = await tester.check(group(forNorthlandOnly.replace('NorthlandSIS controls the ferry ports', 'NorthlandSIS controls the ferry ports to the Westholmers\' coast')));
        expect(result.withCode(code)).toHaveLength(1);
    });
});

describe(`${code}: the full message, in English and in Dutch`, () => {
    test('from the same finding', async () => {
        expect((await tester.check(group(forNorthlandOnly))).withCode(code).map(diagnostic => diagnostic.message)).toEqual([
            'The motivation of group provision P-2025-0117 does not speak for the group. Explain why the group as a whole needs this data, or name each recipient (by its name, title or country) and why it needs it. Which words count as speaking for the group is set by the option `groupTerms`.'
        ]);
        const dutch = await createTester(undefined, { locale: 'nl' });
        expect((await dutch.check(group(dutchForNorthlandOnly))).withCode(code).map(diagnostic => diagnostic.message)).toEqual([
            'De motivering van groepsverstrekking P-2025-0117 is niet voor de groep geschreven. Leg uit waarom de groep als geheel deze gegevens nodig heeft, of noem elke ontvanger (bij naam, titel of land) en waarom die de gegevens nodig heeft. Welke woorden als motivering voor de groep tellen, is in te stellen met de optie `groupTerms`.'
        ]);
        expect((await dutch.check(edit(adequateBaseline(), P, 'to NorthlandSIS', 'to NorthlandSIS, WestholmDIS'))).withCode(code).map(diagnostic => diagnostic.message)).toEqual([
            'Verstrekking P-2025-0117 verstrekt gegevens aan 2 ontvangers buiten een overkoepelende toestemming. Stel de verstrekking op als `group-provision` en motiveer haar voor de groep.'
        ]);
        expect((await dutch.check(edit(group(), P, 'to NorthlandSIS, WestholmDIS', 'to NorthlandSIS'))).withCode(code).map(diagnostic => diagnostic.message)).toEqual([
            'Groepsverstrekking P-2025-0117 noemt één ontvanger. Een groepsverstrekking noemt elke ontvanger van de groep: `to A, B, …`.'
        ]);
        await dutch.clear();
    });
});

describe(`${code}: group terms are whole words`, () => {
    test('a word that merely contains a group term does not speak for the group', async () => {
        const result = await tester.check(group(forNorthlandOnly.replace('travel in June.', 'travel in June, as NorthlandSIS remembers from last year.')));
        expect(result.withCode(code).map(diagnostic => diagnostic.message)).toEqual([expect.stringContaining('does not speak for the group')]);
    });

    test('a group term in another letter case does', async () => {
        expectNone(await tester.check(group(forNorthlandOnly.replace('NorthlandSIS controls the ferry ports', 'The Partner Services control the ferry ports'))), code);
    });
});
