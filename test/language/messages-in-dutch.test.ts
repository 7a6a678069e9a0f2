// The language's own messages, from the same text, in English and in Dutch: syntax errors,
// unknown names, duplicates, missing clauses and dates. Codes and ranges do not change with
// the language; only the words do.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestWorkspace, type TestWorkspace } from '../support/workspace.js';

const registry = `service AIVD "Algemene Inlichtingen- en Veiligheidsdienst"
recipient NorthlandSIS "Northland Security and Intelligence Service" {
    weighing-note WN-1 {
        assessed 2024-09-15 method joint review-due 2026-09-15
        democratic-anchoring adequate human-rights adequate professionalism adequate
        legal-powers adequate data-protection risk
        permits analytical
    }
}
`;

const cases: Record<string, string> = {
    halfTyped: 'provision P-1 {\n    by AIVD\n    necessity\n}\n',
    unknown: 'provision P-2 {\n    by AIVD\n    to NorthlandSI\n    date 2025-02-30\n    data { period 2025-03-01 to 2025-01-01 }\n}\n',
    duplicate: 'service AIVD\numbrella U-1 {\n    by AIVD\n}\n',
    clause: 'provision P-3 {\n    by AIVD\n    scope { }\n}\n',
    comment: 'provision P-4 {\n    by AIVD\n    date 2025-02-30\n}\n/* Draft, to be finished:\n    by AIVD\nprovision P-5 {\n    to NorthlandSI\n}\n'
};

let english: TestWorkspace;
let dutch: TestWorkspace;
beforeAll(async () => { [english, dutch] = await Promise.all([createTestWorkspace('en'), createTestWorkspace('nl')]); });
afterAll(async () => { await english.clear(); await dutch.clear(); });

/** The language diagnostics of one case (and of the registry beside it), as code, line and message. */
async function messages(workspace: TestWorkspace, name: string): Promise<Array<[string, number, string]>> {
    await workspace.clear();
    const documents = await workspace.build({ registry, [name]: cases[name] });
    return [...documents.registry.diagnostics ?? [], ...documents[name].diagnostics ?? []]
        .filter(diagnostic => String(diagnostic.code).startsWith('language/') && !(diagnostic.code === 'language/risk-without-reason' && name !== 'unknown'))
        .map(diagnostic => [String(diagnostic.code), diagnostic.range.start.line, diagnostic.message as string] as [string, number, string])
        .sort((a, b) => a[0].localeCompare(b[0]) || a[1] - b[1]);
}

describe('language messages in both languages', () => {
    test('a half-typed clause', async () => {
        expect((await messages(english, 'halfTyped')).map(([, , message]) => message)).toEqual(['Expected a quoted text or a """ text block but found `}`.']);
        expect((await messages(dutch, 'halfTyped')).map(([, , message]) => message)).toEqual(['Hier wordt een tekst tussen aanhalingstekens of een """-tekstblok verwacht; gevonden: `}`.']);
    });

    test('an unknown name, an impossible date, a period that runs backwards, a risk without reason', async () => {
        const inEnglish = await messages(english, 'unknown');
        const inDutch = await messages(dutch, 'unknown');
        expect(inDutch.map(([code, line]) => [code, line])).toEqual(inEnglish.map(([code, line]) => [code, line]));
        expect(inDutch.map(([, , message]) => message)).toEqual([
            '2025-02-30 is geen datum: februari 2025 heeft 28 dagen.',
            'De periode eindigt op 2025-01-01, vóór het begin op 2025-03-01.',
            'data-protection is als risico beoordeeld zonder reden. Geef de reden tussen aanhalingstekens: `data-protection risk "<reden>"`.',
            'Onbekende buitenlandse dienst `NorthlandSI`. Bedoelt u `NorthlandSIS`? Voeg haar toe: `recipient NorthlandSI "<volledige naam>" { … }`.'
        ]);
        expect(inEnglish.map(([, , message]) => message)).toContain('Unknown recipient `NorthlandSI`. Did you mean `NorthlandSIS`? Declare it: `recipient NorthlandSI "<full name>" { … }`.');
    });

    test('a name declared twice and missing clauses', async () => {
        expect((await messages(dutch, 'duplicate')).map(([, , message]) => message)).toEqual([
            'De naam AIVD is al vastgelegd in regel 1 van duplicate.provisio. Namen zijn uniek in de hele werkruimte; geef een van beide een andere naam.',
            'De naam AIVD is al vastgelegd in regel 1 van registry.provisio. Namen zijn uniek in de hele werkruimte; geef een van beide een andere naam.',
            'Overkoepelende toestemming U-1 vermeldt niet om welke soort toestemming het gaat. Voeg `kind umbrella-permission`, `authorisation-note` of `multilateral` toe.',
            'Overkoepelende toestemming U-1 noemt geen ontvangende diensten. Voeg `recipients <ontvanger>, …` toe.',
            'Overkoepelende toestemming U-1 heeft geen geldigheidsperiode. Voeg `valid JJJJ-MM-DD to JJJJ-MM-DD` toe.'
        ]);
    });

    test('a clause of another block', async () => {
        expect((await messages(dutch, 'clause')).map(([, , message]) => message)).toEqual([
            '`scope` is geen onderdeel van een verstrekking. Bedoelt u `data`? Verwacht een van: `by`, `to`, `date`, `under`, `data`, `necessity`, `mitigation`, `risk`, `conditions`, `approved`, `oversight-notified`, `}`.',
            'Deze `}` sluit geen blok af. Verwijder hem, of controleer de accolades erboven.'
        ]);
    });

    test('an unclosed comment, with the declarations before and after it still checked', async () => {
        const inEnglish = await messages(english, 'comment');
        const inDutch = await messages(dutch, 'comment');
        expect(inDutch.map(([code, line]) => [code, line])).toEqual(inEnglish.map(([code, line]) => [code, line]));
        expect(inEnglish.filter(([code]) => code !== 'language/missing-clause')).toEqual([
            ['language/invalid-date', 2, '2025-02-30 is not a date: February 2025 has 28 days.'],
            ['language/syntax', 4, 'This /* comment is not closed. End it with */ before the next declaration.'],
            ['language/unresolved-reference', 7, expect.stringMatching(/^Unknown recipient `NorthlandSI`\./)]
        ]);
        expect(inDutch.filter(([code]) => code === 'language/syntax').map(([, , message]) => message)).toEqual([
            'Dit /*-commentaar is niet afgesloten. Sluit het af met */ vóór de volgende declaratie.'
        ]);
    });
});

describe('a name of the wrong kind', () => {
    test('is said to be of its kind, instead of advising to declare it again', async () => {
        for (const [workspace, expected] of [
            [english, 'Unknown service'],
            [dutch, 'Onbekende dienst']
        ] as const) {
            await workspace.clear();
            const documents = await workspace.build({ registry, p: 'provision P-5 {\n    by NorthlandSIS\n    to NorthlandSIS\n}\n' });
            const messages = (documents.p.diagnostics ?? []).filter(diagnostic => diagnostic.code === 'language/unresolved-reference').map(diagnostic => diagnostic.message);
            expect(messages).toEqual([workspace === english
                ? '`NorthlandSIS` is a recipient, not a service. Name a service here.'
                : '`NorthlandSIS` is een buitenlandse dienst en niet een verstrekkende dienst. Noem hier een verstrekkende dienst.']);
            expect(messages.join()).not.toContain(expected);
        }
    });
});
