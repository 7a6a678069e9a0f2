// Titles of the quick fixes that declare a name nothing declares yet.
import { defineMessages } from '../i18n/messages.js';

export const messages = defineMessages('declare', {
    Recipient: 'Declare recipient `{name}` in {file}',
    Service: 'Declare service `{name}` in {file}',
    Category: 'Declare data category `{name}` in {file}',
    Umbrella: 'Declare umbrella `{name}` in {file}'
}, {
    Recipient: 'Voeg buitenlandse dienst `{name}` toe aan {file}',
    Service: 'Voeg verstrekkende dienst `{name}` toe aan {file}',
    Category: 'Voeg gegevenscategorie `{name}` toe aan {file}',
    Umbrella: 'Voeg overkoepelende toestemming `{name}` toe aan {file}'
});
