import type { Provision, Recipient } from '../../language/generated/ast.js';
import type { KeyOf } from '../../i18n/messages.js';
import { describe, mention, resolvedRecipients } from '../../model/provisions.js';
import { comparisonKey, containsPhrase } from '../../model/text.js';
import { replaceProperty } from '../support/edits.js';
import { defineRule, type Finding } from '../rule.js';
import { messages } from './collective-motivation.messages.js';

/** How analysts say that a motivation covers every member, in English and in Dutch. Matched as whole words. */
export const defaultGroupTerms: readonly string[] = [
    'group', 'collective', 'collectively', 'jointly', 'all recipients', 'each recipient', 'every recipient', 'each of these services',
    'partners', 'partner services',
    'de groep als geheel', 'de hele groep', 'groep ontvangers', 'gezamenlijk', 'gezamenlijke', 'collectief', 'collectieve',
    'alle ontvangers', 'elke ontvanger', 'iedere ontvanger', 'elk van deze diensten', 'ieder van deze diensten', 'ieder van hen', 'elk van hen',
    'elk van de ontvangers', 'ieder van de ontvangers', 'alle ontvangende diensten', 'beide diensten', 'beide ontvangers', 'beide partners',
    'alle partners', 'partnerdiensten',
    'each of them', 'all of them', 'each service', 'every service', 'each receiving service', 'the receiving services',
    'elke dienst', 'iedere dienst', 'elk van de diensten', 'ieder van de diensten', 'elke ontvangende dienst', 'iedere ontvangende dienst',
    'de ontvangende diensten'
];

/** A reader counts a recipient as named when the text names its service (`NorthlandSIS`), its title or its country. */
function namesRecipient(recipient: Recipient, mentions: (phrase: string) => boolean): boolean {
    return [recipient.name, recipient.title, recipient.country].some(phrase => phrase !== undefined && phrase !== '' && mentions(phrase));
}

export const collectiveMotivation = defineRule({
    id: 'group/collective-motivation',
    domainRule: 10,
    defaultSeverity: 'warning',
    dutchTerm: 'groepsverstrekking, groepsafweging',
    options: {
        groupTerms: { type: 'list', default: defaultGroupTerms }
    },
    messages,
    hasFix: true,
    appliesTo: ['Provision'],
    *check(provision: Provision, { options }): Generator<Finding<KeyOf<typeof messages>>> {
        const subject = describe(provision);
        if (provision.kind === 'provision' && !provision.umbrella && provision.recipients.length > 1) {
            // What it is follows from its recipients: naming it so decides nothing for the author.
            const declare = replaceProperty(provision, 'kind', 'group-provision');
            yield { node: provision, property: 'kind', messageId: 'notDeclared', data: { subject, count: provision.recipients.length }, fix: declare && { messageId: 'declareGroup', edits: [declare] } };
            return;
        }
        if (provision.kind !== 'group-provision') {
            return;
        }
        if (provision.recipients.length === 1) {
            // Either the other recipients are missing or it is no group provision: only the author knows.
            const single = replaceProperty(provision, 'kind', 'provision');
            yield { node: provision, property: 'recipients', messageId: 'oneRecipient', data: { subject }, fix: single && { messageId: 'declareSingle', edits: [single], preferred: false, suggestion: true } };
        }
        const text = provision.necessity?.text;
        if (!text || provision.recipients.length < 2) {
            return; // no recipients at all is reported as language/missing-clause, no motivation by motivation/necessity-required
        }
        const key = comparisonKey(text);
        const mentions = (phrase: string) => containsPhrase(key, phrase);
        const speaksForGroup = options.groupTerms.some(mentions)
            || resolvedRecipients(provision).every(recipient => namesRecipient(recipient, mentions));
        if (!speaksForGroup) {
            yield { node: provision.necessity!, messageId: 'notForGroup', data: { mention: mention(provision), option: 'groupTerms' } };
        }
    }
});
