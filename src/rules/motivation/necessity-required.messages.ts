import { defineMessages } from '../../i18n/messages.js';

export const messages = defineMessages('motivation/necessity-required', {
    description: 'Every provision, background check and umbrella states a necessity motivation.',
    rationale: 'A provision is lawful only when it is necessary for the service\'s task. Without a written motivation a reviewer cannot see why this data must go to this recipient.',
    source: 'Policy response of 12 October 2021; CTIVD report 73',
    missing: '{subject} has no necessity motivation. Add `necessity """…"""` saying {kind, select, umbrella {why this series of provisions is needed for the service\'s task and why these recipients} other {why this provision is needed for the service\'s task and why this recipient}}.'
}, {
    description: 'Elke verstrekking, elk naslagverzoek en elke overkoepelende toestemming bevat een motivering van de noodzaak.',
    rationale: 'Een verstrekking is alleen rechtmatig als zij noodzakelijk is voor de taakuitvoering van de dienst. Zonder schriftelijke motivering kan een toetser niet nagaan waarom deze gegevens naar juist deze buitenlandse dienst moeten.',
    source: 'Beleidsreactie van 12 oktober 2021; CTIVD-rapport 73',
    missing: '{subject} bevat geen motivering van de noodzaak. Voeg `necessity """…"""` toe en leg daarin uit {kind, select, umbrella {waarom deze reeks verstrekkingen nodig is voor de taakuitvoering van de dienst en waarom juist deze buitenlandse diensten} other {waarom deze verstrekking nodig is voor de taakuitvoering van de dienst en waarom juist deze buitenlandse dienst}}.'
});
