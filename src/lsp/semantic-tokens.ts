// Colours that the grammar alone cannot give: a name where it is declared and where it is
// used (services, recipients, umbrellas, categories, provisions, weighing notes), built-in
// categories, dates, criteria, data forms, and weighing notes made with the legacy method.
import { AstUtils, URI, type AstNode, type Reference } from 'langium';
import { AbstractSemanticTokenProvider, type SemanticTokenAcceptor } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import * as ast from '../language/generated/ast.js';
import { builtinVocabularyUri } from '../language/builtin-vocabulary.js';

const builtinUri = URI.parse(builtinVocabularyUri).toString();

/** The token type of each kind of declaration, for the name where it is declared and where it is named. */
const nameTypes: Readonly<Record<string, SemanticTokenTypes>> = {
    Service: SemanticTokenTypes.namespace,
    Recipient: SemanticTokenTypes.class,
    Umbrella: SemanticTokenTypes.interface,
    Category: SemanticTokenTypes.enumMember,
    Provision: SemanticTokenTypes.function,
    WeighingNote: SemanticTokenTypes.struct
};

/** Properties that hold a date, by node type. */
const dateProperties: Readonly<Record<string, readonly string[]>> = {
    Provision: ['date'],
    WeighingNote: ['assessed', 'reviewDue'],
    Period: ['from', 'to'],
    Approval: ['date'],
    OversightNotification: ['date']
};

export class ProvisioSemanticTokenProvider extends AbstractSemanticTokenProvider {
    protected highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        this.highlightDeclaration(node, acceptor);
        for (const property of dateProperties[node.$type] ?? []) {
            acceptor({ node, property: property as never, type: SemanticTokenTypes.number });
        }
        if (ast.isCriterionAssessment(node)) {
            acceptor({ node, property: 'criterion', type: SemanticTokenTypes.type });
        } else if (ast.isMitigation(node)) {
            acceptor({ node, property: 'criteria', type: SemanticTokenTypes.type });
            this.highlightReferences(node, 'recipients', node.recipients, acceptor);
        } else if (ast.isRiskStatement(node)) {
            acceptor({ node, property: 'criteria', type: SemanticTokenTypes.type });
            this.highlightReferences(node, 'recipients', node.recipients, acceptor);
        } else if (ast.isDataScope(node)) {
            acceptor({ node, property: 'forms', type: SemanticTokenTypes.enum });
            this.highlightReferences(node, 'categories', node.categories, acceptor);
        } else if (ast.isProvision(node)) {
            this.highlightReferences(node, 'service', node.service ? [node.service] : [], acceptor);
            this.highlightReferences(node, 'recipients', node.recipients, acceptor);
            this.highlightReferences(node, 'umbrella', node.umbrella ? [node.umbrella] : [], acceptor);
        } else if (ast.isUmbrella(node)) {
            this.highlightReferences(node, 'service', node.service ? [node.service] : [], acceptor);
            this.highlightReferences(node, 'recipients', node.recipients, acceptor);
        }
    }

    private highlightDeclaration(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        const type = nameTypes[node.$type];
        if (!type || !(node as { name?: string }).name) {
            return;
        }
        const modifier = [SemanticTokenModifiers.declaration];
        if (isBuiltin(node)) {
            modifier.push(SemanticTokenModifiers.defaultLibrary);
        }
        if (ast.isWeighingNote(node) && node.method === 'legacy') {
            // Notes made before the joint method are still valid, but a reviewer reads them as outdated.
            modifier.push(SemanticTokenModifiers.deprecated);
            acceptor({ node, property: 'method', type: SemanticTokenTypes.enumMember, modifier: SemanticTokenModifiers.deprecated });
        }
        acceptor({ node, property: 'name' as never, type, modifier });
    }

    /** Each reference by its own CST node: by property and index, Langium would collect the whole list for every item, the square of a long list. */
    private highlightReferences(node: AstNode, property: string, references: ReadonlyArray<Reference>, acceptor: SemanticTokenAcceptor): void {
        references.forEach((reference, index) => {
            const target = reference.ref;
            const type = target ? nameTypes[target.$type] : undefined;
            if (!type) {
                return;
            }
            const modifier = isBuiltin(target!) ? [SemanticTokenModifiers.defaultLibrary] : [];
            if (reference.$refNode) {
                acceptor({ range: reference.$refNode.range, type, modifier });
            } else {
                acceptor({ node, property: property as never, index, type, modifier });
            }
        });
    }
}

function isBuiltin(node: AstNode): boolean {
    return AstUtils.getDocument(node).uri.toString() === builtinUri;
}
