// motivation/substantive — reviewer's rule 2 (docs/domain.md): a motivation that is very short, or reused from
// another provision, is a warning.
import { expectWarning } from 'langium/test';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import {
    baseline, createTester, DiagnosticSeverity, edit, edits, expectAt, expectNone, expectOnly, provisionText, rangeOf,
    registryText, ruleConfig, runRule, say, umbrellaBaseline, type Files, type Tester
} from './helpers.js';

const code = 'motivation/substantive';
const P = 'provision.provisio';
const necessityBlock = / {4}necessity """[\s\S]*?"""\n/;

/** Exactly 25 words (the default minimum). */
const twentyFiveWords = 'EastmarkGIS controls the border crossings that two Harbour Network facilitators will use in June and can stop them only with their identity and travel data.';
/** The same without "only": 24 words. */
const twentyFourWords = twentyFiveWords.replace(' only', '');

/** The baseline motivation, re-wrapped and indented deeper. */
const reindented = `    necessity """
                The AIVD investigates the Harbour Network, which moves recruits from the
                Netherlands to a conflict zone through Eastmark. Two of its facilitators are
                expected to cross into Eastmark in June. Only EastmarkGIS controls those border
                crossings, and it can stop the facilitators only if it knows who they are and how they travel.
            """
`;
/** The baseline motivation on one line, with other punctuation and letter case. */
const repunctuated = '    necessity "the aivd investigates the Harbour Network -- which moves recruits from the Netherlands to a conflict zone through Eastmark; two of its facilitators are expected to cross into Eastmark in June! Only EastmarkGIS controls those border crossings and it can stop the facilitators only if it knows: who they are, and how they travel"\n';

/** A second provision in its own file, identical to the baseline apart from its name, date and the given motivation. */
function withSecondProvision(necessity: string): Files {
    const second = edits({ f: provisionText }, 'f',
        ['P-2025-0117', 'P-2025-0118'],
        ['date 2025-05-14', 'date 2025-05-20'],
        [necessityBlock, necessity]).f;
    return { ...baseline(), 'provision-0118.provisio': second };
}

let tester: Tester;
beforeAll(async () => { tester = await createTester(); });
afterEach(() => tester.clear());

describe(`${code}: length`, () => {
    test('a one-sentence motivation is a warning at the necessity clause, with its word count and the minimum', async () => {
        const result = await tester.check(edit(baseline(), P, necessityBlock, '    necessity "Needed for the Harbour Network investigation."\n'));
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Warning, node: result.provision('P-2025-0117').necessity!,
            message: ['The necessity motivation of provision P-2025-0117 has 6 words; at least 25 are expected', 'why this recipient must have it']
        });
        expect(result.codes()).toEqual([code]);
        expectWarning(result.file(P), /has 6 words; at least 25/, { node: result.provision('P-2025-0117').necessity!, code });
    });

    test('the full message, in English and in Dutch, with the word count in the plural and the singular', async () => {
        const files = edit(baseline(), P, necessityBlock, '    necessity "Needed for the Harbour Network investigation."\n');
        expect((await tester.check(files)).withCode(code).map(diagnostic => diagnostic.message)).toEqual([
            'The necessity motivation of provision P-2025-0117 has 6 words; at least 25 are expected. Explain why this data is needed for the task and why this recipient must have it.'
        ]);
        const dutch = await createTester(undefined, { locale: 'nl' });
        expect((await dutch.check(files)).withCode(code).map(diagnostic => diagnostic.message)).toEqual([
            'De motivering van de noodzaak in verstrekking P-2025-0117 telt 6 woorden; verwacht worden ten minste 25 woorden. Leg uit waarom deze gegevens nodig zijn voor de taakuitvoering en waarom juist deze buitenlandse dienst ze moet krijgen.'
        ]);
        const oneWord = await dutch.check(edit(umbrellaBaseline(), 'umbrella.provisio', necessityBlock, '    necessity "Terrorism."\n'));
        expect(oneWord.withCode(code).map(diagnostic => diagnostic.message)).toEqual([
            expect.stringMatching(/^De motivering van de noodzaak in overkoepelende toestemming UP-2025-HARBOUR telt 1 woord; /)
        ]);
        await dutch.clear();
    });

    test('a one-word motivation says "1 word"', async () => {
        const result = await tester.check(edit(baseline(), P, necessityBlock, '    necessity "Terrorism."\n'));
        expect(result.withCode(code).map(d => d.message)).toEqual([expect.stringContaining('has 1 word; at least 25')]);
    });

    test('24 words fire; exactly 25 words (the minimum) do not', async () => {
        const short = await tester.check(edit(baseline(), P, necessityBlock, `    necessity "${twentyFourWords}"\n`));
        expect(short.withCode(code).map(d => d.message)).toEqual([expect.stringContaining('has 24 words; at least 25')]);
        const enough = await tester.check(edit(baseline(), P, necessityBlock, `    necessity "${twentyFiveWords}"\n`));
        expect(enough.codes()).toEqual([]);
    });

    test('punctuation and layout do not count as words', async () => {
        const padded = twentyFourWords.replace(/ /g, ' -- ').replace('.', '. . . !!!');
        const result = await tester.check(edit(baseline(), P, necessityBlock, `    necessity """\n        ${padded}\n    """\n`));
        expect(result.withCode(code).map(d => d.message)).toEqual([expect.stringContaining('has 24 words')]);
    });

    test('an umbrella motivation is held to the same minimum', async () => {
        const result = await tester.check(edit(umbrellaBaseline(), 'umbrella.provisio', necessityBlock, '    necessity "Travel movements of Harbour Network facilitators in 2025."\n'));
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Warning, node: result.umbrella('UP-2025-HARBOUR').necessity!,
            message: ['The necessity motivation of umbrella UP-2025-HARBOUR has 8 words']
        });
    });

    test('an empty motivation is left to motivation/necessity-required', async () => {
        const result = await tester.check(edit(baseline(), P, necessityBlock, '    necessity ""\n'));
        expectNone(result, code);
        expect(result.codes()).toEqual(['motivation/necessity-required']);
    });

    test('option minWords, from a configuration file: 60 makes the 53-word baseline too short', async () => {
        const configured = await createTester(ruleConfig(code, { minWords: 60 }));
        const result = await configured.check(baseline());
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Warning, node: result.provision('P-2025-0117').necessity!,
            message: ['has 53 words; at least 60 are expected']
        });
    });

    test('option minWords, called directly: 53 is enough, 54 is not', async () => {
        const result = await tester.check(baseline());
        const necessity = result.provision('P-2025-0117').necessity!;
        expect(runRule(code, necessity, { minWords: 53 })).toEqual([]);
        const findings = runRule(code, necessity, { minWords: 54 });
        expect(findings.map(finding => say(code, finding))).toEqual([expect.stringContaining('has 53 words; at least 54')]);
        expect(findings[0].node).toBe(necessity);
    });
});

describe(`${code}: reuse`, () => {
    test('the same motivation in two files, re-indented and re-wrapped, is a warning on both, pointing at the other', async () => {
        const result = await tester.check(withSecondProvision(reindented));
        const first = result.provision('P-2025-0117').necessity!;
        const second = result.provision('P-2025-0118').necessity!;
        const findings = result.withCode(code);
        expect(findings).toHaveLength(2);
        const onFirst = findings.find(d => d.message.startsWith('The necessity motivation of provision P-2025-0117 '))!;
        const onSecond = findings.find(d => d.message.startsWith('The necessity motivation of provision P-2025-0118 '))!;
        expectAt(onFirst, {
            severity: DiagnosticSeverity.Warning, node: first,
            message: ['The necessity motivation of provision P-2025-0117 is the same text as that of provision P-2025-0118', 'Motivate this provision on its own']
        });
        expectAt(onSecond, {
            severity: DiagnosticSeverity.Warning, node: second,
            message: ['The necessity motivation of provision P-2025-0118 is the same text as that of provision P-2025-0117']
        });
        expect(result.file(P).diagnostics.map(d => d.code)).toEqual([code]);
        expect(result.file('provision-0118.provisio').diagnostics.map(d => d.code)).toEqual([code]);
        expect(onFirst.relatedInformation).toEqual([{
            location: { uri: 'file:///ws/provision-0118.provisio', range: rangeOf(second) },
            message: 'Same motivation in provision P-2025-0118'
        }]);
        expect(onSecond.relatedInformation).toEqual([{
            location: { uri: 'file:///ws/provision.provisio', range: rangeOf(first) },
            message: 'Same motivation in provision P-2025-0117'
        }]);
    });

    test('reuse is found in the very first build of a new checker, as the CLI builds only once', async () => {
        const fresh = await createTester();
        const result = await fresh.check(withSecondProvision(reindented));
        expect(result.withCode(code)).toHaveLength(2);
        await fresh.clear();
    });

    test('a copy with other punctuation and letter case, on one line, is still the same motivation', async () => {
        const result = await tester.check(withSecondProvision(repunctuated));
        expect(result.withCode(code).map(d => d.message).sort()).toEqual([
            expect.stringContaining('of provision P-2025-0117 is the same text as that of provision P-2025-0118'),
            expect.stringContaining('of provision P-2025-0118 is the same text as that of provision P-2025-0117')
        ]);
    });

    test('a motivation copied into three provisions names both others', async () => {
        const files = withSecondProvision(reindented);
        const third = edits({ f: provisionText }, 'f', ['P-2025-0117', 'P-2025-0119'], ['date 2025-05-14', 'date 2025-05-28']).f;
        const result = await tester.check({ ...files, 'provision-0119.provisio': third });
        const onFirst = result.withCode(code).filter(d => d.message.startsWith('The necessity motivation of provision P-2025-0117 '));
        expect(onFirst).toHaveLength(1);
        expect(onFirst[0].message).toContain('same text as that of provision P-2025-0118 and provision P-2025-0119');
        expect(onFirst[0].relatedInformation).toHaveLength(2);
        expect(result.withCode(code)).toHaveLength(3);
    });

    test('a provision that copies its umbrella\'s motivation is reported', async () => {
        const umbrellaMotivation = /necessity """\n {8}The Harbour Network moves[\s\S]*?"""/.exec(umbrellaBaseline()['umbrella.provisio'])![0];
        const result = await tester.check(edit(umbrellaBaseline(), P, necessityBlock, `    ${umbrellaMotivation}\n`));
        expect(result.withCode(code).map(d => d.message).sort()).toEqual([
            expect.stringContaining('of provision P-2025-0231 is the same text as that of umbrella UP-2025-HARBOUR'),
            expect.stringContaining('of umbrella UP-2025-HARBOUR is the same text as that of provision P-2025-0231')
        ]);
    });

    test('a motivation copied many times names three other places and counts the rest, however many copies there are', async () => {
        const copies = (count: number): Files => Object.fromEntries(Array.from({ length: count }, (_, index) => {
            const name = `P-2025-${String(200 + index).padStart(4, '0')}`;
            return [`copy-${index}.provisio`, edits({ f: provisionText }, 'f', ['P-2025-0117', name], [necessityBlock, reindented]).f];
        }));
        const result = await tester.check({ 'registry.provisio': registryText, ...copies(8) });
        const reuse = result.withCode(code);
        expect(reuse).toHaveLength(8);
        expect(reuse[0].message).toMatch(/is the same text as that of provision P-2025-\d{4}, provision P-2025-\d{4}, provision P-2025-\d{4} and 4 more\. Motivate/);
        expect(reuse[0].relatedInformation).toHaveLength(3);
        // The message and related information stay the same size however many copies there are.
        const many = await tester.check({ 'registry.provisio': registryText, ...copies(200) });
        const messages = many.withCode(code).map(diagnostic => diagnostic.message);
        expect(messages).toHaveLength(200);
        expect(Math.max(...messages.map(message => message.length))).toBeLessThan(300);
        expect(messages[0]).toContain('and 196 more');
    });

    test('the full message and related information, in English and in Dutch', async () => {
        const english = await tester.check(withSecondProvision(reindented));
        const onFirst = (result: typeof english) => result.file(P).diagnostics.find(diagnostic => diagnostic.code === code)!;
        expect(onFirst(english).message).toBe('The necessity motivation of provision P-2025-0117 is the same text as that of provision P-2025-0118. Motivate this provision on its own.');
        expect(onFirst(english).relatedInformation?.map(related => related.message)).toEqual(['Same motivation in provision P-2025-0118']);
        const dutch = await createTester(undefined, { locale: 'nl' });
        const result = await dutch.check(withSecondProvision(reindented));
        expect(onFirst(result).message).toBe('De motivering van de noodzaak in verstrekking P-2025-0117 is dezelfde tekst als die in verstrekking P-2025-0118. Motiveer deze verstrekking op zichzelf.');
        expect(onFirst(result).relatedInformation?.map(related => related.message)).toEqual(['Dezelfde motivering in verstrekking P-2025-0118']);
        await dutch.clear();
    });

    test('two others are joined with "and"; beyond three, the rest is counted, in the singular and the plural, in both languages', async () => {
        const names = ['P-2025-0118', 'P-2025-0119', 'P-2025-0120', 'P-2025-0121', 'P-2025-0122'];
        const files = Object.fromEntries(names.map((name, index) => [`copy-${index}.provisio`, edits({ f: provisionText }, 'f', ['P-2025-0117', name], [necessityBlock, reindented]).f]));
        const result = await tester.check({ ...baseline(), ...files });
        const necessity = result.provision('P-2025-0117').necessity!;
        const copies = names.map(name => result.provision(name).necessity!);
        const reuse = (total: number, shown: number) => {
            const [finding] = runRule(code, necessity, {}, { sameMotivation: () => ({ total, shown: copies.slice(0, shown) }) });
            return [say(code, finding), say(code, finding, 'nl')];
        };
        expect(reuse(2, 2)).toEqual([
            'The necessity motivation of provision P-2025-0117 is the same text as that of provision P-2025-0118 and provision P-2025-0119. Motivate this provision on its own.',
            'De motivering van de noodzaak in verstrekking P-2025-0117 is dezelfde tekst als die in verstrekking P-2025-0118 en verstrekking P-2025-0119. Motiveer deze verstrekking op zichzelf.'
        ]);
        expect(reuse(4, 3)).toEqual([
            'The necessity motivation of provision P-2025-0117 is the same text as that of provision P-2025-0118, provision P-2025-0119, provision P-2025-0120 and 1 more. Motivate this provision on its own.',
            'De motivering van de noodzaak in verstrekking P-2025-0117 is dezelfde tekst als die in verstrekking P-2025-0118, verstrekking P-2025-0119, verstrekking P-2025-0120 en nog 1 andere. Motiveer deze verstrekking op zichzelf.'
        ]);
        expect(reuse(5, 3)).toEqual([
            expect.stringContaining('provision P-2025-0120 and 2 more. Motivate'),
            expect.stringContaining('verstrekking P-2025-0120 en nog 2 andere. Motiveer')
        ]);
    });

    test('motivations that differ in one word are not word-for-word reuse (motivation/near-copy reports them)', async () => {
        const result = await tester.check(withSecondProvision(reindented.replace('in June', 'in July')));
        expectNone(result, code);
        expect(result.codes()).toEqual(['motivation/near-copy', 'motivation/near-copy']);
    });

    test('a short motivation that is also copied gets both warnings', async () => {
        const short = `    necessity "${twentyFourWords}"\n`;
        const result = await tester.check({ ...withSecondProvision(short), [P]: edit(baseline(), P, necessityBlock, short)[P] });
        const messages = result.withCode(code).map(d => d.message);
        expect(messages.filter(message => message.includes('has 24 words'))).toHaveLength(2);
        expect(messages.filter(message => message.includes('is the same text as'))).toHaveLength(2);
    });

    test('option detectReuse: false turns reuse detection off', async () => {
        const configured = await createTester(ruleConfig(code, { detectReuse: false }));
        const result = await configured.check(withSecondProvision(reindented));
        expectNone(result, code);
        // Called directly, the rule asks the workspace only when detectReuse is on.
        const necessity = result.provision('P-2025-0117').necessity!;
        const other = result.provision('P-2025-0118').necessity!;
        const workspace = { sameMotivation: () => ({ total: 1, shown: [other] }) };
        expect(runRule(code, necessity, { detectReuse: false }, workspace)).toEqual([]);
        expect(runRule(code, necessity, { detectReuse: true }, workspace).map(finding => say(code, finding)))
            .toEqual([expect.stringContaining('same text as that of provision P-2025-0118')]);
    });

    test('does not fire on the baseline, whose motivations are all different', async () => {
        expectNone(await tester.check(baseline()), code);
        expectNone(await tester.check({ ...umbrellaBaseline(), 'provision-0117.provisio': provisionText }), code);
        expect(registryText).not.toContain('necessity');
    });
});
