// motivation/necessity-required — reviewer's rule 1 (docs/domain.md): every provision and umbrella has a necessity motivation.
import { expectError, expectNoIssues } from 'langium/test';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, TextEdit } from 'vscode-languageserver-types';
import type { LangiumDocument } from 'langium';
import type { FindingData } from '../../src/rules/run-rules.js';
import {
    baseline, createTester, DiagnosticSeverity, edit, expectNone, expectOnly, umbrellaBaseline, type Tester
} from './helpers.js';

const code = 'motivation/necessity-required';
const P = 'provision.provisio';
const necessityBlock = / {4}necessity """[\s\S]*?"""\n/;

let tester: Tester;
beforeAll(async () => { tester = await createTester(); });
afterEach(() => tester.clear());

describe(code, () => {
    test('a provision without a necessity clause is an error at its name, saying what to add', async () => {
        const result = await tester.check(edit(baseline(), P, necessityBlock, ''));
        const provision = result.provision('P-2025-0117');
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Error, node: provision, property: 'name',
            message: ['Provision P-2025-0117 has no necessity motivation', 'Add `necessity """…"""`', 'why this recipient']
        });
        expect(result.codes()).toEqual([code]);
        // The same, with Langium's own test helpers: an error of this code at the name, and nothing in the registry.
        expectError(result.file(P), /^Provision P-2025-0117 has no necessity motivation\./, { node: provision, property: 'name', code });
        expectNoIssues(result.file('registry.provisio'));
    });

    test('the full message, in English and in Dutch, for a provision and for an umbrella', async () => {
        const provision = edit(baseline(), P, necessityBlock, '');
        const umbrella = edit(umbrellaBaseline(), 'umbrella.provisio', necessityBlock, '');
        expect((await tester.check(provision)).withCode(code).map(diagnostic => diagnostic.message)).toEqual([
            'Provision P-2025-0117 has no necessity motivation. Add `necessity """…"""` saying why this provision is needed for the service\'s task and why this recipient.'
        ]);
        expect((await tester.check(umbrella)).withCode(code).map(diagnostic => diagnostic.message)).toEqual([
            'Umbrella UP-2025-HARBOUR has no necessity motivation. Add `necessity """…"""` saying why this series of provisions is needed for the service\'s task and why these recipients.'
        ]);
        const dutch = await createTester(undefined, { locale: 'nl' });
        expect((await dutch.check(provision)).withCode(code).map(diagnostic => diagnostic.message)).toEqual([
            'Verstrekking P-2025-0117 bevat geen motivering van de noodzaak. Voeg `necessity """…"""` toe en leg daarin uit waarom deze verstrekking nodig is voor de taakuitvoering van de dienst en waarom juist deze buitenlandse dienst.'
        ]);
        expect((await dutch.check(umbrella)).withCode(code).map(diagnostic => diagnostic.message)).toEqual([
            'Overkoepelende toestemming UP-2025-HARBOUR bevat geen motivering van de noodzaak. Voeg `necessity """…"""` toe en leg daarin uit waarom deze reeks verstrekkingen nodig is voor de taakuitvoering van de dienst en waarom juist deze buitenlandse diensten.'
        ]);
        await dutch.clear();
    });

    test('an empty motivation string is an error at the necessity clause', async () => {
        const result = await tester.check(edit(baseline(), P, necessityBlock, '    necessity ""\n'));
        const provision = result.provision('P-2025-0117');
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Error, node: provision.necessity!,
            message: ['Provision P-2025-0117 has no necessity motivation']
        });
        // An empty motivation is not also reported as "too short".
        expect(result.codes()).toEqual([code]);
    });

    test('a text block holding only whitespace is an error', async () => {
        const result = await tester.check(edit(baseline(), P, necessityBlock, '    necessity """\n        \n    """\n'));
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Error, node: result.provision('P-2025-0117').necessity!,
            message: ['has no necessity motivation']
        });
    });

    test.each([
        ['the ellipsis of the suggested `necessity """…"""`', '    necessity """…"""\n'],
        ['a dash', '    necessity "-"\n'],
        ['punctuation only', '    necessity "?! ... ?"\n']
    ])('a placeholder motivation without words (%s) is an error at the necessity clause', async (_what, necessity) => {
        const result = await tester.check(edit(baseline(), P, necessityBlock, necessity));
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Error, node: result.provision('P-2025-0117').necessity!,
            message: ['Provision P-2025-0117 has no necessity motivation']
        });
        expect(result.codes()).toEqual([code]);
    });

    test('an umbrella without a necessity clause is an error at its name', async () => {
        const result = await tester.check(edit(umbrellaBaseline(), 'umbrella.provisio', necessityBlock, ''));
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Error, node: result.umbrella('UP-2025-HARBOUR'), property: 'name',
            message: ['Umbrella UP-2025-HARBOUR has no necessity motivation']
        });
        expect(result.codes()).toEqual([code]);
    });

    test('a provision under an umbrella still needs its own motivation', async () => {
        const result = await tester.check(edit(umbrellaBaseline(), P, necessityBlock, ''));
        expectOnly(result, code, {
            severity: DiagnosticSeverity.Error, node: result.provision('P-2025-0231'), property: 'name',
            message: ['Provision P-2025-0231 has no necessity motivation']
        });
    });

    test('a background check and a group provision are named by their kind', async () => {
        const check = await tester.check(edit(edit(baseline(), P, necessityBlock, ''), P, 'provision P-2025-0117', 'background-check P-2025-0117'));
        expectOnly(check, code, {
            severity: DiagnosticSeverity.Error, node: check.provision('P-2025-0117'), property: 'name',
            message: ['Background check P-2025-0117 has no necessity motivation']
        });
        const group = await tester.check(edit(edit(baseline(), P, necessityBlock, ''), P, 'provision P-2025-0117', 'group-provision P-2025-0117'));
        expect(group.withCode(code).map(d => d.message)).toEqual([expect.stringContaining('Group provision P-2025-0117 has no necessity motivation')]);
    });

    test('does not fire on the baseline or the umbrella baseline', async () => {
        expectNone(await tester.check(baseline()), code);
        expectNone(await tester.check(umbrellaBaseline()), code);
    });

    test('does not fire on a motivation that is present but short (that is motivation/substantive)', async () => {
        const result = await tester.check(edit(baseline(), P, necessityBlock, '    necessity "Needed for the Harbour Network investigation."\n'));
        expectNone(result, code);
        expect(result.codes()).toEqual(['motivation/substantive']);
    });
});

/** The text after the diagnostic's only fix, which is a suggestion (the editor offers it; `--fix` does not apply it). */
function applySuggestion(document: LangiumDocument, diagnostic: Diagnostic): string {
    const data = diagnostic.data as FindingData;
    expect(data.fix, '--fix does not write motivations').toBeUndefined();
    expect(data.suggestions).toHaveLength(1);
    expect(data.suggestions![0].preferred).toBe(true);
    const text = TextDocument.create(document.uri.toString(), 'provisio', 0, document.textDocument.getText());
    return TextDocument.applyEdits(text, data.suggestions![0].edits as TextEdit[]);
}

describe(`${code}: the skeleton quick fix`, () => {
    const answered = (text: string) => text.replace(/\? …/g, '? The Harbour Network moves recruits through Eastmark, and only EastmarkGIS controls the crossings they use.');

    test('adds the questions a reviewer asks after the data block; until they are answered the rule reports them', async () => {
        const result = await tester.check(edit(baseline(), P, necessityBlock, ''));
        const fixed = applySuggestion(result.file(P).document, result.withCode(code)[0]);
        expect(fixed).toContain([
            '        period 2024-11-01 to 2025-04-30',
            '    }',
            '    necessity """',
            '        Which task of the service does this provision serve, and which threat or investigation is it about? …',
            '        Why is this data needed, and why would less data, or none, not do? …',
            '        Why this recipient: what can it do with the data that the service cannot do itself? …',
            '        Why now: what is lost if the data is given later or not at all? …',
            '    """',
            '    mitigation for human-rights'
        ].join('\n'));
        const withSkeleton = await tester.check({ ...baseline(), [P]: fixed });
        expectOnly(withSkeleton, code, {
            severity: DiagnosticSeverity.Error, node: withSkeleton.provision('P-2025-0117').necessity!,
            message: ['Provision P-2025-0117 has a necessity motivation with 4 unanswered questions. Replace each `…` with the answer.']
        });
        expect(withSkeleton.codes()).toEqual([code]);
        expect((await tester.check({ ...baseline(), [P]: answered(fixed) })).codes()).toEqual([]);
    });

    test('replaces an empty motivation, and asks an umbrella and a group provision their own questions', async () => {
        const empty = await tester.check(edit(baseline(), P, necessityBlock, '    necessity ""\n'));
        const fixed = applySuggestion(empty.file(P).document, empty.withCode(code)[0]);
        expect(fixed).toContain('    }\n    necessity """\n        Which task of the service does this provision serve');
        expect(fixed).not.toMatch(/necessity ""\n/);
        const umbrella = await tester.check(edit(umbrellaBaseline(), 'umbrella.provisio', necessityBlock, ''));
        expect(applySuggestion(umbrella.file('umbrella.provisio').document, umbrella.withCode(code)[0]))
            .toContain('        Why is a series of provisions needed, rather than a decision on each provision? …\n');
        const group = await tester.check(edit(edit(baseline(), P, necessityBlock, ''), P, 'provision P-2025-0117', 'group-provision P-2025-0117'));
        expect(applySuggestion(group.file(P).document, group.withCode(code)[0]))
            .toContain('        Why these recipients together: what does the group achieve that a provision to each alone would not? …\n');
    });

    test('the open questions, in full, in English and in Dutch', async () => {
        const skeleton = '    necessity """\n        Why now? …\n        Why this recipient? The border crossings are in Eastmark.\n    """\n';
        expect((await tester.check(edit(baseline(), P, necessityBlock, skeleton))).withCode(code).map(diagnostic => diagnostic.message)).toEqual([
            'Provision P-2025-0117 has a necessity motivation with 1 unanswered question. Replace each `…` with the answer.'
        ]);
        const dutch = await createTester(undefined, { locale: 'nl' });
        expect((await dutch.check(edit(baseline(), P, necessityBlock, skeleton))).withCode(code).map(diagnostic => diagnostic.message)).toEqual([
            'Verstrekking P-2025-0117 bevat een motivering van de noodzaak met 1 onbeantwoorde vraag. Vervang elke `…` door het antwoord.'
        ]);
        await dutch.clear();
    });

    test('an ellipsis that follows no question is prose, not an open question', async () => {
        const quoted = '    necessity """\n        The recruiter wrote "come now … the crossing is open" in a message to two recruits; EastmarkGIS controls the crossing and can stop them if it knows who they are and when they travel.\n    """\n';
        expectNone(await tester.check(edit(baseline(), P, necessityBlock, quoted)), code);
    });
});
