import { defineMessages } from '../../i18n/messages.js';

export const messages = defineMessages('group/collective-motivation', {
    description: 'A group provision names at least two recipients and its motivation speaks for the group; a provision to several recipients outside an umbrella is declared as a group provision.',
    rationale: 'In a group provision one set of personal data goes to several services and the motivation covers the collective. CTIVD report 73 found group provisions to elevated-risk services unlawful where that collective weighing was missing. (That every elevated-risk member is covered by a mitigation is checked by risk/mitigation-required.)',
    source: 'Policy response of 12 October 2021 (group weighing); CTIVD report 73',
    fix: 'A provision to several recipients outside an umbrella is declared as `group-provision`; the rule then judges its motivation for the group. This fix is applied by `provisio check --fix`: what the provision is follows from its recipients. A group provision with one recipient can be made a `provision` in the editor (a suggestion: the other recipients may be what is missing).',
    'option.groupTerms': 'Words or phrases, in English or Dutch, that show a motivation speaks for the group, matched as whole words whatever the letter case, punctuation or line breaks. A motivation that names every recipient also does.',
    notDeclared: '{subject} gives data to {count} recipients outside an umbrella. Declare it as `group-provision` and motivate it for the group.',
    oneRecipient: '{subject} names one recipient. A group provision names every recipient of the group: `to A, B, …`.',
    notForGroup: 'The motivation of {mention} does not speak for the group. Explain why the group as a whole needs this data, or name each recipient and why it needs it. Which words count as speaking for the group is set by the option `{option}`.',
    declareGroup: 'Declare it as `group-provision`',
    declareSingle: 'Make it a `provision` to one recipient'
}, {
    description: 'Een groepsverstrekking noemt ten minste twee ontvangers en haar motivering is voor de groep geschreven; een verstrekking aan meer ontvangers buiten een overkoepelende toestemming wordt als groepsverstrekking opgesteld.',
    rationale: 'Bij een groepsverstrekking gaat één set persoonsgegevens naar meer diensten en onderbouwt de motivering de verstrekking aan de groep als geheel. De CTIVD oordeelde in rapport 73 groepsverstrekkingen aan diensten met een verhoogd risicoprofiel onrechtmatig waar die groepsafweging ontbrak. (Dat voor elke ontvanger met een verhoogd risicoprofiel een mitigerende maatregel geldt, controleert risk/mitigation-required.)',
    source: 'Beleidsreactie van 12 oktober 2021 (groepsafweging); CTIVD-rapport 73',
    fix: 'Een verstrekking aan meer ontvangers buiten een overkoepelende toestemming wordt opgesteld als `group-provision`; de regel beoordeelt daarna of de motivering voor de groep is geschreven. `provisio check --fix` past deze oplossing toe: wat de verstrekking is, volgt uit haar ontvangers. Een groepsverstrekking met één ontvanger kan in de editor een `provision` worden (een suggestie: misschien ontbreken juist de andere ontvangers).',
    'option.groupTerms': 'Woorden of woordgroepen, in het Engels of het Nederlands, waaruit blijkt dat een motivering voor de groep is geschreven; ze tellen als hele woorden, ongeacht hoofdletters, leestekens of regelafbrekingen. Een motivering die elke ontvanger bij naam noemt, geldt ook als motivering voor de groep.',
    notDeclared: '{subject} verstrekt gegevens aan {count} ontvangers buiten een overkoepelende toestemming. Stel de verstrekking op als `group-provision` en motiveer haar voor de groep.',
    oneRecipient: '{subject} noemt één ontvanger. Een groepsverstrekking noemt elke ontvanger van de groep: `to A, B, …`.',
    notForGroup: 'De motivering van {mention} is niet voor de groep geschreven. Leg uit waarom de groep als geheel deze gegevens nodig heeft, of noem elke ontvanger en waarom die de gegevens nodig heeft. Welke woorden als motivering voor de groep tellen, is in te stellen met de optie `{option}`.',
    declareGroup: 'Stel de verstrekking op als `group-provision`',
    declareSingle: 'Maak er een `provision` aan één ontvanger van'
});
