// motivation/near-copy — reviewer's rule 2 (docs/domain.md): a motivation that is nearly the same text as another one
// (copied with names or a country swapped) is a warning; a shared opening sentence is not.
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { Necessity } from '../../src/language/generated/ast.js';
import { minSharedShingles, NearCopyIndex, postingCap, type NearCopy } from '../../src/rules/near-copy-index.js';
import {
    baseline, createTester, DiagnosticSeverity, edit, edits, expectAt, expectNone, provisionText, ruleConfig, runRule, say, type Files, type Tester
} from './helpers.js';

const code = 'motivation/near-copy';
const P = 'provision.provisio';
const Q = 'provision-0118.provisio';
const necessityBlock = / {4}necessity """[\s\S]*?"""\n/;

/** The baseline's motivation, copied to another file with the country, the service and the month swapped. */
const namesSwapped = `    necessity """
        The AIVD investigates the Harbour Network, which moves recruits from the Netherlands
        to a conflict zone through Westholm. Two of its facilitators are expected to cross
        into Westholm in July. Only WestholmDIS controls those border crossings, and it can
        stop the facilitators only if it knows who they are and how they travel.
    """
`;

/** The same opening sentence as the baseline, then a motivation of its own. */
const sharedOpening = `    necessity """
        The AIVD investigates the Harbour Network, which moves recruits from the Netherlands
        to a conflict zone through Eastmark. A financier of the network has opened accounts at
        a Westholm bank to pay the smugglers who run the crossings. WestholmDIS can trace those
        payments with the Westholm financial intelligence unit, but only if it has the account
        holder's identity and the transfers the AIVD has seen so far.
    """
`;

/** A Dutch motivation, and its copy with the recipient, the country and the month swapped. */
const dutchOriginal = `    necessity """
        De AIVD onderzoekt het Harbour-netwerk, dat rekruten vanuit Nederland via Eastmark naar
        een conflictgebied brengt. Volgens onze informatie reizen twee facilitators van het
        netwerk in juni opnieuw naar Eastmark. Alleen EastmarkGIS controleert de grensovergangen
        en kan hen alleen tegenhouden als het weet wie zij zijn en hoe zij reizen.
    """
`;
const dutchSwapped = dutchOriginal.replace(/via Eastmark/, 'via Westholm').replace('in juni opnieuw naar Eastmark', 'in juli opnieuw naar Westholm')
    .replace('Alleen EastmarkGIS', 'Alleen WestholmDIS');

/** The baseline and a second provision in its own file, with the given motivation. */
function withSecond(necessity: string, first?: string): Files {
    const second = edits({ f: provisionText }, 'f', ['P-2025-0117', 'P-2025-0118'], ['date 2025-05-14', 'date 2025-05-20'], [necessityBlock, necessity]).f;
    const files = first ? edit(baseline(), P, necessityBlock, first) : baseline();
    return { ...files, [Q]: second };
}

let tester: Tester;
beforeAll(async () => { tester = await createTester(); });
afterEach(() => tester.clear());

describe(`${code}: copies with a few words changed`, () => {
    test('a motivation copied with only the names swapped is a warning on both, pointing to the other', async () => {
        const result = await tester.check(withSecond(namesSwapped));
        const [first, second] = [result.provision('P-2025-0117'), result.provision('P-2025-0118')];
        const onFirst = result.file(P).diagnostics.filter(diagnostic => diagnostic.code === code);
        expect(onFirst).toHaveLength(1);
        expectAt(onFirst[0] as never, { severity: DiagnosticSeverity.Warning, node: first.necessity!, message: ['is nearly the same text as that of provision P-2025-0118'] });
        expect(onFirst[0].relatedInformation?.map(related => [related.location.uri, related.message])).toEqual([['file:///ws/provision-0118.provisio', expect.stringMatching(/^Nearly the same motivation in provision P-2025-0118 \(\d+%\)$/)]]);
        expect(result.file(Q).diagnostics.filter(diagnostic => diagnostic.code === code).map(diagnostic => diagnostic.message))
            .toEqual([expect.stringContaining('is nearly the same text as that of provision P-2025-0117')]);
        expect(second.necessity).toBeDefined();
        expect(result.codes()).toEqual([code, code]);
    });

    test('the full message, in English and in Dutch', async () => {
        const english = await tester.check(withSecond(namesSwapped));
        expect(english.file(P).diagnostics.filter(diagnostic => diagnostic.code === code).map(diagnostic => diagnostic.message)).toEqual([
            'The necessity motivation of provision P-2025-0117 is nearly the same text as that of provision P-2025-0118 (similarity 67%, by jaccard over runs of three words). A motivation copied with a few words changed does not show that this provision was weighed on its own: explain why this data is needed and why this recipient must have it.'
        ]);
        const dutch = await createTester(undefined, { locale: 'nl' });
        const result = await dutch.check(withSecond(dutchSwapped, dutchOriginal));
        const onFirst = result.file(P).diagnostics.filter(diagnostic => diagnostic.code === code);
        expect(onFirst.map(diagnostic => diagnostic.message)).toEqual([
            'De motivering van de noodzaak in verstrekking P-2025-0117 is vrijwel dezelfde tekst als die in verstrekking P-2025-0118 (gelijkenis 62%, gemeten als jaccard over reeksen van drie woorden). Een motivering die is overgenomen met een paar woorden anders, laat niet zien dat deze verstrekking op zichzelf is afgewogen: leg uit waarom deze gegevens nodig zijn en waarom juist deze buitenlandse dienst ze moet krijgen.'
        ]);
        expect(onFirst[0].relatedInformation?.map(related => related.message)).toEqual(['Vrijwel dezelfde motivering in verstrekking P-2025-0118 (62%)']);
        await dutch.clear();
    });

    test('a Dutch copy with the names swapped fires, re-wrapped and in another letter case too', async () => {
        const rewrapped = dutchSwapped.replace('De AIVD onderzoekt het Harbour-netwerk, dat', 'DE AIVD ONDERZOEKT HET HARBOUR-NETWERK,\n        DAT');
        expect((await tester.check(withSecond(rewrapped, dutchOriginal))).codes()).toEqual([code, code]);
    });

    test('an exact copy is left to motivation/substantive', async () => {
        const result = await tester.check(withSecond(provisionText.match(necessityBlock)![0].replace('The AIVD', 'The   AIVD')));
        expectNone(result, code);
        expect(result.codes()).toEqual(['motivation/substantive', 'motivation/substantive']);
    });
});

describe(`${code}: what is not a copy`, () => {
    test('two motivations that share one opening sentence and then argue their own case are quiet', async () => {
        const result = await tester.check(withSecond(sharedOpening));
        expectNone(result, code);
        expect(result.codes()).toEqual([]);
    });

    test('two Dutch motivations that share an opening sentence and then differ are quiet', async () => {
        const own = `    necessity """
        De AIVD onderzoekt het Harbour-netwerk, dat rekruten vanuit Nederland via Eastmark naar
        een conflictgebied brengt. Een financier van het netwerk heeft rekeningen geopend bij een
        bank in Westholm om de smokkelaars te betalen. WestholmDIS kan die betalingen samen met de
        financiële inlichtingeneenheid van Westholm volgen, maar alleen als het de identiteit van
        de rekeninghouder en de overboekingen kent die de AIVD tot nu toe heeft gezien.
    """
`;
        expectNone(await tester.check(withSecond(own, dutchOriginal)), code);
    });

    test('an opening sentence that forty motivations share does not make them copies of each other', async () => {
        const opening = 'The AIVD investigates the Harbour Network, which moves recruits from the Netherlands to a conflict zone through the eastern land routes.';
        const index = new NearCopyIndex();
        const necessities = Array.from({ length: 40 }, (_, n) => motivation(`${opening} ${ownReasoning(n)}`));
        necessities.forEach(necessity => index.add(necessity));
        const findings = necessities.flatMap(necessity => runRule(code, necessity, {}, { similarMotivations: n => index.similarTo(n) }));
        expect(findings).toEqual([]);
    });
});

describe(`${code}: options`, () => {
    test('thresholdPercent, from a configuration file: at 70 the swapped copy (67%) passes', async () => {
        const configured = await createTester(ruleConfig(code, { thresholdPercent: 70 }));
        expectNone(await configured.check(withSecond(namesSwapped)), code);
        await configured.clear();
    });

    test('measure: containment counts a copy with a paragraph added, which Jaccard lets pass', async () => {
        const result = await tester.check(baseline());
        const necessity = result.provision('P-2025-0117').necessity!;
        const other = { $container: result.provision('P-2025-0117') } as unknown as Necessity;
        const extended: NearCopy = { necessity: other, shared: 50, jaccard: 0.35, containment: 0.98 };
        const facts = { similarMotivations: () => [extended] };
        expect(runRule(code, necessity, { measure: 'jaccard' }, facts)).toEqual([]);
        const [finding] = runRule(code, necessity, { measure: 'containment' }, facts);
        expect(say(code, finding)).toContain('(similarity 98%, by containment over runs of three words)');
        expect(runRule(code, necessity, { measure: 'containment', thresholdPercent: 99 }, facts)).toEqual([]);
    });

    test('names three copies and counts the rest', async () => {
        const result = await tester.check(baseline());
        const necessity = result.provision('P-2025-0117').necessity!;
        const copies: NearCopy[] = [0.9, 0.8, 0.7, 0.6, 0.5].map((jaccard, n) => ({
            necessity: { $container: { $type: 'Provision', kind: 'provision', name: `P-2025-02${n}0` } } as unknown as Necessity, shared: 40, jaccard, containment: jaccard
        }));
        const [finding] = runRule(code, necessity, {}, { similarMotivations: () => copies });
        expect(say(code, finding)).toContain('as that of provision P-2025-0200, provision P-2025-0210, provision P-2025-0220 and 2 more (similarity 90%');
        expect(say(code, finding, 'nl')).toContain('als die in verstrekking P-2025-0200, verstrekking P-2025-0210, verstrekking P-2025-0220 en nog 2 andere (gelijkenis 90%');
        expect(finding.related?.map(related => related.node)).toEqual(copies.slice(0, 3).map(copy => copy.necessity));
    });
});

describe(`${code}: the index`, () => {
    test('finds a copy, and forgets it when it is removed', () => {
        const index = new NearCopyIndex();
        const [original, copy] = [motivation(namesSwapped), motivation(namesSwapped.replace(/Westholm/g, 'Eastmark'))];
        index.add(original);
        index.add(copy);
        expect(index.similarTo(original).map(near => near.necessity)).toEqual([copy]);
        index.remove(copy);
        expect(index.similarTo(original)).toEqual([]);
    });

    test('two short texts that share fewer than the minimum of shingles are never compared', () => {
        const index = new NearCopyIndex();
        const [a, b] = [motivation('Needed for the Harbour Network investigation.'), motivation('Needed for the Harbour Network case.')];
        index.add(a);
        index.add(b);
        expect(minSharedShingles).toBeGreaterThan(3);
        expect(index.similarTo(a)).toEqual([]);
    });

    test('grows linearly: twice the motivations, about twice the work, even when all share an opening sentence or are copies of one template', () => {
        const opening = 'The AIVD investigates the Harbour Network, which moves recruits from the Netherlands to a conflict zone through the eastern land routes.';
        const workspaces: Record<string, (n: number) => string> = {
            'own reasoning': n => ownReasoning(n),
            'shared opening': n => `${opening} ${ownReasoning(n)}`,
            'one template, names swapped': n => namesSwapped.replace(/Westholm/g, `Country${n}`).replace('in July', `in week ${n}`)
        };
        for (const [name, text] of Object.entries(workspaces)) {
            const work = (size: number) => {
                const index = new NearCopyIndex();
                const necessities = Array.from({ length: size }, (_, n) => motivation(text(n)));
                necessities.forEach(necessity => index.add(necessity));
                necessities.forEach(necessity => index.similarTo(necessity));
                return index.operations;
            };
            const [small, large] = [work(400), work(800)];
            expect(large / small, name).toBeLessThan(2.2);
            // Each motivation (about 45 shingles) costs at most its shingles times the posting cap, plus adding it.
            expect(large / 800, name).toBeLessThanOrEqual(50 * (postingCap + 1));
        }
        expect(postingCap).toBeLessThan(100);
    });

    test('after an edit only the motivations that share a rare run of words with it are asked again', () => {
        const afterOneEdit = (size: number) => {
            const index = new NearCopyIndex();
            const necessities = Array.from({ length: size }, (_, n) => motivation(ownReasoning(n)));
            necessities.forEach(necessity => index.add(necessity));
            necessities.forEach(necessity => index.similarTo(necessity));
            const before = index.operations;
            // The author rewrites one motivation into a copy of another; every motivation is asked again, as the editor does.
            const [edited, copied] = [necessities[size / 2], necessities[size / 4]];
            index.remove(edited);
            const rewritten = motivation(`Moreover, ${copied.text}`);
            index.add(rewritten);
            necessities.filter(necessity => necessity !== edited).forEach(necessity => index.similarTo(necessity));
            expect(index.similarTo(rewritten).map(near => near.necessity)).toContain(copied);
            expect(index.similarTo(copied).map(near => near.necessity)).toContain(rewritten);
            return index.operations - before;
        };
        const [small, large] = [afterOneEdit(400), afterOneEdit(800)];
        // The same work for twice the workspace: it depends on the edited text, not on the number of motivations.
        expect(large / small).toBeLessThan(1.2);
        expect(large).toBeLessThan(3 * 50 * (postingCap + 1));
    });

    test('a text that more motivations share than the cap is read as boilerplate, not as copies', () => {
        const index = new NearCopyIndex();
        const copies = Array.from({ length: postingCap + 1 }, (_, n) => motivation(namesSwapped.replace(/Westholm/g, `Country${n}`)));
        copies.forEach(necessity => index.add(necessity));
        expect(index.similarTo(copies[0])).toEqual([]);
        index.remove(copies[postingCap]);
        expect(index.similarTo(copies[0])).toHaveLength(postingCap - 1);
    });
});

function motivation(text: string): Necessity {
    return { $type: 'Necessity', text, $container: { $type: 'Provision', kind: 'provision', name: 'P-x' } } as unknown as Necessity;
}

/** Words analysts use in motivations; each generated motivation draws its own sequence from them. */
const vocabulary = ('facilitator network ferry port border crossing passport alias contact vessel cargo route recruits financier account bank transfer '
    + 'smuggler camp escapee returnee procurement component export licence front company shipment drone missile engineer courier safe house '
    + 'meeting messenger channel forum propaganda attack plan target embassy delegation visit conference student researcher laboratory '
    + 'sample supplier broker invoice warehouse harbour airport flight booking hotel rental car phone number email address identity photo '
    + 'Northland Westholm Eastmark Southmere June July August March spring winter identified observed booked travelled paid ordered').split(' ');

/** A motivation of its own for the n-th provision: a word sequence no other n produces. */
function ownReasoning(n: number): string {
    let seed = n * 2654435761 % 4294967296 + 1;
    const words: string[] = [];
    for (let count = 0; count < 45; count++) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        words.push(vocabulary[Math.floor(seed / 65536) % vocabulary.length]); // the high bits: an LCG's low bits repeat quickly
    }
    return `${words.join(' ')}.`;
}
