// Unresolved names get a message an author can act on: what kind of thing was expected,
// the closest declared name, and how to declare a new one.
import {
    Cancellation, DefaultLinker, DocumentState, WorkspaceCache, interruptAndCheck,
    type AstNodeDescription, type IndexManager, type LangiumDocument, type LinkingError, type ReferenceInfo, type ScopeProvider
} from 'langium';
import { childrenOf, forEachNode, forEachReference } from './ast-walk.js';
import { Suggestions } from '../config/suggest.js';
import type { KeyOf } from '../i18n/messages.js';
import type { Translator } from '../i18n/translator.js';
import { messages } from './language.messages.js';
import type { ProvisioServices } from './provisio-module.js';

/** The message for an unknown name, per kind of declaration: what was expected and how to declare it. */
const kinds = new Set(['Category', 'Recipient', 'Service', 'Umbrella', 'Provision', 'WeighingNote']);

const unknownName: Record<string, KeyOf<typeof messages>> = {
    Category: 'unknown.Category',
    Recipient: 'unknown.Recipient',
    Service: 'unknown.Service',
    Umbrella: 'unknown.Umbrella'
};

export class ProvisioLinker extends DefaultLinker {
    private readonly scopes: ScopeProvider;
    /** The names to suggest from, per reference type, gathered once per build rather than once per unresolved name. */
    private readonly suggestionsByType: WorkspaceCache<string, Suggestions>;
    /** The suggestion per reference type and unresolved name, so a name misspelt many times is looked up once. */
    private readonly suggestionByName: WorkspaceCache<string, string | undefined>;

    /** The kind of every declared name, gathered once per build, to tell a name used as the wrong kind from an unknown one. */
    private readonly kindByName: WorkspaceCache<string, string>;
    private readonly indexManager: IndexManager;
    private readonly translator: Translator;

    constructor(services: ProvisioServices) {
        super(services);
        this.translator = services.i18n.Translator;
        this.indexManager = services.shared.workspace.IndexManager;
        this.kindByName = new WorkspaceCache(services.shared, DocumentState.IndexedContent);
        this.scopes = services.references.ScopeProvider;
        this.suggestionsByType = new WorkspaceCache(services.shared, DocumentState.IndexedContent);
        this.suggestionByName = new WorkspaceCache(services.shared, DocumentState.IndexedContent);
    }

    /** Links as Langium does, walking plainly and checking for cancellation per declaration rather than per node (see ast-walk.ts). */
    override async link(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        if (this.profiler?.isActive('linking')) {
            return super.link(document, cancelToken);
        }
        const root = document.parseResult.value;
        forEachReference(root, reference => this.doLink(reference, document));
        for (const declaration of childrenOf(root)) {
            await interruptAndCheck(cancelToken);
            forEachNode(declaration, node => forEachReference(node, reference => this.doLink(reference, document)));
        }
    }

    protected override createLinkingError(refInfo: ReferenceInfo, targetDescription?: AstNodeDescription): LinkingError {
        const error = super.createLinkingError(refInfo, targetDescription);
        const type = this.reflection.getReferenceType(refInfo);
        const key = unknownName[type];
        if (!key) {
            return error;
        }
        const name = refInfo.reference.$refText;
        const declaredAs = this.kindOf(name);
        if (declaredAs && declaredAs !== type && kinds.has(declaredAs)) {
            // Declaring it again, as the unknown-name message would advise, would make a duplicate.
            return { ...error, message: this.translator.format(messages.message('wrongKind', {
                name, actual: messages.message(`kind.${declaredAs}` as KeyOf<typeof messages>), expected: messages.message(`kind.${type}` as KeyOf<typeof messages>)
            })) };
        }
        const suggestion = this.suggestionByName.get(`${type} ${name}`, () => this.suggestionsFor(refInfo, type).closest(name));
        const hint = suggestion ? messages.message('didYouMean', { suggestion }) : '';
        return { ...error, message: this.translator.format(messages.message(key, { name, hint })) };
    }

    private kindOf(name: string): string | undefined {
        // The empty name, which no declaration has, marks the cache as filled for this build.
        if (this.kindByName.has('')) {
            return this.kindByName.get(name);
        }
        this.kindByName.set('', '');
        for (const element of this.indexManager.allElements()) {
            if (!this.kindByName.has(element.name)) {
                this.kindByName.set(element.name, element.type);
            }
        }
        return this.kindByName.get(name);
    }

    /** Every declaration is top-level and exported, so one reference's scope holds the names of its type for all. */
    private suggestionsFor(refInfo: ReferenceInfo, type: string): Suggestions {
        return this.suggestionsByType.get(type, () => new Suggestions(this.scopes.getScope(refInfo).getAllElements().map(element => element.name)));
    }
}
