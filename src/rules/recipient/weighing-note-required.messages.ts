import { defineMessages } from '../../i18n/messages.js';

export const messages = defineMessages('recipient/weighing-note-required', {
    description: 'Every recipient of a provision or umbrella has a weighing note in force on its date (for an umbrella, the start of its validity), and each note assesses all five criteria.',
    rationale: 'The law requires the nature and intensity of cooperation with a foreign service to be weighed before cooperating. The weighing note is that weighing; without one, no provision to the service can be justified.',
    source: 'Policy response of 12 October 2021 (weighing notes); CTIVD report 60',
    noNoteInForce: '{subject} gives data to {recipient}, but {dated, select, yes {none of its weighing notes was assessed on or before {date}} none {it has no weighing note at all} other {it has no weighing note with an assessment date}}. Add a `weighing-note` to recipient {recipient} that assesses the five criteria.',
    incomplete: 'Weighing note {note} does not assess {missing}. Assess each of the five criteria as `adequate` or `risk "<reason>"`.'
}, {
    description: 'Elke buitenlandse dienst die gegevens ontvangt onder een verstrekking of overkoepelende toestemming, heeft een wegingsnotitie die geldt op de datum daarvan (bij een overkoepelende toestemming: het begin van de geldigheidsduur), en elke wegingsnotitie beoordeelt alle vijf criteria.',
    rationale: 'De wet eist dat de aard en intensiteit van de samenwerking met een buitenlandse dienst zijn gewogen voordat wordt samengewerkt. De wegingsnotitie is die weging; zonder wegingsnotitie is geen enkele verstrekking aan de dienst te rechtvaardigen.',
    source: 'Beleidsreactie van 12 oktober 2021 (wegingsnotities); CTIVD-rapport 60',
    noNoteInForce: '{subject} verstrekt gegevens aan {recipient}, maar {dated, select, yes {geen van de wegingsnotities van die dienst is op of vóór {date} vastgesteld} none {die dienst heeft helemaal geen wegingsnotitie} other {die dienst heeft geen wegingsnotitie met een datum van vaststelling}}. Voeg bij {recipient} een `weighing-note` toe die de vijf criteria beoordeelt.',
    incomplete: 'Wegingsnotitie {note} beoordeelt {missing} niet. Beoordeel elk van de vijf criteria als `adequate` of `risk "<reden>"`.'
});
