// Langium's default scope looks a name up among a document's declarations by walking them
// all, for every reference: a file with n declarations and n references cost n². Here the
// document's own declarations are kept per reference type in a map, built once per scope
// computation, so each lookup is O(1). Declarations nested deeper (none refer to them yet)
// are still walked, as before.
import {
    AstUtils, DefaultScopeProvider, MultiMapScope,
    type AstNode, type LangiumCoreServices, type ReferenceInfo, type Scope
} from 'langium';

type LocalSymbols = NonNullable<ReturnType<typeof AstUtils.getDocument>['localSymbols']>;

interface DocumentScope {
    /** The workspace scope this one falls back to: when it is replaced, so is this. */
    outer: Scope;
    scope: Scope;
}

export class ProvisioScopeProvider extends DefaultScopeProvider {
    /** Keyed by the document's local symbols, which are replaced whenever its scopes are computed again. */
    private readonly documentScopes = new WeakMap<LocalSymbols, Map<string, DocumentScope>>();

    constructor(services: LangiumCoreServices) {
        super(services);
    }

    override getScope(context: ReferenceInfo): Scope {
        const referenceType = this.reflection.getReferenceType(context);
        const document = AstUtils.getDocument(context.container);
        const root = document.parseResult.value;
        const localSymbols = document.localSymbols;
        const global = this.getGlobalScope(referenceType, context);
        if (!localSymbols) {
            return global;
        }
        let result = localSymbols.has(root) ? this.documentScope(localSymbols, root, referenceType, global) : global;
        const nested: AstNode[] = [];
        for (let container: AstNode | undefined = context.container; container && container !== root; container = container.$container) {
            if (localSymbols.has(container)) {
                nested.push(container);
            }
        }
        for (const container of nested.reverse()) {
            result = this.createScope(localSymbols.getStream(container).filter(description => this.reflection.isSubtype(description.type, referenceType)), result);
        }
        return result;
    }

    private documentScope(localSymbols: LocalSymbols, root: AstNode, referenceType: string, outer: Scope): Scope {
        let byType = this.documentScopes.get(localSymbols);
        if (!byType) {
            byType = new Map();
            this.documentScopes.set(localSymbols, byType);
        }
        const cached = byType.get(referenceType);
        if (cached?.outer === outer) {
            return cached.scope;
        }
        const scope = new MultiMapScope(localSymbols.getStream(root).filter(description => this.reflection.isSubtype(description.type, referenceType)), outer);
        byType.set(referenceType, { outer, scope });
        return scope;
    }
}
