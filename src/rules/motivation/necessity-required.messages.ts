import { defineMessages } from '../../i18n/messages.js';

// The skeleton's questions take `kind`: `provision`, `group` (a group provision) or `umbrella`.
export const messages = defineMessages('motivation/necessity-required', {
    description: 'Every provision, background check and umbrella states a necessity motivation.',
    rationale: 'A provision is lawful only when it is necessary for the service\'s task. Without a written motivation a reviewer cannot see why this data must go to this recipient.',
    source: 'Policy response of 12 October 2021; CTIVD report 73',
    fix: 'Adds a `necessity` skeleton with the questions a reviewer asks, each followed by `…` for the answer. Until every `…` is answered the rule reports the open questions, so the skeleton never passes for a motivation. Offered in the editor only: `provisio check --fix` does not write motivations.',
    missing: '{subject} has no necessity motivation. Add `necessity """…"""` saying {kind, select, umbrella {why this series of provisions is needed for the service\'s task and why these recipients} other {why this provision is needed for the service\'s task and why this recipient}}.',
    unanswered: '{subject} has a necessity motivation with {count, plural, one {# unanswered question} other {# unanswered questions}}. Replace each `…` with the answer.',
    addSkeleton: 'Add a necessity motivation with the questions to answer',
    'skeleton.task': '{kind, select, umbrella {Which task of the service does this series of provisions serve, and which threat or investigation is it about?} other {Which task of the service does this provision serve, and which threat or investigation is it about?}}',
    'skeleton.need': '{kind, select, umbrella {Why is a series of provisions needed, rather than a decision on each provision?} other {Why is this data needed, and why would less data, or none, not do?}}',
    'skeleton.recipient': '{kind, select, umbrella {Why these recipients, and which data will they receive at most?} group {Why these recipients together: what does the group achieve that a provision to each alone would not?} other {Why this recipient: what can it do with the data that the service cannot do itself?}}',
    'skeleton.timing': '{kind, select, umbrella {Why this validity period, and why is the series still needed at its end?} other {Why now: what is lost if the data is given later or not at all?}}'
}, {
    description: 'Elke verstrekking, elk naslagverzoek en elke overkoepelende toestemming bevat een motivering van de noodzaak.',
    rationale: 'Een verstrekking is alleen rechtmatig als zij noodzakelijk is voor de taakuitvoering van de dienst. Zonder schriftelijke motivering kan een toetser niet nagaan waarom deze gegevens naar juist deze buitenlandse dienst moeten.',
    source: 'Beleidsreactie van 12 oktober 2021; CTIVD-rapport 73',
    fix: 'Voegt een opzet voor de `necessity` toe met de vragen die een toetser stelt, elk gevolgd door `…` voor het antwoord. Zolang niet elke `…` is beantwoord, meldt de regel de open vragen; de opzet gaat dus nooit door voor een motivering. Alleen in de editor: `provisio check --fix` schrijft geen motiveringen.',
    missing: '{subject} bevat geen motivering van de noodzaak. Voeg `necessity """…"""` toe en leg daarin uit {kind, select, umbrella {waarom deze reeks verstrekkingen nodig is voor de taakuitvoering van de dienst en waarom juist deze buitenlandse diensten} other {waarom deze verstrekking nodig is voor de taakuitvoering van de dienst en waarom juist deze buitenlandse dienst}}.',
    unanswered: '{subject} bevat een motivering van de noodzaak met {count, plural, one {# onbeantwoorde vraag} other {# onbeantwoorde vragen}}. Vervang elke `…` door het antwoord.',
    addSkeleton: 'Voeg een motivering van de noodzaak toe met de vragen die beantwoord moeten worden',
    'skeleton.task': '{kind, select, umbrella {Welke taak van de dienst dient deze reeks verstrekkingen, en om welke dreiging of welk onderzoek gaat het?} other {Welke taak van de dienst dient deze verstrekking, en om welke dreiging of welk onderzoek gaat het?}}',
    'skeleton.need': '{kind, select, umbrella {Waarom is een reeks verstrekkingen nodig, in plaats van een besluit per verstrekking?} other {Waarom zijn deze gegevens nodig, en waarom volstaan minder of geen gegevens niet?}}',
    'skeleton.recipient': '{kind, select, umbrella {Waarom deze buitenlandse diensten, en welke gegevens ontvangen zij ten hoogste?} group {Waarom deze buitenlandse diensten samen: wat bereikt de groepsverstrekking dat een verstrekking aan elke dienst afzonderlijk niet bereikt?} other {Waarom deze buitenlandse dienst: wat kan zij met de gegevens dat de dienst zelf niet kan?}}',
    'skeleton.timing': '{kind, select, umbrella {Waarom deze geldigheidsduur, en waarom is de reeks aan het eind daarvan nog nodig?} other {Waarom nu: wat gaat verloren als de gegevens later of niet worden verstrekt?}}'
});
