// Workspace-wide facts for rules, built in one pass over all documents per build, so
// comparing motivations is linear in their number rather than pairwise.
import { DocumentState, MultiMap, WorkspaceCache, type LangiumDocument, type LangiumDocuments } from 'langium';
import type { Document, Necessity } from '../language/generated/ast.js';
import type { ProvisioServices } from '../language/provisio-module.js';
import { comparisonKey } from '../model/text.js';
import type { WorkspaceFacts } from './rule.js';

export class ProvisioWorkspaceFacts implements WorkspaceFacts {
    private readonly documents: LangiumDocuments;
    private readonly motivations: WorkspaceCache<string, MultiMap<string, Necessity>>;

    constructor(services: ProvisioServices) {
        this.documents = services.shared.workspace.LangiumDocuments;
        this.motivations = new WorkspaceCache(services.shared, DocumentState.IndexedContent);
    }

    sameMotivation(necessity: Necessity): readonly Necessity[] {
        const key = comparisonKey(necessity.text);
        const same = key ? this.motivationIndex().get(key) : [];
        return same.filter(other => other !== necessity);
    }

    /** What the reuse findings of a document depend on: for each motivation, the others with the same text. */
    reuseFingerprint(document: LangiumDocument): string {
        return motivationsOf(document)
            .map(necessity => this.sameMotivation(necessity).map(other => `${other.$container.name}@${other.$cstNode?.offset}`).join(','))
            .join(';');
    }

    private motivationIndex(): MultiMap<string, Necessity> {
        return this.motivations.get('all', () => new MultiMap(
            this.documents.all.flatMap(motivationsOf).map(necessity => [comparisonKey(necessity.text), necessity] as [string, Necessity])
        ));
    }
}

function motivationsOf(document: LangiumDocument): Necessity[] {
    const declarations = (document.parseResult.value as Document).declarations ?? [];
    return declarations.flatMap(declaration => 'necessity' in declaration && declaration.necessity ? [declaration.necessity] : []);
}
