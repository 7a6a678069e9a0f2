// Every quick fix, applied as the editor applies it (the code action provider's workspace
// edit), on the shipped examples: the finding it fixes goes, and the only findings it adds
// are the ones this fix means to leave (a placeholder the author must fill in is reported).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver-types';
import { describe, expect, test } from 'vitest';
import type { Locale } from '../../src/i18n/messages.js';
import { createProvisioServices } from '../../src/language/provisio-module.js';
import { ProvisioLspModule } from '../../src/lsp/lsp-module.js';
import type { FindingData } from '../../src/rules/run-rules.js';

const examplesFolder = join(__dirname, '../../examples');

function exampleFiles(folder = examplesFolder): Record<string, string> {
    const files: Record<string, string> = {};
    for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
        if (entry.isFile() && entry.name.endsWith('.provisio')) {
            const path = join(entry.parentPath, entry.name);
            files[relative(examplesFolder, path)] = readFileSync(path, 'utf8');
        }
    }
    return files;
}

const examples = exampleFiles();
const uriOf = (name: string) => URI.file(`/examples/${name}`).toString();
const nameOf = (uri: string) => relative('/examples', URI.parse(uri).fsPath);

interface Workspace {
    documents: Map<string, LangiumDocument>;
    /** Every finding as `file: code messageId`, for comparing before and after a fix (lines move, so they are left out). */
    findings(): string[];
    diagnostics(file: string, code: string, messageId?: string): Diagnostic[];
    actions(file: string, diagnostic: Diagnostic): CodeAction[];
    /** Gives some files new text and checks again, in the same services (fast: only what depends on them is rebuilt). */
    update(files: Record<string, string>): Promise<void>;
}

async function load(files: Record<string, string>, locale: Locale = 'en'): Promise<Workspace> {
    const { shared, provisio } = createProvisioServices(EmptyFileSystem, { language: ProvisioLspModule });
    provisio.i18n.Translator.locale = locale;
    await shared.workspace.WorkspaceManager.initializeWorkspace([]);
    const documents = new Map<string, LangiumDocument>();
    for (const [name, text] of Object.entries(files)) {
        const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(uriOf(name)));
        shared.workspace.LangiumDocuments.addDocument(document);
        documents.set(name, document);
    }
    await shared.workspace.DocumentBuilder.build([...documents.values()], { validation: true });
    const diagnosticsOf = (name: string) => documents.get(name)?.diagnostics ?? [];
    const versions = new Map<string, number>();
    return {
        documents,
        findings: () => [...documents].flatMap(([name, document]) => (document.diagnostics ?? [])
            .map(diagnostic => `${name}: ${String(diagnostic.code)} ${(diagnostic.data as FindingData | undefined)?.messageId ?? ''}`.trim())).sort(),
        diagnostics: (name, code, messageId) => diagnosticsOf(name).filter(diagnostic => diagnostic.code === code && (messageId === undefined || (diagnostic.data as FindingData).messageId === messageId)),
        actions: (name, diagnostic) => provisio.lsp.CodeActionProvider!.getCodeActions(documents.get(name)!, {
            textDocument: { uri: uriOf(name) }, range: diagnostic.range, context: { diagnostics: [diagnostic] }
        }) as CodeAction[],
        async update(changed) {
            for (const [name, text] of Object.entries(changed)) {
                const version = (versions.get(name) ?? 0) + 1;
                versions.set(name, version);
                shared.workspace.TextDocuments!.set(TextDocument.create(uriOf(name), 'provisio', version, text));
            }
            await shared.workspace.DocumentBuilder.update(Object.keys(changed).map(name => URI.parse(uriOf(name))), []);
        }
    };
}

/** The files after a code action's workspace edit. */
function applyAction(files: Record<string, string>, action: CodeAction): Record<string, string> {
    const changed = { ...files };
    for (const [uri, edits] of Object.entries(action.edit?.changes ?? {})) {
        const name = nameOf(uri);
        changed[name] = TextDocument.applyEdits(TextDocument.create(uri, 'provisio', 0, files[name]), edits as TextEdit[]);
    }
    return changed;
}

/** What applying the action removes and adds, as `file: code messageId` lines. */
async function effectOf(files: Record<string, string>, before: Workspace, action: CodeAction) {
    const after = await load(applyAction(files, action));
    const was = before.findings();
    const now = after.findings();
    return { removed: difference(was, now), added: difference(now, was), after };
}

const messageIdOf = (diagnostic: Diagnostic) => (diagnostic.data as FindingData | undefined)?.messageId;

function difference(from: readonly string[], without: readonly string[]): string[] {
    const rest = [...without];
    return from.filter(item => {
        const index = rest.indexOf(item);
        if (index >= 0) {
            rest.splice(index, 1);
            return false;
        }
        return true;
    });
}

function edit(files: Record<string, string>, name: string, from: string, to: string): Record<string, string> {
    expect(files[name], `${name} contains ${from}`).toContain(from);
    return { ...files, [name]: files[name].replace(from, to) };
}

interface Case {
    /** What the fix is, as the test names it. */
    name: string;
    files?: Record<string, string>;
    file: string;
    code: string;
    messageId?: string;
    /** The title of the action to apply. */
    title: string;
    preferred: boolean;
    /** The findings the fix removes and adds, as `file: code messageId`. */
    removes: string[];
    adds: string[];
}

const D = (name: string) => `defects/${name}.provisio`;

const outsideValidity = edit(examples, D('umbrella-within-umbrella'), 'date 2022-10-11', 'date 2023-01-16');

const cases: Case[] = [
    {
        name: 'standard conditions', file: D('conditions-standard-conditions'), code: 'conditions/standard-conditions',
        title: 'Add third-party-rule and intelligence-use-only to the conditions', preferred: true,
        removes: [`${D('conditions-standard-conditions')}: conditions/standard-conditions missing`],
        adds: []
    },
    {
        name: 'destruction request', file: D('background-check-destruction-request'), code: 'background-check/destruction-request',
        title: 'Add destruction-request to the conditions', preferred: true,
        removes: [`${D('background-check-destruction-request')}: background-check/destruction-request missing`],
        adds: []
    },
    {
        name: 'a mitigation for the criteria at risk, its text left to the author', file: D('risk-mitigation-required'), code: 'risk/mitigation-required',
        title: 'Add mitigation for human-rights "…"', preferred: true,
        removes: [`${D('risk-mitigation-required')}: risk/mitigation-required uncovered`],
        adds: [`${D('risk-mitigation-required')}: risk/mitigation-substance pointerOnly`]
    },
    {
        name: 'a mitigation for the criterion still unaddressed, its text left to the author', file: D('risk-criteria-mitigated'), code: 'risk/criteria-mitigated',
        title: 'Add mitigation for data-protection "…"', preferred: true,
        removes: [`${D('risk-criteria-mitigated')}: risk/criteria-mitigated unaddressed`],
        adds: [`${D('risk-criteria-mitigated')}: risk/mitigation-substance pointerOnly`]
    },
    {
        name: 'a background check\'s weighing of the risks, its text left to the author', file: D('background-check-risk-weighed'), code: 'background-check/risk-weighed',
        title: 'Add mitigation for legal-powers, data-protection "…"', preferred: true,
        removes: [`${D('background-check-risk-weighed')}: background-check/risk-weighed notWeighed`],
        adds: [`${D('background-check-risk-weighed')}: risk/mitigation-substance pointerOnly`]
    },
    {
        name: 'necessity skeleton', file: D('motivation-necessity-required'), code: 'motivation/necessity-required',
        title: 'Add a necessity motivation with the questions to answer', preferred: true,
        removes: [`${D('motivation-necessity-required')}: motivation/necessity-required missing`],
        adds: [`${D('motivation-necessity-required')}: motivation/necessity-required unanswered`]
    },
    {
        name: 'approval raised to the required level', file: D('approval-required-approval'), code: 'approval/required-approval',
        title: 'Change the approval to `head-of-service`', preferred: true,
        removes: [`${D('approval-required-approval')}: approval/required-approval tooLow`],
        adds: []
    },
    {
        name: 'oversight notification', file: D('approval-oversight-notified'), code: 'approval/oversight-notified',
        title: 'Add `oversight-notified` (then add the date)', preferred: true,
        removes: [`${D('approval-oversight-notified')}: approval/oversight-notified notNotified`],
        adds: [`${D('approval-oversight-notified')}: approval/oversight-notified undated`]
    },
    {
        name: 'form declaration (evaluated)', file: D('scope-form-declared'), code: 'scope/form-declared',
        title: 'Declare the data as `evaluated`', preferred: false,
        removes: [`${D('scope-form-declared')}: scope/form-declared undeclared`],
        adds: []
    },
    {
        name: 'form declaration (analytical)', file: D('scope-form-declared'), code: 'scope/form-declared',
        title: 'Declare the data as `analytical`', preferred: false,
        removes: [`${D('scope-form-declared')}: scope/form-declared undeclared`],
        adds: []
    },
    {
        name: 'form declaration (unevaluated): the rules then ask for what unevaluated data needs', file: D('scope-form-declared'), code: 'scope/form-declared',
        title: 'Declare the data as `unevaluated`', preferred: false,
        removes: [`${D('scope-form-declared')}: scope/form-declared undeclared`],
        adds: [`${D('scope-form-declared')}: approval/oversight-notified notNotified`, `${D('scope-form-declared')}: approval/required-approval tooLow`]
    },
    {
        name: '`subjects all` narrowed to a count to fill in', file: D('scope-bounded'), code: 'scope/bounded', messageId: 'allSubjects',
        title: 'Replace `subjects all` by a count to fill in', preferred: true,
        removes: [`${D('scope-bounded')}: scope/bounded allSubjects`],
        adds: [`${D('scope-bounded')}: scope/bounded uncountedSubjects`]
    },
    {
        name: 'a date moved into the umbrella\'s validity', files: outsideValidity, file: D('umbrella-within-umbrella'), code: 'umbrella/within-umbrella', messageId: 'outsideValidity',
        title: 'Move the date to 2022-12-31, within the validity', preferred: false,
        removes: [`${D('umbrella-within-umbrella')}: umbrella/within-umbrella outsideValidity`],
        adds: []
    },
    {
        name: 'the `under` clause removed: the rules ask for what the provision no longer inherits', files: outsideValidity, file: D('umbrella-within-umbrella'), code: 'umbrella/within-umbrella', messageId: 'outsideValidity',
        title: 'Remove `under OT-2022-CTP`: justify the provision on its own', preferred: false,
        removes: [`${D('umbrella-within-umbrella')}: umbrella/within-umbrella otherCategory`, `${D('umbrella-within-umbrella')}: umbrella/within-umbrella outsideValidity`],
        // Made to two recipients on its own, it is a group provision, and says so nowhere.
        adds: [`${D('umbrella-within-umbrella')}: approval/required-approval missing`, `${D('umbrella-within-umbrella')}: conditions/standard-conditions missing`, `${D('umbrella-within-umbrella')}: group/collective-motivation notDeclared`]
    },
    {
        name: 'a multilateral umbrella\'s validity ended within twelve months', file: D('umbrella-multilateral-yearly'), code: 'umbrella/multilateral-yearly', messageId: 'tooLong',
        title: 'End the validity on 2023-06-30', preferred: true,
        removes: [`${D('umbrella-multilateral-yearly')}: umbrella/multilateral-yearly tooLong`],
        adds: []
    }
];

const unknownRecipient = edit(examples, D('motivation-necessity-required'), 'to NorthlandSIS', 'to OstmarkSIS');
const unknownService = edit(examples, D('motivation-necessity-required'), 'by AIVD', 'by NCTV');
const unknownCategory = edit(examples, D('motivation-necessity-required'), 'categories identity, travel', 'categories identity, travel-history');
const unknownUmbrella = edit(examples, D('umbrella-within-umbrella'), 'under OT-2022-CTP', 'under OT-2023-CTP');
const R = (name: string) => `workspace/registry/${name}.provisio`;

cases.push(
    {
        name: 'an unknown recipient declared in the file of recipients', files: unknownRecipient, file: D('motivation-necessity-required'), code: 'language/unresolved-reference',
        title: 'Declare recipient `OstmarkSIS` in ../workspace/registry/recipients.provisio', preferred: false,
        removes: [`${D('motivation-necessity-required')}: language/unresolved-reference`],
        // A new recipient has no weighing note yet: the provision to it says so.
        adds: [`${D('motivation-necessity-required')}: recipient/weighing-note-required noNoteInForce`]
    },
    {
        name: 'an unknown service declared in the file of services', files: unknownService, file: D('motivation-necessity-required'), code: 'language/unresolved-reference',
        title: 'Declare service `NCTV` in ../workspace/registry/services.provisio', preferred: false,
        removes: [`${D('motivation-necessity-required')}: language/unresolved-reference`],
        adds: []
    },
    {
        name: 'an unknown category declared in the file of categories', files: unknownCategory, file: D('motivation-necessity-required'), code: 'language/unresolved-reference',
        title: 'Declare data category `travel-history` in ../workspace/registry/categories.provisio', preferred: false,
        removes: [`${D('motivation-necessity-required')}: language/unresolved-reference`],
        adds: []
    },
    {
        name: 'an unknown umbrella declared in the registry', files: unknownUmbrella, file: D('umbrella-within-umbrella'), code: 'language/unresolved-reference',
        title: 'Declare umbrella `OT-2023-CTP` in ../workspace/registry/recipients.provisio', preferred: false,
        removes: [`${D('umbrella-within-umbrella')}: language/unresolved-reference`],
        // The new umbrella has what the provision requires of it (its service and recipients); the checks ask for the rest.
        adds: [
            `${D('umbrella-within-umbrella')}: umbrella/within-umbrella noValidity`,
            `${R('recipients')}: approval/required-approval missing`,
            `${R('recipients')}: conditions/standard-conditions missing`,
            `${R('recipients')}: language/missing-clause`,
            `${R('recipients')}: language/missing-clause`,
            `${R('recipients')}: motivation/necessity-required missing`,
            `${R('recipients')}: scope/bounded noScope`,
            `${R('recipients')}: scope/form-declared undeclared`
        ]
    }
);

const W = (name: string) => `workspace/${name}.provisio`;
const allCategories = edit(examples, D('scope-bounded'), 'categories online-identifiers', 'categories all');
const allCategoriesUnder = edit(examples, W('aivd/P-2022-0077-ctp-online-recruiters'), 'categories identity, online-identifiers', 'categories all');
const otherRecipient = edit(examples, D('umbrella-within-umbrella'), 'to NorthlandSIS, SouthmarkSS', 'to NorthlandSIS, AustralSIS, SouthmarkSS');
const severalOutsideUmbrella = edit(examples, D('umbrella-within-umbrella'), '    under OT-2022-CTP\n', '');
const groupOfOne = edit(examples, D('group-collective-motivation'), /to [A-Za-z]+(, [A-Za-z]+)+/.exec(examples[D('group-collective-motivation')])![0], 'to NorthlandSIS');
const noApproval = edit(examples, D('approval-required-approval'), '    approved mandated-official on 2022-10-03\n', '');

cases.push(
    {
        name: '`categories all` taken out, so the rule asks which categories', files: allCategories, file: D('scope-bounded'), code: 'scope/bounded', messageId: 'allCategories',
        title: 'Remove `categories all`, to name the categories instead', preferred: true,
        removes: [`${D('scope-bounded')}: scope/bounded allCategories`],
        adds: [`${D('scope-bounded')}: scope/bounded noCategories`]
    },
    {
        name: '`categories all` under an umbrella narrowed to the umbrella\'s categories', files: allCategoriesUnder, file: W('aivd/P-2022-0077-ctp-online-recruiters'), code: 'scope/bounded', messageId: 'allCategories',
        title: 'Narrow `categories all` to the umbrella\'s categories: identity, travel, online-identifiers, photograph', preferred: true,
        removes: [`${W('aivd/P-2022-0077-ctp-online-recruiters')}: scope/bounded allCategories`, `${W('aivd/P-2022-0077-ctp-online-recruiters')}: umbrella/within-umbrella allCategories`],
        adds: []
    },
    {
        name: 'a data category outside the umbrella\'s scope removed from the provision', file: D('umbrella-within-umbrella'), code: 'umbrella/within-umbrella', messageId: 'otherCategory',
        title: 'Remove financial from the categories', preferred: true,
        removes: [`${D('umbrella-within-umbrella')}: umbrella/within-umbrella otherCategory`],
        adds: []
    },
    {
        name: 'a recipient outside the umbrella removed from the provision', files: otherRecipient, file: D('umbrella-within-umbrella'), code: 'umbrella/within-umbrella', messageId: 'otherRecipient',
        title: 'Remove AustralSIS from the recipients', preferred: true,
        // Its weighing note did not permit personal data either: that finding goes with it.
        removes: [`${D('umbrella-within-umbrella')}: umbrella/within-umbrella otherRecipient`, `${D('umbrella-within-umbrella')}: recipient/cooperation-permitted beyond`],
        adds: []
    },
    {
        name: 'a provision to several recipients outside an umbrella declared a group provision: the rule then judges its motivation for the group',
        files: severalOutsideUmbrella, file: D('umbrella-within-umbrella'), code: 'group/collective-motivation', messageId: 'notDeclared',
        title: 'Declare it as `group-provision`', preferred: true,
        removes: [`${D('umbrella-within-umbrella')}: group/collective-motivation notDeclared`],
        adds: [`${D('umbrella-within-umbrella')}: group/collective-motivation notForGroup`]
    },
    {
        name: 'a group provision to one recipient made a provision', files: groupOfOne, file: D('group-collective-motivation'), code: 'group/collective-motivation', messageId: 'oneRecipient',
        title: 'Make it a `provision` to one recipient', preferred: false,
        removes: [`${D('group-collective-motivation')}: group/collective-motivation oneRecipient`],
        adds: []
    },
    {
        name: 'a missing approval added at the required level, the date left to the author', files: noApproval, file: D('approval-required-approval'), code: 'approval/required-approval', messageId: 'missing',
        title: 'Add `approved head-of-service` (then add the date)', preferred: true,
        removes: [`${D('approval-required-approval')}: approval/required-approval missing`],
        adds: [`${D('approval-required-approval')}: approval/required-approval undated`]
    }
);

describe('every quick fix on the examples', () => {
    test.each(cases)('$name', async ({ files = examples, file, code, messageId, title, preferred, removes, adds }) => {
        const before = await load(files);
        const [diagnostic] = before.diagnostics(file, code, messageId);
        expect(diagnostic, `a ${code} finding in ${file}`).toBeDefined();
        const actions = before.actions(file, diagnostic);
        const action = actions.find(candidate => candidate.title === title);
        expect(action, `offered: ${actions.map(candidate => candidate.title).join(' | ')}`).toBeDefined();
        expect(action!.isPreferred).toBe(preferred);
        const effect = await effectOf(files, before, action!);
        expect(effect.removed.sort()).toEqual(removes.sort());
        expect(effect.added.sort()).toEqual(adds.sort());
        if (process.env.SHOW_FIXES) {
            for (const [uri] of Object.entries(action!.edit?.changes ?? {})) {
                console.log(`--- ${title}\n${applyAction(files, action!)[nameOf(uri)]}`);
            }
        }
    });
});

describe('quick fixes follow the file', () => {
    const crlf = (files: Record<string, string>) => Object.fromEntries(Object.entries(files).map(([name, text]) => [name, text.replace(/\r?\n/g, '\r\n')]));

    test.each(cases.filter(({ name }) => !name.includes('(analytical)')))('with CRLF line endings: $name', async ({ files = examples, file, code, messageId, title }) => {
        const withCrlf = crlf(files);
        const [lf, crlfWorkspace] = [await load(files), await load(withCrlf)];
        const action = (workspace: Workspace) => workspace.actions(file, workspace.diagnostics(file, code, messageId)[0]).find(candidate => candidate.title === title)!;
        const fixedLf = applyAction(files, action(lf));
        const fixedCrlf = applyAction(withCrlf, action(crlfWorkspace));
        for (const name of Object.keys(action(lf).edit!.changes!).map(nameOf)) {
            expect(fixedCrlf[name]).not.toMatch(/[^\r]\n/);
            expect(fixedCrlf[name]).toBe(fixedLf[name].replace(/\n/g, '\r\n'));
        }
    });

    test('indented with tabs: the skeleton is indented with tabs', async () => {
        const tabbed = { ...examples, [D('motivation-necessity-required')]: examples[D('motivation-necessity-required')].replace(/^( {4})+/gm, indent => '\t'.repeat(indent.length / 4)) };
        const workspace = await load(tabbed);
        const [diagnostic] = workspace.diagnostics(D('motivation-necessity-required'), 'motivation/necessity-required');
        const fixed = applyAction(tabbed, workspace.actions(D('motivation-necessity-required'), diagnostic)[0])[D('motivation-necessity-required')];
        expect(fixed).toContain('\t}\n\n\tnecessity """\n\t\tWhich task of the service does this provision serve');
        expect(fixed).toContain('not at all? …\n\t"""\n\n\tconditions');
    });

    test('in Dutch: the titles and the skeleton\'s questions', async () => {
        const workspace = await load(examples, 'nl');
        const [necessity] = workspace.diagnostics(D('motivation-necessity-required'), 'motivation/necessity-required');
        const [action] = workspace.actions(D('motivation-necessity-required'), necessity);
        expect(action.title).toBe('Voeg een motivering van de noodzaak toe met de vragen die beantwoord moeten worden');
        const fixed = applyAction(examples, action)[D('motivation-necessity-required')];
        expect(fixed).toContain('        Welke taak van de dienst dient deze verstrekking, en om welke dreiging of welk onderzoek gaat het? …\n');
        expect(fixed).toContain('        Waarom nu: wat gaat verloren als de gegevens later of niet worden verstrekt? …\n    """\n');
        const [form] = workspace.diagnostics(D('scope-form-declared'), 'scope/form-declared');
        expect(workspace.actions(D('scope-form-declared'), form).map(candidate => candidate.title)).toEqual([
            'Vermeld de vorm van de gegevens als `analytical`', 'Vermeld de vorm van de gegevens als `evaluated`',
            'Vermeld de vorm van de gegevens als `unevaluated`', 'Vermeld de vorm van de gegevens als `bulk`',
            'Onderdruk scope/form-declared op de volgende regel, met een reden…'
        ]);
        const unknown = await load(unknownRecipient, 'nl');
        const [unresolved] = unknown.diagnostics(D('motivation-necessity-required'), 'language/unresolved-reference');
        expect(unknown.actions(D('motivation-necessity-required'), unresolved).map(candidate => candidate.title))
            .toEqual(['Voeg buitenlandse dienst `OstmarkSIS` toe aan ../workspace/registry/recipients.provisio']);
    });

    test('an unknown name that is close to a declared one is still offered as a declaration, but not as the preferred fix', async () => {
        const misspelt = edit(examples, D('motivation-necessity-required'), 'to NorthlandSIS', 'to NorthlandSSI');
        const workspace = await load(misspelt);
        const [unresolved] = workspace.diagnostics(D('motivation-necessity-required'), 'language/unresolved-reference');
        expect(unresolved.message).toContain('Did you mean `NorthlandSIS`?');
        expect(workspace.actions(D('motivation-necessity-required'), unresolved).map(candidate => [candidate.title, candidate.isPreferred]))
            .toEqual([['Declare recipient `NorthlandSSI` in ../workspace/registry/recipients.provisio', false]]);
    });

    test('a name used as the wrong kind is not offered as a new declaration', async () => {
        const wrongKind = edit(examples, D('motivation-necessity-required'), 'to NorthlandSIS', 'to AIVD');
        const workspace = await load(wrongKind);
        const [unresolved] = workspace.diagnostics(D('motivation-necessity-required'), 'language/unresolved-reference');
        expect(workspace.actions(D('motivation-necessity-required'), unresolved)).toEqual([]);
    });
});

describe('every fix offered anywhere on the examples', () => {
    test('leaves text that parses, and the finding it was offered for is gone', async () => {
        const variants = [examples, outsideValidity, otherRecipient, severalOutsideUmbrella, groupOfOne, allCategories, allCategoriesUnder, noApproval, unknownRecipient, unknownService, unknownCategory, unknownUmbrella];
        let applied = 0;
        // The variants share most of their findings: each fix is tried once.
        const tried = new Set<string>();
        for (const files of variants) {
            const before = await load(files);
            const offered = [...before.documents].flatMap(([name, document]) => (document.diagnostics ?? []).flatMap(diagnostic =>
                before.actions(name, diagnostic).filter(action => action.kind === CodeActionKind.QuickFix).map(action => ({ name, diagnostic, action }))));
            const counts = new Map(offered.map(({ name, diagnostic }) => [name + diagnostic.message, before.diagnostics(name, String(diagnostic.code), messageIdOf(diagnostic)).length]));
            // The same workspace, changed by each fix and changed back.
            const after = before;
            for (const { name, diagnostic, action } of offered) {
                const key = `${name} ${diagnostic.message} ${action.title}`;
                if (tried.has(key)) {
                    continue;
                }
                tried.add(key);
                const fixed = applyAction(files, action);
                const changed = Object.fromEntries(Object.keys(action.edit!.changes!).map(uri => [nameOf(uri), fixed[nameOf(uri)]]));
                await after.update(changed);
                const syntax = [...after.documents.keys()].flatMap(file => after.diagnostics(file, 'language/syntax'));
                expect(syntax.map(error => error.message), action.title).toEqual([]);
                expect(after.diagnostics(name, String(diagnostic.code), messageIdOf(diagnostic)).length, `${action.title}: one ${String(diagnostic.code)} fewer in ${name}`)
                    .toBe(counts.get(name + diagnostic.message)! - 1);
                await after.update(Object.fromEntries(Object.keys(changed).map(file => [file, files[file]])));
                applied++;
            }
        }
        expect(applied).toBeGreaterThanOrEqual(cases.length);
    }, 120_000);

    test('every rule that says it has a fix offers one in the cases above', async () => {
        const { rules } = await import('../../src/rules/registry.js');
        const withFix = rules.filter(rule => rule.hasFix).map(rule => rule.id).sort();
        expect([...new Set(cases.map(({ code }) => code).filter(code => !code.startsWith('language/')))].sort()).toEqual(withFix);
    });
});

describe('Suppress with reason…', () => {
    test('writes the directive above the finding with a placeholder; it suppresses nothing until the reason is written', async () => {
        const file = D('scope-bounded');
        const before = await load(examples);
        const findings = before.diagnostics(file, 'scope/bounded');
        const action = before.actions(file, findings[0]).find(candidate => candidate.kind === `${CodeActionKind.QuickFix}.suppress`);
        expect(action?.title).toBe('Suppress scope/bounded on the next line, with a reason…');
        const suppressed = applyAction(examples, action!);
        const line = findings[0].range.start.line;
        expect(suppressed[file].split('\n')[line]).toMatch(/^\s*\/\/ provisio-disable-next-line scope\/bounded -- …$/);
        const placeholderOnly = await load(suppressed);
        expect(placeholderOnly.diagnostics(file, 'scope/bounded')).toHaveLength(findings.length);
        expect(placeholderOnly.diagnostics(file, 'suppression/malformed').map(diagnostic => diagnostic.message)).toEqual([expect.stringContaining('gives no reason')]);
        const reasoned = await load({ ...suppressed, [file]: suppressed[file].replace('-- …', '-- Accepted by the head of service on 3 May 2022.') });
        expect(reasoned.diagnostics(file, 'scope/bounded')).toHaveLength(findings.length - 1);
        expect(reasoned.diagnostics(file, 'suppression/malformed')).toEqual([]);
    });

    test('is offered in Dutch, and not for a problem with the text itself', async () => {
        const dutch = await load(examples, 'nl');
        const [finding] = dutch.diagnostics(D('scope-bounded'), 'scope/bounded');
        expect(dutch.actions(D('scope-bounded'), finding).map(action => action.title)).toContain('Onderdruk scope/bounded op de volgende regel, met een reden…');
        const unknown = await load(unknownRecipient);
        const [unresolved] = [...unknown.documents.keys()].flatMap(name => unknown.diagnostics(name, 'language/unresolved-reference').map(diagnostic => ({ name, diagnostic })));
        expect(unknown.actions(unresolved.name, unresolved.diagnostic).filter(action => action.kind !== CodeActionKind.QuickFix)).toEqual([]);
    });
});
