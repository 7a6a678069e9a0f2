// Unresolved names get a message an author can act on: what kind of thing was expected,
// the closest declared name, and how to declare a new one.
import { DefaultLinker, type AstNodeDescription, type LangiumCoreServices, type LinkingError, type ReferenceInfo, type ScopeProvider } from 'langium';
import { closestMatch } from '../config/suggest.js';

const howToDeclare: Record<string, { what: string; declare: string }> = {
    Category: { what: 'data category', declare: 'Use a category from the built-in vocabulary, or declare it: `category NAME "<description>"`.' },
    Recipient: { what: 'recipient', declare: 'Declare it: `recipient NAME "<full name>" { … }`.' },
    Service: { what: 'service', declare: 'Declare it: `service NAME "<full name>"`.' },
    Umbrella: { what: 'umbrella', declare: 'Declare it: `umbrella NAME "<title>" { … }`.' }
};

export class ProvisioLinker extends DefaultLinker {
    private readonly scopes: ScopeProvider;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.scopes = services.references.ScopeProvider;
    }

    protected override createLinkingError(refInfo: ReferenceInfo, targetDescription?: AstNodeDescription): LinkingError {
        const error = super.createLinkingError(refInfo, targetDescription);
        const guide = howToDeclare[this.reflection.getReferenceType(refInfo)];
        if (!guide) {
            return error;
        }
        const name = refInfo.reference.$refText;
        const known = this.scopes.getScope(refInfo).getAllElements().map(element => element.name).toArray();
        const suggestion = closestMatch(name, known);
        const didYouMean = suggestion ? ` Did you mean \`${suggestion}\`?` : '';
        return { ...error, message: `Unknown ${guide.what} \`${name}\`.${didYouMean} ${guide.declare.replace('NAME', name)}` };
    }
}
