import { defineMessages } from '../../i18n/messages.js';

export const messages = defineMessages('background-check/destruction-request', {
    description: 'A background-check request asks the foreign service to destroy the data (`destruction-request` or `destroy-after`).',
    rationale: 'Since the policy response, the AIVD and MIVD always include a request to destroy the personal data when they ask a foreign service about a person in a security screening.',
    source: 'Policy response of 12 October 2021 (security screenings)',
    fix: 'Adds `destruction-request` to the conditions.',
    missing: '{subject} does not ask the recipient to destroy the data. Add `destruction-request` (or `destroy-after <n> months`) to its conditions.',
    addDestructionRequest: 'Add destruction-request to the conditions'
}, {
    description: 'Een naslagverzoek bevat een verzoek aan de buitenlandse dienst om de gegevens te vernietigen (`destruction-request` of `destroy-after`).',
    rationale: 'Sinds de beleidsreactie nemen de AIVD en de MIVD altijd een verzoek tot vernietiging van de persoonsgegevens op wanneer zij in het kader van een veiligheidsonderzoek een buitenlandse dienst naar een persoon vragen.',
    source: 'Beleidsreactie van 12 oktober 2021 (veiligheidsonderzoeken)',
    fix: 'Voegt `destruction-request` toe aan de voorwaarden.',
    missing: '{subject} bevat geen verzoek tot vernietiging van de gegevens. Voeg `destruction-request` (of `destroy-after <aantal> months`) toe aan de voorwaarden.',
    addDestructionRequest: 'Voeg destruction-request toe aan de voorwaarden'
});
