// Langium's default scope provider filters a document's local symbols anew for every
// reference, scanning every declaration of the file each time: quadratic in a large file.
// Here the local symbols are indexed by name once per container and reference type, each
// time a document's local symbols are computed, and every reference looks its name up.
import {
    AstUtils, DefaultScopeProvider, MultiMap, stream,
    type AstNode, type AstNodeDescription, type LocalSymbols, type ReferenceInfo, type Scope, type Stream
} from 'langium';

type NamesByType = Map<string, MultiMap<string, AstNodeDescription>>;

export class ProvisioScopeProvider extends DefaultScopeProvider {
    /** Keyed by the local symbols object, which is new each time a document's scopes are computed. */
    private readonly indexes = new WeakMap<LocalSymbols, Map<AstNode, NamesByType>>();

    override getScope(context: ReferenceInfo): Scope {
        const referenceType = this.reflection.getReferenceType(context);
        const localSymbols = AstUtils.getDocument(context.container).localSymbols;
        const containers: AstNode[] = [];
        for (let node: AstNode | undefined = context.container; localSymbols && node; node = node.$container) {
            if (localSymbols.has(node)) {
                containers.push(node);
            }
        }
        let scope = this.getGlobalScope(referenceType, context);
        for (const container of containers.reverse()) {
            scope = new IndexedScope(this.localNames(localSymbols!, container, referenceType), scope);
        }
        return scope;
    }

    private localNames(localSymbols: LocalSymbols, container: AstNode, referenceType: string): MultiMap<string, AstNodeDescription> {
        let byContainer = this.indexes.get(localSymbols);
        if (!byContainer) {
            byContainer = new Map();
            this.indexes.set(localSymbols, byContainer);
        }
        let byType = byContainer.get(container);
        if (!byType) {
            byType = new Map();
            byContainer.set(container, byType);
        }
        let names = byType.get(referenceType);
        if (!names) {
            names = new MultiMap(localSymbols.getStream(container)
                .filter(description => this.reflection.isSubtype(description.type, referenceType))
                .map(description => [description.name, description] as [string, AstNodeDescription]));
            byType.set(referenceType, names);
        }
        return names;
    }
}

/** A scope over names indexed in advance; like Langium's MultiMapScope, without building the index per scope. */
class IndexedScope implements Scope {
    constructor(private readonly names: MultiMap<string, AstNodeDescription>, private readonly outer: Scope) {}

    getElement(name: string): AstNodeDescription | undefined {
        return this.names.get(name)[0] ?? this.outer.getElement(name);
    }

    getElements(name: string): Stream<AstNodeDescription> {
        return stream(this.names.get(name)).concat(this.outer.getElements(name));
    }

    getAllElements(): Stream<AstNodeDescription> {
        return stream(this.names.values()).concat(this.outer.getAllElements());
    }
}
