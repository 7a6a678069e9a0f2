// group/collective-motivation — DOMAIN rule 10: a group provision names its recipients and its
// motivation addresses the group; several recipients outside an umbrella make a group provision.
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import {
    adequateBaseline, createTester, DiagnosticSeverity, edit, edits, expectNone, expectOnly, ruleConfig, runRule, umbrellaBaseline, type Files, type Tester
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
            message: ['The motivation of group provision P-2025-0117 does not speak for the group', 'name each recipient and why it needs it']
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
        expect(runRule(code, provision, { groupTerms: [] }).map(finding => finding.node)).toEqual([provision.necessity]);
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
