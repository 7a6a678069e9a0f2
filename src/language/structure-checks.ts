// Checks on the text's structure, before any rule: names, repeated or missing clauses, dates,
// and markings. They report language diagnostics (see language-diagnostics.ts).
import {
    AstUtils, DocumentState, GrammarAST, MultiMap, WorkspaceCache, isCompositeCstNode,
    type AstNode, type AstNodeDescription, type CstNode, type AstNodeLocator, type IndexManager, type LangiumDocument, type ValidationAcceptor, type ValidationChecks
} from 'langium';
import type {
    CriterionAssessment, Declaration, Document, Period, Provision, ProvisioAstType, Umbrella, WeighingNote
} from './generated/ast.js';
import { dateProblem, isCalendarDate } from '../model/dates.js';
import { classificationMarkings, parseClassification } from '../model/classification.js';
import { describe } from '../model/provisions.js';
import { builtinVocabularyUri } from './builtin-vocabulary.js';
import { languageDiagnostics } from './language-diagnostics.js';
import { dateProperties, dependsOnUnreadable } from './unreadable.js';
import type { ProvisioServices } from './provisio-module.js';

/** How many of a name's other declarations a duplicate-name message names; the rest are counted. */
const namedNamesakes = 3;

/** How a clause is written, where that differs from the property it fills. */
const clauseKeywords: Record<string, string> = {
    validity: 'valid', approval: 'approved', oversight: 'oversight-notified', allCategories: 'categories all',
    reviewDue: 'review-due', bulkJustification: 'bulk-justification', service: 'by', umbrella: 'under'
};

export class StructureChecks {
    private readonly indexManager: IndexManager;
    private readonly locator: AstNodeLocator;
    private readonly declarationsByName: WorkspaceCache<string, MultiMap<string, AstNodeDescription>>;

    constructor(services: ProvisioServices) {
        this.indexManager = services.shared.workspace.IndexManager;
        this.locator = services.workspace.AstNodeLocator;
        this.declarationsByName = new WorkspaceCache(services.shared, DocumentState.IndexedContent);
    }

    register(services: ProvisioServices): void {
        const checks: ValidationChecks<ProvisioAstType> = {
            AstNode: [this.checkRepeatedClauses, this.checkDates],
            Document: this.checkClassification,
            Declaration: this.checkUniqueName,
            Provision: this.checkProvisionClauses,
            Umbrella: this.checkUmbrellaClauses,
            WeighingNote: this.checkWeighingNoteClauses,
            CriterionAssessment: this.checkRiskReason,
            Period: this.checkPeriodOrder
        };
        services.validation.ValidationRegistry.register(checks, this);
    }

    checkRepeatedClauses(node: AstNode, accept: ValidationAcceptor): void {
        const firstWritten = new Map<string, CstNode>();
        for (const [property, written] of assignedCstNodes(node)) {
            const value = (node as unknown as Record<string, unknown>)[property];
            if (Array.isArray(value) || value === undefined) {
                continue;
            }
            const first = firstWritten.get(property);
            if (!first) {
                firstWritten.set(property, written);
                continue;
            }
            const clause = clauseKeywords[property] ?? property;
            accept('error', `\`${clause}\` is already stated on line ${first.range.start.line + 1}; a block states it once. Remove one of them.`, {
                node, range: written.range, code: languageDiagnostics.repeatedClause.code
            });
        }
    }

    checkDates(node: AstNode, accept: ValidationAcceptor): void {
        for (const property of dateProperties[node.$type as keyof ProvisioAstType] ?? []) {
            const value = (node as unknown as Record<string, unknown>)[property];
            const problem = typeof value === 'string' ? dateProblem(value) : undefined;
            if (problem) {
                accept('error', problem, { node, property, code: languageDiagnostics.invalidDate.code });
            }
        }
    }

    checkPeriodOrder(period: Period, accept: ValidationAcceptor): void {
        if (isCalendarDate(period.from) && isCalendarDate(period.to) && period.to < period.from) {
            accept('error', `The period ends on ${period.to}, before it starts on ${period.from}.`, { node: period, code: languageDiagnostics.invalidDate.code });
        }
    }

    checkClassification(document: Document, accept: ValidationAcceptor): void {
        if (document.classification !== undefined && !parseClassification(document.classification)) {
            accept('error', `Unknown classification marking "${document.classification}". Use one of: ${classificationMarkings.map(marking => `"${marking}"`).join(', ')}.`, {
                node: document, property: 'classification', code: languageDiagnostics.unknownClassification.code
            });
        }
    }

    checkUniqueName(declaration: Declaration, accept: ValidationAcceptor): void {
        const namesakes = declaration.name ? this.namesakes().get(declaration.name) : [];
        if (namesakes.length < 2) {
            return;
        }
        const ownUri = AstUtils.getDocument(declaration).uri.toString();
        const ownPath = this.locator.getAstNodePath(declaration);
        // Name a few of the others, never all: a name declared k times must not cost k² to report.
        const shown = namesakes.slice(0, namedNamesakes + 1)
            .filter(other => other.documentUri.toString() !== ownUri || other.path !== ownPath)
            .slice(0, namedNamesakes);
        const more = namesakes.length - 1 - shown.length;
        const places = shown.map(other => describeLocation(other, ownUri));
        const where = more > 0 ? `${places.join(', ')} and ${more.toLocaleString('en-US')} more ${more === 1 ? 'place' : 'places'}` : places.join(', ');
        accept('error', `The name ${declaration.name} is already declared in ${where}. Names are unique across the workspace; rename one of them.`, {
            node: declaration, property: 'name', code: languageDiagnostics.duplicateName.code,
            relatedInformation: shown.flatMap(other => other.nameSegment
                ? [{ location: { uri: other.documentUri.toString(), range: other.nameSegment.range }, message: `${declaration.name} is also declared here` }]
                : [])
        });
    }

    checkProvisionClauses(provision: Provision, accept: ValidationAcceptor): void {
        const subject = describe(provision);
        this.requireClause(accept, provision, !provision.service, `${subject} does not say which service provides the data. Add \`by <service>\`.`);
        this.requireClause(accept, provision, provision.recipients.length === 0, `${subject} names no recipient. Add \`to <recipient>\`.`);
        this.requireClause(accept, provision, !provision.date, `${subject} has no date. Add \`date YYYY-MM-DD\`.`);
    }

    checkUmbrellaClauses(umbrella: Umbrella, accept: ValidationAcceptor): void {
        const subject = describe(umbrella);
        this.requireClause(accept, umbrella, !umbrella.service, `${subject} does not say which service holds it. Add \`by <service>\`.`);
        this.requireClause(accept, umbrella, !umbrella.kind, `${subject} does not say what kind of umbrella it is. Add \`kind umbrella-permission\`, \`authorisation-note\` or \`multilateral\`.`);
        this.requireClause(accept, umbrella, umbrella.recipients.length === 0, `${subject} names no recipients. Add \`recipients <recipient>, …\`.`);
        this.requireClause(accept, umbrella, !umbrella.validity, `${subject} has no validity period. Add \`valid YYYY-MM-DD to YYYY-MM-DD\`.`);
    }

    checkWeighingNoteClauses(note: WeighingNote, accept: ValidationAcceptor): void {
        this.requireClause(accept, note, !note.assessed, `Weighing note ${note.name} has no assessment date. Add \`assessed YYYY-MM-DD\`.`);
        const firstLine = new Map<string, number>();
        for (const assessment of note.assessments) {
            const line = (assessment.$cstNode?.range.start.line ?? 0) + 1;
            const first = firstLine.get(assessment.criterion);
            if (first === undefined) {
                firstLine.set(assessment.criterion, line);
            } else {
                accept('error', `\`${assessment.criterion}\` is already assessed on line ${first}; a weighing note assesses each criterion once. Remove one of them.`, {
                    node: assessment, code: languageDiagnostics.repeatedClause.code
                });
            }
        }
    }

    checkRiskReason(assessment: CriterionAssessment, accept: ValidationAcceptor): void {
        if (assessment.verdict === 'risk' && !assessment.reason?.trim()) {
            accept('error', `${assessment.criterion} is assessed as a risk without a reason. Add the reason in quotes: \`${assessment.criterion} risk "<reason>"\`.`, {
                node: assessment, property: 'verdict', code: languageDiagnostics.riskWithoutReason.code
            });
        }
    }

    private requireClause(accept: ValidationAcceptor, node: Provision | Umbrella | WeighingNote, missing: boolean, message: string): void {
        if (missing && !dependsOnUnreadable(node)) {
            accept('error', message, { node, property: 'name', code: languageDiagnostics.missingClause.code });
        }
    }

    /** What the duplicate-name findings of a document depend on: per declared name, how many namesakes it has and where the first few are. */
    duplicateFingerprint(document: LangiumDocument): string {
        const declarations = (document.parseResult.value as Document).declarations ?? [];
        return declarations.map(declaration => {
            const namesakes = declaration.name ? this.namesakes().get(declaration.name) : [];
            return namesakes.length < 2 ? '' : `${namesakes.length}:${namesakes.slice(0, namedNamesakes + 1).map(other => `${other.documentUri.toString()}@${other.nameSegment?.offset}:${other.nameSegment?.range.start.line}`).join(',')}`;
        }).join(';');
    }

    /** Every exported name with all its declarations, computed once per build. */
    private namesakes(): MultiMap<string, AstNodeDescription> {
        return this.declarationsByName.get('all', () => new MultiMap(this.indexManager.allElements().map(description => [description.name, description] as [string, AstNodeDescription])));
    }
}

/**
 * The node's own CST nodes that are assigned to a property, with that property, in text order:
 * one pass over the node's direct CST children (and those of rule calls that fill the same node).
 */
function* assignedCstNodes(node: AstNode): Generator<[string, CstNode]> {
    const pending: CstNode[] = node.$cstNode && isCompositeCstNode(node.$cstNode) ? [...node.$cstNode.content].reverse() : [];
    for (let child = pending.pop(); child; child = pending.pop()) {
        const property = assignedProperty(child.grammarSource);
        if (property !== undefined) {
            yield [property, child];
        } else if (isCompositeCstNode(child) && child.astNode === node) {
            pending.push(...[...child.content].reverse());
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

function describeLocation(declaration: AstNodeDescription, fromUri: string): string {
    const uri = declaration.documentUri.toString();
    if (uri === builtinVocabularyUri) {
        return 'the built-in vocabulary';
    }
    const file = uri === fromUri ? 'this file' : declaration.documentUri.path.split('/').pop();
    return declaration.nameSegment ? `${file} line ${declaration.nameSegment.range.start.line + 1}` : `${file}`;
}
