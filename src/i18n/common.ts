// Words that many messages share: how a provision or umbrella is named, the criteria, the
// approval levels. Keywords of the language stay as they are in both languages.
import type { Criterion } from '../language/generated/ast.js';
import { defineMessages, type Message } from './messages.js';

export const common = defineMessages('common', {
    'subject.provision': 'Provision {name}',
    'subject.group-provision': 'Group provision {name}',
    'subject.background-check': 'Background check {name}',
    'subject.umbrella': '{kind, select, other {Umbrella {name}}}',
    'subject.provision.unnamed': 'The provision',
    'subject.group-provision.unnamed': 'The group provision',
    'subject.background-check.unnamed': 'The background check',
    'subject.umbrella.unnamed': '{kind, select, other {The umbrella}}',
    'mention.provision': 'provision {name}',
    'mention.group-provision': 'group provision {name}',
    'mention.background-check': 'background check {name}',
    'mention.umbrella': '{kind, select, other {umbrella {name}}}',
    'mention.provision.unnamed': 'the provision',
    'mention.group-provision.unnamed': 'the group provision',
    'mention.background-check.unnamed': 'the background check',
    'mention.umbrella.unnamed': '{kind, select, other {the umbrella}}',
    'criterion.democratic-anchoring': 'democratic anchoring',
    'criterion.human-rights': 'human rights',
    'criterion.professionalism': 'professionalism',
    'criterion.legal-powers': 'legal powers',
    'criterion.data-protection': 'data protection',
    'level.mandated-official': 'mandated official',
    'level.head-of-service': 'head of service',
    'level.minister': 'minister',
    'level.definite.mandated-official': 'the mandated official',
    'level.definite.head-of-service': 'the head of service',
    'level.definite.minister': 'the minister',
    'code': '`{code}`'
}, {
    'subject.provision': 'Verstrekking {name}',
    'subject.group-provision': 'Groepsverstrekking {name}',
    'subject.background-check': 'Naslagverzoek {name}',
    'subject.umbrella': '{kind, select, authorisationNote {Autorisatienota {name}} multilateral {Multilaterale samenwerking {name}} other {Overkoepelende toestemming {name}}}',
    'subject.provision.unnamed': 'De verstrekking',
    'subject.group-provision.unnamed': 'De groepsverstrekking',
    'subject.background-check.unnamed': 'Het naslagverzoek',
    'subject.umbrella.unnamed': '{kind, select, authorisationNote {De autorisatienota} multilateral {De multilaterale samenwerking} other {De overkoepelende toestemming}}',
    'mention.provision': 'verstrekking {name}',
    'mention.group-provision': 'groepsverstrekking {name}',
    'mention.background-check': 'naslagverzoek {name}',
    'mention.umbrella': '{kind, select, authorisationNote {autorisatienota {name}} multilateral {multilaterale samenwerking {name}} other {overkoepelende toestemming {name}}}',
    'mention.provision.unnamed': 'de verstrekking',
    'mention.group-provision.unnamed': 'de groepsverstrekking',
    'mention.background-check.unnamed': 'het naslagverzoek',
    'mention.umbrella.unnamed': '{kind, select, authorisationNote {de autorisatienota} multilateral {de multilaterale samenwerking} other {de overkoepelende toestemming}}',
    'criterion.democratic-anchoring': 'democratische inbedding',
    'criterion.human-rights': 'mensenrechten',
    'criterion.professionalism': 'professionaliteit',
    'criterion.legal-powers': 'wettelijke bevoegdheden',
    'criterion.data-protection': 'gegevensbescherming',
    'level.mandated-official': 'gemandateerde functionaris',
    'level.head-of-service': 'hoofd van de dienst',
    'level.minister': 'minister',
    'level.definite.mandated-official': 'de gemandateerde functionaris',
    'level.definite.head-of-service': 'het hoofd van de dienst',
    'level.definite.minister': 'de minister',
    'code': '`{code}`'
});

export function criterionLabel(criterion: Criterion): Message {
    return common.message(`criterion.${criterion}`);
}

/** A keyword or clause quoted as code, the same in every language: `third-party-rule`. */
export function code(text: string): Message {
    return common.message('code', { code: text });
}
