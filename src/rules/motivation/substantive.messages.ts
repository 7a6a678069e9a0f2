import { defineMessages } from '../../i18n/messages.js';

export const messages = defineMessages('motivation/substantive', {
    description: 'A necessity motivation is long enough to argue the case, and is not the same text as another one.',
    rationale: 'CTIVD report 73 found that thin motivations were the main defect. A one-line or copied motivation does not show that this provision, to this recipient, was weighed on its own.',
    source: 'CTIVD report 73; inferred',
    'option.minWords': 'The fewest words a motivation may have.',
    'option.detectReuse': 'Whether to warn when two motivations in the workspace have the same words.',
    short: 'The necessity motivation of {owner} has {words, plural, one {# word} other {# words}}; at least {minWords} are expected. Explain why this data is needed for the task and why this recipient must have it.',
    reused: 'The necessity motivation of {owner} is the same text as that of {others}{more, plural, =0 {} one { and # more} other { and # more}}. Motivate this provision on its own.',
    sameIn: 'Same motivation in {other}'
}, {
    description: 'Een motivering van de noodzaak is lang genoeg om de verstrekking te onderbouwen, en is niet dezelfde tekst als een andere motivering.',
    rationale: 'Volgens CTIVD-rapport 73 was een summiere motivering het belangrijkste gebrek. Een motivering van één regel, of een overgenomen motivering, laat niet zien dat deze verstrekking aan deze buitenlandse dienst op zichzelf is afgewogen.',
    source: 'CTIVD-rapport 73; afgeleid',
    'option.minWords': 'Het minimale aantal woorden van een motivering.',
    'option.detectReuse': 'Of gewaarschuwd wordt wanneer twee motiveringen in de werkruimte uit dezelfde woorden bestaan.',
    short: 'De motivering van de noodzaak in {owner} telt {words, plural, one {# woord} other {# woorden}}; verwacht worden ten minste {minWords} woorden. Leg uit waarom deze gegevens nodig zijn voor de taakuitvoering en waarom juist deze buitenlandse dienst ze moet krijgen.',
    reused: 'De motivering van de noodzaak in {owner} is dezelfde tekst als die in {others}{more, plural, =0 {} one { en nog # andere} other { en nog # andere}}. Motiveer deze verstrekking op zichzelf.',
    sameIn: 'Dezelfde motivering in {other}'
});
