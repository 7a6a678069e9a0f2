import { defineMessages } from '../../i18n/messages.js';

export const messages = defineMessages('conditions/standard-conditions', {
    description: 'Every provision states the third-party rule and intelligence-use-only; for a recipient with an elevated risk profile a missing condition is an error.',
    rationale: 'The third-party rule (no onward sharing without consent) and use for intelligence purposes only are the conditions that keep provided data in the recipient\'s hands. The MIVD now states both in every incidental provision; CTIVD report 73 found them often missing.',
    source: 'Policy response of 12 October 2021 (stating conditions); MIVD standard format',
    fix: 'Adds the missing conditions to the provision\'s `conditions` clause.',
    'option.errorForElevatedRisk': 'Report a missing condition as an error when a recipient has an elevated risk profile.',
    missing: '{subject} does not state {missing}. Add {add} to its conditions.',
    missingForElevatedRisk: '{subject} does not state {missing}, and a recipient has an elevated risk profile. Add {add} to its conditions.',
    addConditions: 'Add {conditions} to the conditions'
}, {
    description: 'Elke verstrekking vermeldt de derdepartijregel en de voorwaarde voor inlichtingendoeleinden alleen; bij een ontvanger met een verhoogd risicoprofiel is een ontbrekende voorwaarde een fout.',
    rationale: 'De derdepartijregel (niet verder verstrekken zonder toestemming) en gebruik voor inlichtingendoeleinden alleen zijn de voorwaarden die verstrekte gegevens bij de ontvangende dienst houden. De MIVD vermeldt beide inmiddels bij elke incidentele verstrekking; de CTIVD trof ze in rapport 73 vaak niet aan.',
    source: 'Beleidsreactie van 12 oktober 2021 (stellen van voorwaarden); standaardformat van de MIVD',
    fix: 'Voegt de ontbrekende voorwaarden toe aan de `conditions` van de verstrekking.',
    'option.errorForElevatedRisk': 'Meld een ontbrekende voorwaarde als fout wanneer een ontvanger een verhoogd risicoprofiel heeft.',
    missing: '{subject} vermeldt geen {missing} als voorwaarde. Voeg {add} toe aan de voorwaarden.',
    missingForElevatedRisk: '{subject} vermeldt geen {missing} als voorwaarde, terwijl een ontvanger een verhoogd risicoprofiel heeft. Voeg {add} toe aan de voorwaarden.',
    addConditions: 'Voeg {conditions} toe aan de voorwaarden'
});
