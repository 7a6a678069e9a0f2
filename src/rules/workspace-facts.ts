// Workspace-wide facts for rules. The motivation index is kept up to date per document: when
// a document is indexed again its old entries are replaced, so a keystroke costs the size of
// the edited document, not of the workspace, and no rule compares documents pairwise.
import { DocumentState, type LangiumDocument, type URI } from 'langium';
import type { Document, Necessity } from '../language/generated/ast.js';
import type { ProvisioServices } from '../language/provisio-module.js';
import { comparisonKey } from '../model/text.js';
import { NearCopyIndex, type NearCopy } from './near-copy-index.js';
import { MultiMap } from './support/multi-map.js';
import type { Copies, WorkspaceFacts } from './rule.js';

/** How many other places a finding names; the rest are counted. */
export const shownCopies = 3;

export class ProvisioWorkspaceFacts implements WorkspaceFacts {
    /** Motivations by comparison key, in insertion order. */
    private readonly byKey = new MultiMap<string, Necessity>();
    /** What each document added to `byKey`, to take it out again. */
    private readonly byDocument = new Map<string, Array<[string, Necessity]>>();
    /** Motivations by word shingle, for near-copies; kept up to date with `byKey`. */
    readonly nearCopies = new NearCopyIndex();

    constructor(services: ProvisioServices) {
        const builder = services.shared.workspace.DocumentBuilder;
        builder.onDocumentPhase(DocumentState.IndexedContent, document => this.index(document));
        builder.onUpdate((_changed, deleted) => deleted.forEach(uri => this.forget(uri)));
    }

    sameMotivation(necessity: Necessity): Copies<Necessity> {
        const key = comparisonKey(necessity.text);
        if (!key || !this.byKey.has(key, necessity)) {
            return { total: 0, shown: [] };
        }
        const shown: Necessity[] = [];
        for (const other of this.byKey.values(key)) {
            if (shown.length === shownCopies) {
                break;
            }
            if (other !== necessity) {
                shown.push(other);
            }
        }
        return { total: this.byKey.count(key) - 1, shown };
    }

    similarMotivations(necessity: Necessity): readonly NearCopy[] {
        return this.nearCopies.similarTo(necessity);
    }

    /** What the reuse findings of a document depend on: for each motivation, how many copies and near-copies it has and which it names. */
    reuseFingerprint(document: LangiumDocument): string {
        return motivationsOf(document)
            .map(necessity => {
                const copies = this.sameMotivation(necessity);
                const near = this.similarMotivations(necessity).map(copy => `${place(copy.necessity)}~${copy.shared}/${copy.jaccard.toFixed(3)}`);
                return `${copies.total}:${copies.shown.map(place).join(',')}:${near.join(',')}`;
            })
            .join(';');
    }

    private index(document: LangiumDocument): void {
        this.forget(document.uri);
        const entries = motivationsOf(document).flatMap(necessity => {
            const key = comparisonKey(necessity.text);
            return key ? [[key, necessity] as [string, Necessity]] : [];
        });
        for (const [key, necessity] of entries) {
            this.byKey.add(key, necessity);
            this.nearCopies.add(necessity);
        }
        this.byDocument.set(document.uri.toString(), entries);
    }

    private forget(uri: URI): void {
        const entries = this.byDocument.get(uri.toString()) ?? [];
        for (const [key, necessity] of entries) {
            this.byKey.delete(key, necessity);
            this.nearCopies.remove(necessity);
        }
        this.byDocument.delete(uri.toString());
    }
}

function motivationsOf(document: LangiumDocument): Necessity[] {
    const declarations = (document.parseResult.value as Document).declarations ?? [];
    return declarations.flatMap(declaration => 'necessity' in declaration && declaration.necessity ? [declaration.necessity] : []);
}

function place(necessity: Necessity): string {
    return `${necessity.$container?.name}@${necessity.$cstNode?.offset}`;
}
