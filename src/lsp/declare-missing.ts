// A quick fix for an unknown name: declare it. The declaration goes into the workspace's
// registry, not into the file that uses the name: the file that already declares the most
// names of that kind (recipients, services, categories), else the file that declares the
// most recipients and services, else the file itself. Umbrellas go into that registry too.
// Nothing is invented: a recipient, service or category is declared by name only, and an
// umbrella with only what the provision that names it requires of it (the service that
// holds it and the recipients); the checks then say what the author has to add.
import { AstUtils, CstUtils, DocumentValidator, URI, UriUtils, type AstNode, type LangiumDocument } from 'langium';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { CodeActionKind } from 'vscode-languageserver';
import { isProvision } from '../language/generated/ast.js';
import { builtinVocabularyUri } from '../language/builtin-vocabulary.js';
import type { ProvisioServices } from '../language/provisio-module.js';
import { appendDeclaration } from '../rules/support/edits.js';
import { messages } from './declare-missing.messages.js';

type DeclarableKind = 'Recipient' | 'Service' | 'Category' | 'Umbrella';
const declarable = new Set<string>(['Recipient', 'Service', 'Category', 'Umbrella']);
const idPattern = /^[A-Za-z_][A-Za-z0-9_]*(-[A-Za-z0-9_]+)*$/;

interface LinkingErrorData {
    code?: string;
    containerType?: string;
    property?: string;
    refText?: string;
}

export function declareMissing(services: ProvisioServices, document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
    const data = diagnostic.data as LinkingErrorData | undefined;
    if (data?.code !== DocumentValidator.LinkingError || !data.containerType || !data.property || !data.refText || !idPattern.test(data.refText)) {
        return [];
    }
    const kind = referenceType(services, data.containerType, data.property);
    if (!kind || !declarable.has(kind)) {
        return [];
    }
    const name = data.refText;
    // A name declared as something else is a wrong kind of name, not a missing declaration.
    if (services.shared.workspace.IndexManager.allElements().some(element => element.name === name)) {
        return [];
    }
    const target = registryFile(services, kind as DeclarableKind) ?? document;
    const root = target.parseResult.value.$cstNode?.root;
    const end = target.textDocument.positionAt(target.textDocument.getText().length);
    const user = nodeAt(document, diagnostic);
    const edit = appendDeclaration(root, declaration(kind as DeclarableKind, name, user), end);
    const file = UriUtils.relative(UriUtils.dirname(document.uri), target.uri);
    return [{
        title: services.i18n.Translator.format(messages.message(kind as DeclarableKind, { name, file: file || UriUtils.basename(target.uri) })),
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        // An unknown name is as often a misspelt one: declaring it is not the obvious fix.
        isPreferred: false,
        edit: { changes: { [target.uri.toString()]: [edit] } }
    }];
}

function referenceType(services: ProvisioServices, containerType: string, property: string): string | undefined {
    try {
        return services.shared.AstReflection.getReferenceType({ container: { $type: containerType } as AstNode, property, reference: undefined! });
    } catch {
        return undefined;
    }
}

function declaration(kind: DeclarableKind, name: string, user: AstNode | undefined): string[] {
    switch (kind) {
        case 'Recipient': return [`recipient ${name}`];
        case 'Service': return [`service ${name}`];
        case 'Category': return [`category ${name}`];
        case 'Umbrella': {
            const provision = user && AstUtils.getContainerOfType(user, isProvision);
            const service = provision?.service?.$refText;
            const recipients = provision?.recipients.map(reference => reference.$refText).filter(text => text.length > 0) ?? [];
            return [
                `umbrella ${name} {`,
                ...service ? [`    by ${service}`] : [],
                ...recipients.length > 0 ? [`    recipients ${recipients.join(', ')}`] : [],
                '}'
            ];
        }
    }
}

/** The file that declares the most names of this kind, else the most recipients and services; never the built-in vocabulary. */
function registryFile(services: ProvisioServices, kind: DeclarableKind): LangiumDocument | undefined {
    const byKind = new Map<string, Map<string, number>>();
    for (const element of services.shared.workspace.IndexManager.allElements()) {
        const uri = element.documentUri.toString();
        if (uri === builtinVocabularyUri) {
            continue;
        }
        const counts = byKind.get(element.type) ?? new Map<string, number>();
        counts.set(uri, (counts.get(uri) ?? 0) + 1);
        byKind.set(element.type, counts);
    }
    const most = (types: string[]) => {
        const totals = new Map<string, number>();
        for (const type of types) {
            for (const [uri, count] of byKind.get(type) ?? []) {
                totals.set(uri, (totals.get(uri) ?? 0) + count);
            }
        }
        // Ties go to the first file in path order, so the choice does not depend on loading order.
        const best = [...totals].sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b))[0];
        return best && documentOf(services, best[0]);
    };
    return (kind === 'Umbrella' ? undefined : most([kind])) ?? most(['Recipient', 'Service']);
}

function documentOf(services: ProvisioServices, uri: string): LangiumDocument | undefined {
    return services.shared.workspace.LangiumDocuments.getDocument(URI.parse(uri));
}

function nodeAt(document: LangiumDocument, diagnostic: Diagnostic): AstNode | undefined {
    const root = document.parseResult.value.$cstNode;
    return root && CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(diagnostic.range.start))?.astNode;
}
