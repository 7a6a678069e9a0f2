import { defineMessages } from '../../i18n/messages.js';

export const messages = defineMessages('recipient/joint-method', {
    description: 'A recipient\'s latest weighing note, when made before the joint AIVD/MIVD method or with the legacy method, is pointed out for reassessment.',
    rationale: 'Since 1 June 2020 the AIVD and MIVD weigh foreign services with a joint method and a joint format. Older notes are being revised by priority; a reader should know a note predates that method.',
    source: 'Policy response of 12 October 2021 (joint weighing method); CTIVD report 60',
    'option.jointMethodSince': 'The date from which weighing notes use the joint method.',
    legacy: 'Weighing note {note} uses the legacy method. Reassess it with the joint weighing method.',
    beforeJointMethod: 'Weighing note {note} was assessed on {assessed}, before the joint weighing method was introduced on {since}. Reassess it with the joint method.'
}, {
    description: 'De meest recente wegingsnotitie van een buitenlandse dienst wordt aangemerkt voor een nieuwe weging als zij is opgesteld vóór de gezamenlijke wegingsmethodiek van AIVD en MIVD, of volgens de oude methode.',
    rationale: 'Sinds 1 juni 2020 wegen de AIVD en de MIVD buitenlandse diensten volgens een gezamenlijke methodiek en in een gezamenlijk format. Oudere wegingsnotities worden op volgorde van prioriteit herzien; een lezer moet kunnen zien dat een notitie van vóór die methodiek dateert.',
    source: 'Beleidsreactie van 12 oktober 2021 (gezamenlijke wegingsmethodiek); CTIVD-rapport 60',
    'option.jointMethodSince': 'De datum vanaf wanneer wegingsnotities volgens de gezamenlijke methodiek worden opgesteld.',
    legacy: 'Wegingsnotitie {note} is opgesteld volgens de oude methode. Weeg de dienst opnieuw volgens de gezamenlijke wegingsmethodiek.',
    beforeJointMethod: 'Wegingsnotitie {note} is vastgesteld op {assessed}, vóór de invoering van de gezamenlijke wegingsmethodiek op {since}. Weeg de dienst opnieuw volgens de gezamenlijke methodiek.'
});
