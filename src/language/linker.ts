// Unresolved names get a message an author can act on: what kind of thing was expected,
// the closest declared name, and how to declare a new one.
import {
    DefaultLinker, DocumentState, WorkspaceCache,
    type AstNodeDescription, type LangiumCoreServices, type LinkingError, type ReferenceInfo, type ScopeProvider
} from 'langium';
import { Suggestions } from '../config/suggest.js';

const howToDeclare: Record<string, { what: string; declare: string }> = {
    Category: { what: 'data category', declare: 'Use a category from the built-in vocabulary, or declare it: `category NAME "<description>"`.' },
    Recipient: { what: 'recipient', declare: 'Declare it: `recipient NAME "<full name>" { … }`.' },
    Service: { what: 'service', declare: 'Declare it: `service NAME "<full name>"`.' },
    Umbrella: { what: 'umbrella', declare: 'Declare it: `umbrella NAME "<title>" { … }`.' }
};

export class ProvisioLinker extends DefaultLinker {
    private readonly scopes: ScopeProvider;
    /** The names to suggest from, per reference type, gathered once per build rather than once per unresolved name. */
    private readonly suggestionsByType: WorkspaceCache<string, Suggestions>;
    /** The suggestion per reference type and unresolved name, so a name misspelt many times is looked up once. */
    private readonly suggestionByName: WorkspaceCache<string, string | undefined>;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.scopes = services.references.ScopeProvider;
        this.suggestionsByType = new WorkspaceCache(services.shared, DocumentState.IndexedContent);
        this.suggestionByName = new WorkspaceCache(services.shared, DocumentState.IndexedContent);
    }

    protected override createLinkingError(refInfo: ReferenceInfo, targetDescription?: AstNodeDescription): LinkingError {
        const error = super.createLinkingError(refInfo, targetDescription);
        const type = this.reflection.getReferenceType(refInfo);
        const guide = howToDeclare[type];
        if (!guide) {
            return error;
        }
        const name = refInfo.reference.$refText;
        const suggestion = this.suggestionByName.get(`${type} ${name}`, () => this.suggestionsFor(refInfo, type).closest(name));
        const didYouMean = suggestion ? ` Did you mean \`${suggestion}\`?` : '';
        return { ...error, message: `Unknown ${guide.what} \`${name}\`.${didYouMean} ${guide.declare.replace('NAME', name)}` };
    }

    /** Every declaration is top-level and exported, so one reference's scope holds the names of its type for all. */
    private suggestionsFor(refInfo: ReferenceInfo, type: string): Suggestions {
        return this.suggestionsByType.get(type, () => new Suggestions(this.scopes.getScope(refInfo).getAllElements().map(element => element.name)));
    }
}
