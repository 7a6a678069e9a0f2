// Checks on the text's structure, before any rule: names, repeated or missing clauses, dates,
// and markings. They report language diagnostics (see language-diagnostics.ts).
import {
    AstUtils, DocumentState, GrammarAST, MultiMap, isCompositeCstNode,
    type AstNode, type AstNodeDescription, type CompositeCstNode, type CstNode, type AstNodeLocator, type IndexManager, type LangiumDocument, type ValidationAcceptor, type ValidationChecks
} from 'langium';
import type {
    Condition, CriterionAssessment, Declaration, Document, Period, Provision, ProvisioAstType, Recipient, Subjects, Umbrella, WeighingNote
} from './generated/ast.js';
import { dateProblem, isCalendarDate } from '../model/dates.js';
import { classificationMarkings, parseClassification } from '../model/classification.js';
import { describe } from '../model/provisions.js';
import { builtinVocabularyUri } from './builtin-vocabulary.js';
import { languageDiagnostics } from './language-diagnostics.js';
import { messages } from './language.messages.js';
import { list, type KeyOf, type MessageArgument, type MessageData } from '../i18n/messages.js';
import type { Translator } from '../i18n/translator.js';
import { dateProperties, dependsOnUnreadable } from './unreadable.js';
import { exportsOf } from './index-entries.js';
import type { ProvisioServices } from './provisio-module.js';

/** How many of a name's other declarations a duplicate-name message names; the rest are counted. */
const namedNamesakes = 3;

/** List items longer than this (whole blocks of prose) are not compared as items. */
const maxListItemLength = 80;

/** How a clause is written, where that differs from the property it fills. */
const clauseKeywords: Record<string, string> = {
    validity: 'valid', approval: 'approved', oversight: 'oversight-notified', allCategories: 'categories all',
    reviewDue: 'review-due', bulkJustification: 'bulk-justification', service: 'by', umbrella: 'under'
};

export class StructureChecks {
    private readonly locator: AstNodeLocator;
    private readonly declaredNames: DeclaredNames;
    private readonly translator: Translator;

    constructor(services: ProvisioServices) {
        this.translator = services.i18n.Translator;
        this.locator = services.workspace.AstNodeLocator;
        this.declaredNames = new DeclaredNames(services);
    }

    register(services: ProvisioServices): void {
        const checks: ValidationChecks<ProvisioAstType> = {
            AstNode: [this.checkRepeatedClauses, this.checkDates],
            Document: this.checkClassification,
            Declaration: this.checkUniqueName,
            Provision: this.checkProvisionClauses,
            Umbrella: this.checkUmbrellaClauses,
            WeighingNote: this.checkWeighingNoteClauses,
            Recipient: this.checkNoteDates,
            CriterionAssessment: this.checkRiskReason,
            Period: this.checkPeriodOrder,
            Subjects: this.checkSubjectCount,
            Condition: this.checkRetentionPeriod
        };
        services.validation.ValidationRegistry.register(checks, this);
    }

    checkRepeatedClauses(node: AstNode, accept: ValidationAcceptor): void {
        if (!node.$cstNode || !isCompositeCstNode(node.$cstNode)) {
            return;
        }
        const firstWritten = new Map<string, CstNode>();
        forEachAssignedCstNode(node, node.$cstNode, (property, written) => {
            const value = (node as unknown as Record<string, unknown>)[property];
            if (Array.isArray(value)) {
                this.checkRepeatedItem(node, property, written, firstWritten, accept);
                return;
            }
            if (value === undefined) {
                return;
            }
            const first = firstWritten.get(property);
            if (!first) {
                firstWritten.set(property, written);
                return;
            }
            const clause = clauseKeywords[property] ?? property;
            accept('error', this.say('repeatedClause', { clause, line: first.range.start.line + 1 }), {
                node, range: written.range, code: languageDiagnostics.repeatedClause.code
            });
        });
    }

    /** A list item written twice, such as `to Westland, Westland`: counted twice, it would distort every count that follows. */
    private checkRepeatedItem(node: AstNode, property: string, written: CstNode, firstWritten: Map<string, CstNode>, accept: ValidationAcceptor): void {
        const item = written.text;
        if (item.length === 0 || item.length > maxListItemLength || /[\r\n]/.test(item)) {
            return;
        }
        const key = `${property}\u0000${item}`;
        const first = firstWritten.get(key);
        if (!first) {
            firstWritten.set(key, written);
            return;
        }
        accept('error', this.say('repeatedItem', { item, line: first.range.start.line + 1 }), {
            node, range: written.range, code: languageDiagnostics.repeatedClause.code
        });
    }

    checkDates(node: AstNode, accept: ValidationAcceptor): void {
        for (const property of dateProperties[node.$type as keyof ProvisioAstType] ?? []) {
            const value = (node as unknown as Record<string, unknown>)[property];
            const problem = typeof value === 'string' ? dateProblem(value) : undefined;
            if (problem) {
                accept('error', this.translator.format(problem), { node, property, code: languageDiagnostics.invalidDate.code });
            }
        }
    }

    checkPeriodOrder(period: Period, accept: ValidationAcceptor): void {
        if (isCalendarDate(period.from) && isCalendarDate(period.to) && period.to < period.from) {
            accept('error', this.say('periodBackwards', { from: period.from, to: period.to }), { node: period, code: languageDiagnostics.invalidDate.code });
        }
    }

    checkClassification(document: Document, accept: ValidationAcceptor): void {
        if (document.classification !== undefined && !parseClassification(document.classification)) {
            accept('error', this.say('unknownClassification', { marking: document.classification, markings: list(classificationMarkings.map(marking => `"${marking}"`), 'comma') }), {
                node: document, property: 'classification', code: languageDiagnostics.unknownClassification.code
            });
        }
    }

    checkUniqueName(declaration: Declaration, accept: ValidationAcceptor): void {
        const namesakes = declaration.name ? this.declaredNames.namesakes(declaration.name, namedNamesakes + 1) : noNamesakes;
        if (namesakes.count < 2) {
            return;
        }
        const ownUri = AstUtils.getDocument(declaration).uri.toString();
        const ownPath = this.locator.getAstNodePath(declaration);
        // Name a few of the others, never all: a name declared k times must not cost k² to report.
        const shown = namesakes.first
            .filter(other => other.documentUri.toString() !== ownUri || other.path !== ownPath)
            .slice(0, namedNamesakes);
        const more = namesakes.count - 1 - shown.length;
        const places = list(shown.map(other => describeLocation(other, ownUri)), 'comma');
        const where = more > 0 ? messages.message('duplicateNameMore', { places, more }) : places;
        accept('error', this.say('duplicateName', { name: declaration.name, places: where }), {
            node: declaration, property: 'name', code: languageDiagnostics.duplicateName.code,
            relatedInformation: shown.flatMap(other => other.nameSegment
                ? [{ location: { uri: other.documentUri.toString(), range: other.nameSegment.range }, message: this.say('alsoDeclaredHere', { name: declaration.name }) }]
                : [])
        });
    }

    checkProvisionClauses(provision: Provision, accept: ValidationAcceptor): void {
        const subject = describe(provision);
        this.requireClause(accept, provision, !provision.service, 'missing.provisionService', { subject });
        this.requireClause(accept, provision, provision.recipients.length === 0, 'missing.provisionRecipient', { subject });
        this.requireClause(accept, provision, !provision.date, 'missing.provisionDate', { subject });
    }

    checkUmbrellaClauses(umbrella: Umbrella, accept: ValidationAcceptor): void {
        const subject = describe(umbrella);
        this.requireClause(accept, umbrella, !umbrella.service, 'missing.umbrellaService', { subject });
        this.requireClause(accept, umbrella, !umbrella.kind, 'missing.umbrellaKind', { subject });
        this.requireClause(accept, umbrella, umbrella.recipients.length === 0, 'missing.umbrellaRecipients', { subject });
        this.requireClause(accept, umbrella, !umbrella.validity, 'missing.umbrellaValidity', { subject });
    }

    checkWeighingNoteClauses(note: WeighingNote, accept: ValidationAcceptor): void {
        this.requireClause(accept, note, !note.assessed, 'missing.noteAssessed', { name: note.name ?? '' });
        const firstLine = new Map<string, number>();
        for (const assessment of note.assessments) {
            const line = (assessment.$cstNode?.range.start.line ?? 0) + 1;
            const first = firstLine.get(assessment.criterion);
            if (first === undefined) {
                firstLine.set(assessment.criterion, line);
            } else {
                accept('error', this.say('criterionAssessedTwice', { criterion: assessment.criterion, line: first }), {
                    node: assessment, code: languageDiagnostics.repeatedClause.code
                });
            }
        }
    }

    /** Two notes of one recipient assessed on the same day leave unclear which one is in force. */
    checkNoteDates(recipient: Recipient, accept: ValidationAcceptor): void {
        const firstOfDate = new Map<string, WeighingNote>();
        for (const note of recipient.weighingNotes) {
            const first = note.assessed ? firstOfDate.get(note.assessed) : undefined;
            if (first) {
                accept('error', this.say('sameAssessmentDate', { note: note.name ?? '', other: first.name ?? '', recipient: recipient.name ?? '', date: note.assessed! }), {
                    node: note, property: 'assessed', code: languageDiagnostics.repeatedClause.code
                });
            } else if (note.assessed) {
                firstOfDate.set(note.assessed, note);
            }
        }
    }

    checkRiskReason(assessment: CriterionAssessment, accept: ValidationAcceptor): void {
        if (assessment.verdict === 'risk' && !assessment.reason?.trim()) {
            accept('error', this.say('riskWithoutReason', { criterion: assessment.criterion }), {
                node: assessment, property: 'verdict', code: languageDiagnostics.riskWithoutReason.code
            });
        }
    }

    checkSubjectCount(subjects: Subjects, accept: ValidationAcceptor): void {
        if (subjects.count === 0) {
            accept('error', this.say('zeroSubjects'), { node: subjects, property: 'count', code: languageDiagnostics.zeroAmount.code });
        }
    }

    checkRetentionPeriod(condition: Condition, accept: ValidationAcceptor): void {
        if (condition.kind === 'destroy-after' && condition.amount === 0) {
            accept('error', this.say('zeroRetention', { unit: condition.unit ?? 'days' }), { node: condition, property: 'amount', code: languageDiagnostics.zeroAmount.code });
        }
    }

    private requireClause(accept: ValidationAcceptor, node: Provision | Umbrella | WeighingNote, missing: boolean, key: KeyOf<typeof messages>, data: MessageData): void {
        if (missing && !dependsOnUnreadable(node)) {
            accept('error', this.say(key, data), { node, property: 'name', code: languageDiagnostics.missingClause.code });
        }
    }

    private say(key: KeyOf<typeof messages>, data?: MessageData): string {
        return this.translator.format(messages.message(key, data));
    }

    /** What the duplicate-name findings of a document depend on: per declared name, how many namesakes it has and where the first few are. */
    duplicateFingerprint(document: LangiumDocument): string {
        const declarations = (document.parseResult.value as Document).declarations ?? [];
        return declarations.map(declaration => {
            const namesakes = declaration.name ? this.declaredNames.namesakes(declaration.name, namedNamesakes + 1) : noNamesakes;
            return namesakes.count < 2 ? '' : `${namesakes.count}:${namesakes.first.map(other => `${other.documentUri.toString()}@${other.nameSegment?.offset}:${other.nameSegment?.range.start.line}`).join(',')}`;
        }).join(';');
    }

    /** The documents that declare any of these names, as the index has them now. */
    documentsDeclaring(names: Iterable<string>): Set<string> {
        return this.declaredNames.documentsDeclaring(names);
    }
}

/** How many times a name is declared, and where the first few of its declarations are. */
interface Namesakes {
    count: number;
    first: AstNodeDescription[];
}

const noNamesakes: Namesakes = { count: 0, first: [] };

/**
 * Every exported name with where it is declared. Rebuilding this from the whole index after
 * every keystroke cost a keystroke the size of the workspace; it is rebuilt only when a
 * document's exported names change (or a document goes), and the declarations of a name are
 * read fresh from the index, so they always carry the current positions.
 */
class DeclaredNames {
    private readonly indexManager: IndexManager;
    /** Per name, the document of each declaration, in index order; undefined until asked after a change. */
    private documentsByName: MultiMap<string, string> | undefined;
    /** Per document, its exported names as last indexed. */
    private readonly namesByDocument = new Map<string, string>();
    /** Per document, its index entries by name, from its last indexing; read when a name is declared more than once. */
    private readonly entriesByDocument = new Map<string, MultiMap<string, AstNodeDescription>>();

    constructor(services: ProvisioServices) {
        this.indexManager = services.shared.workspace.IndexManager;
        const builder = services.shared.workspace.DocumentBuilder;
        builder.onDocumentPhase(DocumentState.IndexedContent, document => this.noteNames(document.uri.toString()));
        builder.onUpdate((_changed, deleted) => {
            for (const uri of deleted) {
                this.namesByDocument.delete(uri.toString());
                this.entriesByDocument.delete(uri.toString());
                this.documentsByName = undefined;
            }
        });
    }

    /**
     * How many declarations the name has, and the first `limit` of them in index order, read
     * fresh. Never all of them: every declaration of a name declared k times asks, and listing
     * all k each time cost k².
     */
    namesakes(name: string, limit: number): Namesakes {
        this.documentsByName ??= this.byName();
        // One document URI per declaration, in index order: a document with several appears as often.
        const documents = this.documentsByName.get(name);
        const first: AstNodeDescription[] = [];
        for (let index = 0; index < documents.length && first.length < limit; index++) {
            if (index === 0 || documents[index] !== documents[index - 1]) {
                first.push(...this.entriesOf(documents[index]).get(name).slice(0, limit - first.length));
            }
        }
        return { count: documents.length, first };
    }

    /** The documents declaring any of these names. */
    documentsDeclaring(names: Iterable<string>): Set<string> {
        this.documentsByName ??= this.byName();
        const documents = new Set<string>();
        for (const name of names) {
            this.documentsByName.get(name).forEach(uri => documents.add(uri));
        }
        return documents;
    }

    private entriesOf(uri: string): MultiMap<string, AstNodeDescription> {
        let entries = this.entriesByDocument.get(uri);
        if (!entries) {
            entries = new MultiMap(this.descriptionsOf(uri).map(description => [description.name, description] as [string, AstNodeDescription]));
            this.entriesByDocument.set(uri, entries);
        }
        return entries;
    }

    private noteNames(uri: string): void {
        this.entriesByDocument.delete(uri);
        const names = this.descriptionsOf(uri).map(description => description.name).join('\n');
        if (this.namesByDocument.get(uri) !== names) {
            this.namesByDocument.set(uri, names);
            this.documentsByName = undefined;
        }
    }

    private descriptionsOf(uri: string): readonly AstNodeDescription[] {
        return exportsOf(this.indexManager, uri);
    }

    private byName(): MultiMap<string, string> {
        return new MultiMap(this.indexManager.allElements().map(description => [description.name, description.documentUri.toString()] as [string, string]));
    }
}

/**
 * Calls `visit` with each of the node's own CST nodes that is assigned to a property, with that
 * property, in text order: one pass over the children of `cst` (and of the rule calls inside it
 * that fill the same node). The grammar bounds how deep such rule calls nest.
 */
function forEachAssignedCstNode(node: AstNode, cst: CompositeCstNode, visit: (property: string, written: CstNode) => void): void {
    for (const child of cst.content) {
        const property = assignedProperty(child.grammarSource);
        if (property !== undefined) {
            visit(property, child);
        } else if (isCompositeCstNode(child) && child.astNode === node) {
            forEachAssignedCstNode(node, child, visit);
        }
    }
}

const propertyOfGrammarElement = new WeakMap<AstNode, string | null>();

/** The property a grammar element assigns, if it lies in an assignment. */
function assignedProperty(grammarElement: AstNode | undefined): string | undefined {
    if (!grammarElement) {
        return undefined;
    }
    let property = propertyOfGrammarElement.get(grammarElement);
    if (property === undefined) {
        property = AstUtils.getContainerOfType(grammarElement, GrammarAST.isAssignment)?.feature ?? null;
        propertyOfGrammarElement.set(grammarElement, property);
    }
    return property ?? undefined;
}

function describeLocation(declaration: AstNodeDescription, fromUri: string): MessageArgument {
    const uri = declaration.documentUri.toString();
    if (uri === builtinVocabularyUri) {
        return messages.message('builtinVocabulary');
    }
    const file = uri === fromUri ? messages.message('thisFile') : declaration.documentUri.path.split('/').pop() ?? '';
    return declaration.nameSegment ? messages.message('fileLine', { file, line: declaration.nameSegment.range.start.line + 1 }) : file;
}
