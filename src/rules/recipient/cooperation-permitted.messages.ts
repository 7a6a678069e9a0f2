import { defineMessages } from '../../i18n/messages.js';

export const messages = defineMessages('recipient/cooperation-permitted', {
    description: 'A weighing note states what cooperation it permits, and no provision or umbrella gives a recipient a form of data its note in force does not permit.',
    rationale: 'The weighing note weighs the nature and intensity of the cooperation with a foreign service, and so decides what may be shared with it: analytical products only, personal data, unevaluated or bulk data. Giving more than the note permits goes beyond the weighing.',
    source: 'Policy response of 12 October 2021 (weighing notes: nature and intensity of cooperation); inferred',
    noPermits: 'Weighing note {note} does not say what cooperation it permits. Add `permits` with any of `analytical`, `personal-data`, `unevaluated`, `bulk`.',
    beyond: '{subject} gives {forms} data to {recipient}, but its weighing note {note} permits only {permits}. Give less, or revise the weighing note first.',
    // The forms of data, as `beyond` names them: "gives unevaluated and bulk data".
    'form.analytical': 'analytical',
    'form.evaluated': 'evaluated',
    'form.unevaluated': 'unevaluated',
    'form.bulk': 'bulk'
}, {
    description: 'Een wegingsnotitie vermeldt welke samenwerking zij toestaat, en geen verstrekking of overkoepelende toestemming geeft een buitenlandse dienst gegevens in een vorm die de geldende wegingsnotitie van die dienst niet toestaat.',
    rationale: 'De wegingsnotitie weegt de aard en intensiteit van de samenwerking met een buitenlandse dienst, en bepaalt daarmee wat met die dienst gedeeld mag worden: alleen analyseproducten, persoonsgegevens, ongeëvalueerde gegevens of bulkdata. Wie meer verstrekt dan de notitie toestaat, gaat buiten de weging.',
    source: 'Beleidsreactie van 12 oktober 2021 (wegingsnotities: aard en intensiteit van de samenwerking); afgeleid',
    noPermits: 'Wegingsnotitie {note} vermeldt niet welke samenwerking zij toestaat. Voeg `permits` toe met een of meer van `analytical`, `personal-data`, `unevaluated` en `bulk`.',
    beyond: '{subject} verstrekt {forms} aan {recipient}, maar wegingsnotitie {note} van die dienst staat alleen {permits} toe. Verstrek minder, of herzie eerst de wegingsnotitie.',
    'form.analytical': 'analyseproducten',
    'form.evaluated': 'geëvalueerde gegevens',
    'form.unevaluated': 'ongeëvalueerde gegevens',
    'form.bulk': 'bulkdata'
});
