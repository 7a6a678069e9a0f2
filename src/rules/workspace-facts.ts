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
    private readonly byKey = new MultiMap<string, Motivation>();
    /** What each document added to `byKey`, to take it out again or move it to the document's next parse. */
    private readonly byDocument = new Map<string, Array<[string, Motivation]>>();
    private readonly motivationOf = new WeakMap<Necessity, Motivation>();
    /** Motivations whose copies or near-copies may have changed, or moved, since `takeTouched` was last asked; kept only while `tracking`. */
    private readonly touched = new Set<Necessity>();
    /** The texts whose copies and near-copies are all in `touched` already: k copies that all move touch them once, not k times each. */
    private readonly touchedKeys = new Set<string>();
    /** Whether anyone asks for `takeTouched`: the editor does after its first build; a check never does. */
    private tracking = false;
    /** Motivations by word shingle, for near-copies; kept up to date with `byKey`. */
    readonly nearCopies = new NearCopyIndex();

    constructor(services: ProvisioServices) {
        const builder = services.shared.workspace.DocumentBuilder;
        builder.onDocumentPhase(DocumentState.IndexedContent, document => this.index(document));
        builder.onUpdate((_changed, deleted) => deleted.forEach(uri => this.forget(uri)));
    }

    sameMotivation(necessity: Necessity): Copies<Necessity> {
        const key = comparisonKey(necessity.text);
        const motivation = this.motivationOf.get(necessity);
        if (!key || !motivation || !this.byKey.has(key, motivation)) {
            return { total: 0, shown: [] };
        }
        const shown: Necessity[] = [];
        for (const other of this.byKey.values(key)) {
            if (shown.length === shownCopies) {
                break;
            }
            if (other !== motivation) {
                shown.push(other.necessity);
            }
        }
        return { total: this.byKey.count(key) - 1, shown };
    }

    similarMotivations(necessity: Necessity): readonly NearCopy[] {
        return this.nearCopies.similarTo(necessity);
    }

    /**
     * The motivations whose reuse findings may have changed since the last call: the copies
     * of a motivation that came, went or moved, and its near-copies. The editor checks their
     * documents again when their findings' fingerprint changed, instead of asking every document.
     */
    takeTouched(): Necessity[] {
        this.tracking = true;
        this.nearCopies.trackInvalidated = true;
        const touched = [...this.touched, ...this.nearCopies.takeInvalidated()];
        this.touched.clear();
        this.touchedKeys.clear();
        return touched;
    }

    /**
     * Marks a motivation's copies and near-copies (while it is still indexed, or already) as
     * touched. Copies share their near-copies, so a text is touched once until the next
     * `takeTouched`; a copy that comes later is in a document that is being built anyway.
     */
    private touchAround(key: string, motivation: Motivation): void {
        if (!this.tracking || this.touchedKeys.has(key)) {
            return;
        }
        this.touchedKeys.add(key);
        for (const copy of this.byKey.values(key)) {
            this.touched.add(copy.necessity);
        }
        for (const near of this.nearCopies.similarTo(motivation.necessity)) {
            this.touched.add(near.necessity);
        }
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

    /**
     * Indexes a document's motivations. After a keystroke the document is parsed again and
     * most of its motivations are the same text in a new node: those keep their place in the
     * indexes and move to the new node, so only the edited ones are taken out and put in. A
     * document told again with the same motivation nodes keeps its place (a check announces
     * documents in workspace order before building them); one told again with some of them is
     * put at the end, as a document indexed for the first time.
     */
    private index(document: LangiumDocument): void {
        const uri = document.uri.toString();
        const current = motivationsOf(document).flatMap(necessity => {
            const key = comparisonKey(necessity.text);
            return key ? [[key, necessity] as [string, Necessity]] : [];
        });
        const previous = this.byDocument.get(uri) ?? [];
        if (sameNodes(previous, current)) {
            return;
        }
        const reannounced = previous.length > 0 && current.some(([, necessity]) => necessity === previous[0][1].necessity);
        const unmatched = reannounced ? new Map<string, Motivation[]>() : byKeyInOrder(previous);
        const entries = current.map(([key, necessity]): [string, Motivation] => {
            const same = unmatched.get(key);
            const motivation = same?.pop();
            if (motivation) {
                if (this.tracking && place(motivation.necessity) !== place(necessity)) {
                    this.touchAround(key, motivation);
                }
                this.nearCopies.move(motivation.necessity, necessity);
                this.motivationOf.delete(motivation.necessity);
                motivation.necessity = necessity;
                this.motivationOf.set(necessity, motivation);
                return [key, motivation];
            }
            return [key, { necessity }];
        });
        const kept = new Set(entries.map(([, motivation]) => motivation));
        this.take(previous.filter(([, motivation]) => !kept.has(motivation)));
        const added = entries.filter(([key, motivation]) => this.motivationOf.get(motivation.necessity) !== motivation || !this.byKey.has(key, motivation));
        for (const [key, motivation] of added) {
            this.byKey.add(key, motivation);
            this.nearCopies.add(motivation.necessity);
            this.motivationOf.set(motivation.necessity, motivation);
        }
        added.forEach(([key, motivation]) => this.touchAround(key, motivation));
        this.byDocument.set(uri, entries);
    }

    private forget(uri: URI): void {
        this.take(this.byDocument.get(uri.toString()) ?? []);
        this.byDocument.delete(uri.toString());
    }

    private take(entries: ReadonlyArray<[string, Motivation]>): void {
        for (const [key, motivation] of entries) {
            this.touchAround(key, motivation);
            this.byKey.delete(key, motivation);
            this.nearCopies.remove(motivation.necessity);
        }
    }
}

/** A motivation in the indexes, which moves to the new node when its document is parsed again. */
interface Motivation {
    necessity: Necessity;
}

/** The entries by key, each list reversed so that `pop` matches them in document order. */
function byKeyInOrder(entries: ReadonlyArray<[string, Motivation]>): Map<string, Motivation[]> {
    const lists = new Map<string, Motivation[]>();
    for (let i = entries.length - 1; i >= 0; i--) {
        const [key, motivation] = entries[i];
        let list = lists.get(key);
        if (!list) {
            list = [];
            lists.set(key, list);
        }
        list.push(motivation);
    }
    return lists;
}

/** Whether a document's entries are these motivations, in this order, node for node. */
function sameNodes(previous: ReadonlyArray<[string, Motivation]>, current: ReadonlyArray<[string, Necessity]>): boolean {
    return previous.length > 0 && previous.length === current.length
        && previous.every(([key, motivation], index) => key === current[index][0] && motivation.necessity === current[index][1]);
}

function motivationsOf(document: LangiumDocument): Necessity[] {
    const declarations = (document.parseResult.value as Document).declarations ?? [];
    return declarations.flatMap(declaration => 'necessity' in declaration && declaration.necessity ? [declaration.necessity] : []);
}

function place(necessity: Necessity): string {
    return `${necessity.$container?.name}@${necessity.$cstNode?.offset}`;
}
