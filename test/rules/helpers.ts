// Shared fixtures and helpers for the rule tests.
//
// Every rule test starts from a clean justification that produces no diagnostics at all
// (see `baseline()` and the variants below, each asserted clean in baseline.test.ts) and
// makes one textual change with `edit(...)`, so each test shows exactly what is wrong.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AstUtils, EmptyFileSystem, GrammarUtils, URI, type AstNode, type LangiumDocument } from 'langium';
import { clearDocuments, type ValidationResult } from 'langium/test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type Diagnostic, type TextEdit } from 'vscode-languageserver-types';
import { expect } from 'vitest';
import type { Criterion, Document, Necessity, Provision, Umbrella, WeighingNote } from '../../src/language/generated/ast.js';
import { createProvisioServices, type ProvisioServices } from '../../src/language/provisio-module.js';
import type { Locale } from '../../src/i18n/messages.js';
import { Translator } from '../../src/i18n/translator.js';
import { findRule } from '../../src/rules/registry.js';
import { defaultOptions, type Finding, type Rule, type WorkspaceFacts } from '../../src/rules/rule.js';
import type { FindingData } from '../../src/rules/run-rules.js';

export { DiagnosticSeverity };

// ---------------------------------------------------------------------------------------
// Fixtures
// ---------------------------------------------------------------------------------------

/** File name → text. Names become `file:///ws/<name>` URIs. */
export type Files = Readonly<Record<string, string>>;

/** Services, recipients and their weighing notes: NorthlandSIS and WestholmDIS are adequate on every criterion, EastmarkGIS has an elevated risk profile. */
export const registryText = `// Foreign partners of the AIVD and MIVD (fictional).
service AIVD "Algemene Inlichtingen- en Veiligheidsdienst"
service MIVD "Militaire Inlichtingen- en Veiligheidsdienst"

recipient NorthlandSIS "Northland Security and Intelligence Service" {
    country "Northland"
    weighing-note WN-NorthlandSIS-2024 {
        assessed 2024-09-15
        method joint
        review-due 2026-09-15
        democratic-anchoring adequate
        human-rights adequate
        professionalism adequate
        legal-powers adequate
        data-protection adequate
        permits analytical, personal-data, unevaluated
    }
}

recipient EastmarkGIS "Eastmark General Intelligence Service" {
    country "Eastmark"
    weighing-note WN-EastmarkGIS-2024 {
        assessed 2024-03-01
        method joint
        review-due 2025-09-01
        democratic-anchoring adequate
        human-rights risk "Detainees held without trial after arrests based on EastmarkGIS intelligence"
        professionalism adequate
        legal-powers adequate
        data-protection risk "No independent oversight of how EastmarkGIS stores and shares personal data"
        permits analytical, personal-data
    }
}

recipient WestholmDIS "Westholm Defence Intelligence Service" {
    country "Westholm"
    weighing-note WN-WestholmDIS-2025 {
        assessed 2025-01-10
        method joint
        review-due 2027-01-10
        democratic-anchoring adequate
        human-rights adequate
        professionalism adequate
        legal-powers adequate
        data-protection adequate
        permits analytical, personal-data
    }
}
`;

/** A further weighing note, written as in a recipient block: adequate on every criterion unless `risks` says otherwise. */
export function weighingNote(name: string, note: { assessed: string; reviewDue: string; method?: 'joint' | 'legacy'; risks?: Partial<Record<Criterion, string>>; permits?: string }): string {
    const criteria: Criterion[] = ['democratic-anchoring', 'human-rights', 'professionalism', 'legal-powers', 'data-protection'];
    const verdicts = criteria.map(criterion => note.risks?.[criterion] ? `${criterion} risk "${note.risks[criterion]}"` : `${criterion} adequate`);
    return [
        `weighing-note ${name} {`,
        `        assessed ${note.assessed}`,
        `        method ${note.method ?? 'joint'}`,
        `        review-due ${note.reviewDue}`,
        ...verdicts.map(verdict => `        ${verdict}`),
        `        permits ${note.permits ?? 'analytical'}`,
        '    }'
    ].join('\n');
}

/** An incidental provision to the elevated-risk EastmarkGIS, with everything a reviewer asks for. */
export const provisionText = `provision P-2025-0117 "Travel data of two Harbour Network facilitators" {
    by AIVD
    to EastmarkGIS
    date 2025-05-14
    data {
        form evaluated
        subjects 2 "two facilitators of the Harbour Network under AIVD investigation"
        categories identity, travel
        period 2024-11-01 to 2025-04-30
    }
    necessity """
        The AIVD investigates the Harbour Network, which moves recruits from the Netherlands
        to a conflict zone through Eastmark. Two of its facilitators are expected to cross
        into Eastmark in June. Only EastmarkGIS controls those border crossings, and it can
        stop the facilitators only if it knows who they are and how they travel.
    """
    mitigation for human-rights "Only identity and travel data is given, nothing about beliefs or associations; EastmarkGIS has assured in writing that nobody is detained on this information alone."
    mitigation for data-protection "The data is an evaluated summary rather than source records, and EastmarkGIS is asked to destroy it after six months."
    conditions third-party-rule, intelligence-use-only, destroy-after 6 months
    approved head-of-service on 2025-05-12
}
`;

/** The clean baseline: the registry and one incidental provision to an elevated-risk recipient. */
export function baseline(): Files {
    return { 'registry.provisio': registryText, 'provision.provisio': provisionText };
}

/** The baseline made to the adequate NorthlandSIS: no mitigations, approved by a mandated official. Clean too. */
export function adequateBaseline(): Files {
    return edits(baseline(), 'provision.provisio',
        ['to EastmarkGIS', 'to NorthlandSIS'],
        [/ {4}mitigation for human-rights .*\n/, ''],
        [/ {4}mitigation for data-protection .*\n/, ''],
        ['EastmarkGIS controls', 'NorthlandSIS controls'],
        ['approved head-of-service', 'approved mandated-official']);
}

export const umbrellaText = `umbrella UP-2025-HARBOUR "Harbour Network: travel movements of facilitators" {
    by AIVD
    kind umbrella-permission
    recipients NorthlandSIS, EastmarkGIS
    valid 2025-01-01 to 2025-12-31
    scope {
        form analytical, evaluated
        subjects at-most 40 "facilitators of the Harbour Network under AIVD investigation"
        categories identity, travel, contact
    }
    necessity """
        The Harbour Network moves recruits from the Netherlands to a conflict zone over the
        land routes through Northland and Eastmark. Its facilitators change routes every few
        weeks, so the border services of both countries need their travel movements quickly
        and repeatedly during 2025 to stop them at the crossings.
    """
    mitigation for human-rights regarding EastmarkGIS "Only travel movements are given, never beliefs or associations; EastmarkGIS has assured in writing that nobody is detained on this information alone."
    mitigation for data-protection regarding EastmarkGIS "Each provision is an evaluated summary and EastmarkGIS is asked to destroy it after six months."
    conditions third-party-rule, intelligence-use-only
    approved head-of-service on 2024-12-20
}
`;

export const underUmbrellaText = `provision P-2025-0231 "Travel movements of one facilitator" {
    by AIVD
    to NorthlandSIS
    date 2025-06-02
    under UP-2025-HARBOUR
    data {
        form evaluated
        subjects 1 "the facilitator who organised the crossings of March 2025"
        categories identity, travel
        period 2025-01-01 to 2025-05-31
    }
    necessity """
        The facilitator who organised the March crossings has booked a ferry to Northland for
        the second week of June. NorthlandSIS can only watch the port and stop the recruits he
        accompanies if it knows his identity and the travel pattern of his earlier crossings.
    """
}
`;

/** The registry, an umbrella permission, and a provision to NorthlandSIS under it that states no conditions or approval of its own. Clean. */
export function umbrellaBaseline(): Files {
    return { 'registry.provisio': registryText, 'umbrella.provisio': umbrellaText, 'provision.provisio': underUmbrellaText };
}

/** Replaces `from` (which must occur exactly once) with `to` in one file, and returns the changed files. */
export function edit(files: Files, file: string, from: string | RegExp, to: string): Files {
    const text = files[file];
    if (text === undefined) {
        throw new Error(`No file ${file} in the fixture.`);
    }
    const pattern = typeof from === 'string' ? new RegExp(escapeRegExp(from), 'g') : new RegExp(from.source, from.flags.includes('g') ? from.flags : from.flags + 'g');
    const count = text.match(pattern)?.length ?? 0;
    if (count !== 1) {
        throw new Error(`Expected ${String(from)} exactly once in ${file}, found it ${count} times.`);
    }
    return { ...files, [file]: text.replace(pattern, () => to) };
}

/** Replaces the first `from` after `anchor` (which must occur exactly once), e.g. a line inside one weighing note. */
export function editAfter(files: Files, file: string, anchor: string, from: string, to: string): Files {
    const text = files[file];
    const at = text?.indexOf(anchor) ?? -1;
    if (at < 0 || text.indexOf(anchor, at + 1) >= 0) {
        throw new Error(`Expected ${anchor} exactly once in ${file}.`);
    }
    const position = text.indexOf(from, at);
    if (position < 0) {
        throw new Error(`No ${from} after ${anchor} in ${file}.`);
    }
    return { ...files, [file]: text.slice(0, position) + to + text.slice(position + from.length) };
}

/** Several `edit`s in a row on one file. */
export function edits(files: Files, file: string, ...changes: Array<[string | RegExp, string]>): Files {
    return changes.reduce((changed, [from, to]) => edit(changed, file, from, to), files);
}

function escapeRegExp(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// ---------------------------------------------------------------------------------------
// Building and validating
// ---------------------------------------------------------------------------------------

/** A diagnostic whose message is plain text, as every Provisio diagnostic's is. */
export type TextDiagnostic = Omit<Diagnostic, 'message'> & { message: string };

export interface Checked {
    services: ProvisioServices;
    /** Validation results per file name, usable with Langium's `expectError` etc. */
    file(name: string): ValidationResult<Document>;
    /** Every diagnostic of every file. */
    diagnostics(): TextDiagnostic[];
    /** The codes of all diagnostics, sorted: a compact way to pin down exactly what fires. */
    codes(): string[];
    /** Diagnostics with the given code, across all files. */
    withCode(code: string): TextDiagnostic[];
    /** A declaration (provision, umbrella, recipient, …) or weighing note by name, in any file. */
    named<T extends AstNode>(name: string): T;
    provision(name: string): Provision;
    umbrella(name: string): Umbrella;
    note(name: string): WeighingNote;
    documents: LangiumDocument<Document>[];
}

export interface Tester {
    services: ProvisioServices;
    /** Removes the files of the previous `check`, then parses all files and builds them together with validation. */
    check(files: Files): Promise<Checked>;
    /** Removes the documents of earlier `check`s, so names do not clash. */
    clear(): Promise<void>;
}

/**
 * Services with the built-in vocabulary loaded. With `configYaml`, that configuration
 * applies to every document, as `provisio check --config <file>` does. Messages are in
 * English unless `locale` says otherwise.
 */
export async function createTester(configYaml?: string, options: { locale?: Locale } = {}): Promise<Tester> {
    const { shared, provisio } = createProvisioServices(EmptyFileSystem);
    provisio.i18n.Translator.locale = options.locale ?? 'en';
    if (configYaml !== undefined) {
        const file = join(mkdtempSync(join(tmpdir(), 'provisio-rules-')), 'provisio.config.yaml');
        writeFileSync(file, configYaml);
        const loaded = provisio.config.ProjectConfig.resolver.useFile(file);
        if (loaded.problems.length > 0) {
            throw new Error(`Test configuration has problems: ${loaded.problems.map(problem => problem.message).join('; ')}`);
        }
    }
    await shared.workspace.WorkspaceManager.initializeWorkspace([]);
    let open: LangiumDocument[] = [];
    return {
        services: provisio,
        async check(files) {
            await clearDocuments(shared, open);
            open = [];
            const factory = shared.workspace.LangiumDocumentFactory;
            const documents = Object.entries(files).map(([name, text]) => {
                const document = factory.fromString<Document>(text, URI.parse(`file:///ws/${name}`));
                shared.workspace.LangiumDocuments.addDocument(document);
                return document;
            });
            open.push(...documents);
            await shared.workspace.DocumentBuilder.build(documents, { validation: true });
            return checked(provisio, Object.keys(files), documents);
        },
        async clear() {
            await clearDocuments(shared, open);
            open = [];
        }
    };
}

function checked(services: ProvisioServices, names: string[], documents: LangiumDocument<Document>[]): Checked {
    const diagnostics = () => documents.flatMap(document => (document.diagnostics ?? []) as TextDiagnostic[]);
    const named = <T extends AstNode>(name: string): T => {
        for (const document of documents) {
            for (const node of AstUtils.streamAst(document.parseResult.value)) {
                if ((node as { name?: unknown }).name === name && node.$type !== 'Document') {
                    return node as T;
                }
            }
        }
        throw new Error(`Nothing named ${name} in the checked files.`);
    };
    const typed = <T extends AstNode>(type: string) => (name: string): T => {
        const node = named<T>(name);
        if (node.$type !== type) {
            throw new Error(`${name} is a ${node.$type}, not a ${type}.`);
        }
        return node;
    };
    return {
        services,
        documents,
        file(name) {
            const index = names.indexOf(name);
            if (index < 0) {
                throw new Error(`No file ${name} was checked.`);
            }
            const document = documents[index];
            return { document, diagnostics: document.diagnostics ?? [], dispose: async () => undefined, [Symbol.asyncDispose]: async () => undefined };
        },
        diagnostics,
        codes: () => diagnostics().map(diagnostic => String(diagnostic.code)).sort(),
        withCode: code => diagnostics().filter(diagnostic => diagnostic.code === code),
        named,
        provision: typed<Provision>('Provision'),
        umbrella: typed<Umbrella>('Umbrella'),
        note: typed<WeighingNote>('WeighingNote')
    };
}

// ---------------------------------------------------------------------------------------
// Assertions
// ---------------------------------------------------------------------------------------

export interface ExpectedFinding {
    severity: DiagnosticSeverity;
    /** Where the finding is reported: a node, optionally one of its properties (and an index into a list property). */
    node: AstNode;
    property?: string;
    index?: number;
    /** Every pattern must match the message. */
    message: Array<string | RegExp>;
}

/**
 * Asserts that exactly one diagnostic of `code` exists in the checked files, with the given
 * severity, at the range of the node/property, and with a message containing every pattern.
 * Returns it, e.g. to look at its data.
 */
export function expectOnly(result: Checked, code: string, expected: ExpectedFinding): TextDiagnostic {
    const found = result.withCode(code);
    expect(found.map(diagnostic => diagnostic.message), `diagnostics with code ${code}`).toHaveLength(1);
    const diagnostic = found[0];
    expectAt(diagnostic, expected);
    return diagnostic;
}

/** Asserts one diagnostic's severity, location and message. */
export function expectAt(diagnostic: TextDiagnostic, expected: ExpectedFinding): void {
    expect(diagnostic.severity, `severity of: ${diagnostic.message}`).toBe(expected.severity);
    expect(diagnostic.range, `range of: ${diagnostic.message}`).toEqual(rangeOf(expected.node, expected.property, expected.index));
    // …and in the file of that node, not at the same range of another file.
    expect(AstUtils.getDocument(expected.node).diagnostics, `file of: ${diagnostic.message}`).toContain(diagnostic);
    for (const pattern of expected.message) {
        if (typeof pattern === 'string') {
            expect(diagnostic.message).toContain(pattern);
        } else {
            expect(diagnostic.message).toMatch(pattern);
        }
    }
}

/** The range Langium reports a diagnostic at for this node and property. */
export function rangeOf(node: AstNode, property?: string, index?: number) {
    const cst = property ? GrammarUtils.findNodeForProperty(node.$cstNode, property, index) : node.$cstNode;
    if (!cst) {
        throw new Error(`${node.$type} has no text for ${property ?? 'itself'}${index === undefined ? '' : `[${index}]`}.`);
    }
    return cst.range;
}

/** Asserts that no diagnostic has this code. */
export function expectNone(result: Checked, code: string): void {
    expect(result.withCode(code).map(diagnostic => diagnostic.message), `diagnostics with code ${code}`).toEqual([]);
}

/** The quick fix a diagnostic offers first: the one `--fix` applies, else its first suggestion. */
export function firstFix(diagnostic: Diagnostic) {
    const data = diagnostic.data as FindingData | undefined;
    return data?.fix ?? data?.suggestions?.[0];
}

/** The text of a document after applying a diagnostic's first quick fix. */
export function applyFix(document: LangiumDocument, diagnostic: Diagnostic): string {
    const fix = firstFix(diagnostic);
    if (!fix) {
        throw new Error(`The diagnostic has no quick fix: ${diagnostic.message}`);
    }
    const text = TextDocument.create(document.uri.toString(), 'provisio', 0, document.textDocument.getText());
    return TextDocument.applyEdits(text, fix.edits as TextEdit[]);
}

// ---------------------------------------------------------------------------------------
// Calling a rule directly, with custom options
// ---------------------------------------------------------------------------------------

export function rule(id: string): Rule {
    const found = findRule(id);
    if (!found) {
        throw new Error(`No rule ${id}.`);
    }
    return found;
}

/** Runs one rule on one node with the default options overridden by `options`. */
export function runRule(id: string, node: AstNode, options: Record<string, unknown> = {}, workspace: Partial<WorkspaceFacts> = {}): Finding[] {
    const theRule = rule(id);
    // Facts a test leaves out say that nothing else in the workspace resembles the node.
    const facts: WorkspaceFacts = { sameMotivation: (_necessity: Necessity) => ({ total: 0, shown: [] }), similarMotivations: () => [], ...workspace };
    return [...theRule.check(node, { options: { ...defaultOptions(theRule), ...options } as never, workspace: facts })];
}

/** A finding from `runRule` put into words, as the checker would show it. */
export function say(id: string, finding: Finding, locale: Locale = 'en'): string {
    return new Translator(locale).format(rule(id).messages.message(finding.messageId, finding.data));
}

/** YAML for a configuration that sets options (and optionally the severity) of one rule. */
export function ruleConfig(id: string, settings: Record<string, unknown>): string {
    const lines = Object.entries(settings).map(([name, value]) => `    ${name}: ${Array.isArray(value) ? `[${value.map(item => JSON.stringify(item)).join(', ')}]` : String(value)}`);
    return `rules:\n  ${id}:\n${lines.join('\n')}\n`;
}
