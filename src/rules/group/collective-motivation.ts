import type { Provision } from '../../language/generated/ast.js';
import { describe, mention, resolvedRecipients } from '../../model/provisions.js';
import { defineRule } from '../rule.js';

export const collectiveMotivation = defineRule({
    id: 'group/collective-motivation',
    domainRule: 10,
    defaultSeverity: 'warning',
    description: 'A group provision names at least two recipients and its motivation speaks for the group; a provision to several recipients outside an umbrella is declared as a group provision.',
    rationale: 'In a group provision one set of personal data goes to several services and the motivation covers the collective. CTIVD report 73 found group provisions to elevated-risk services unlawful where that collective weighing was missing. (That every elevated-risk member is covered by a mitigation is checked by risk/mitigation-required.)',
    source: 'Policy response of 12 October 2021 (group weighing); CTIVD report 73',
    dutchTerm: 'groepsverstrekking, groepsafweging',
    options: {
        groupTerms: {
            type: 'list',
            default: ['group', 'collective', 'all recipients', 'each recipient', 'every recipient', 'partners', 'partner services'],
            description: 'Words or phrases that show a motivation speaks for the group, matched as whole words in any letter case. A motivation that names every recipient also does.'
        }
    },
    appliesTo: ['Provision'],
    *check(provision: Provision, { options }) {
        const owner = describe(provision);
        if (provision.kind === 'provision' && !provision.umbrella && provision.recipients.length > 1) {
            yield { node: provision, property: 'kind', message: `${owner} gives data to ${provision.recipients.length} recipients outside an umbrella. Declare it as \`group-provision\` and motivate it for the group.` };
            return;
        }
        if (provision.kind !== 'group-provision') {
            return;
        }
        if (provision.recipients.length === 1) {
            yield { node: provision, property: 'recipients', message: `${owner} names one recipient. A group provision names every recipient of the group: \`to A, B, …\`.` };
        }
        const text = provision.necessity?.text;
        if (!text || provision.recipients.length < 2) {
            return; // no recipients at all is reported as language/missing-clause, no motivation by motivation/necessity-required
        }
        const mentions = (phrase: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(phrase)}(?![\\p{L}\\p{N}])`, 'iu').test(text);
        const speaksForGroup = options.groupTerms.some(mentions)
            || resolvedRecipients(provision).every(recipient => mentions(recipient.name) || (recipient.title !== undefined && mentions(recipient.title)));
        if (!speaksForGroup) {
            yield { node: provision.necessity!, message: `The motivation of ${mention(provision)} does not speak for the group. Explain why the group as a whole needs this data, or name each recipient and why it needs it.` };
        }
    }
});

function escapeRegExp(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
