// What the editor shows besides diagnostics: the hover texts of recipients and umbrellas.
// Names, dates and keywords (methods, forms, kinds) are inserted as written.
import { defineMessages } from '../i18n/messages.js';

export const messages = defineMessages('editor', {
    'hover.noWeighingNote': 'No dated weighing note.',
    'hover.weighingNote': 'Weighing note {note}: assessed {assessed}{method}{reviewDue}.',
    'hover.weighingNote.method': ' ({method} method)',
    'hover.weighingNote.reviewDue': ', review due {date}',
    'hover.noRisk': 'No criterion assessed as a risk.',
    'hover.elevatedRisk': '**Elevated risk profile:**',
    'hover.risk': '- {criterion}: {reason}',
    'hover.noReason': 'no reason given',
    'hover.permits': 'Permits: {forms}.',
    'hover.umbrella.kind': 'kind {kind}',
    'hover.umbrella.validity': 'valid {from} to {to}',
    'hover.umbrella.recipients': 'recipients {recipients}',
    'hover.umbrella.forms': 'forms {forms}'
}, {
    'hover.noWeighingNote': 'Geen gedateerde wegingsnotitie.',
    'hover.weighingNote': 'Wegingsnotitie {note}: beoordeeld op {assessed}{method}{reviewDue}.',
    'hover.weighingNote.method': ' (methode {method})',
    'hover.weighingNote.reviewDue': ', herbeoordeling uiterlijk {date}',
    'hover.noRisk': 'Geen criterium als risico beoordeeld.',
    'hover.elevatedRisk': '**Verhoogd risicoprofiel:**',
    'hover.risk': '- {criterion}: {reason}',
    'hover.noReason': 'geen reden opgegeven',
    'hover.permits': 'Toegestane vormen van verstrekking: {forms}.',
    'hover.umbrella.kind': 'soort {kind}',
    'hover.umbrella.validity': 'geldig van {from} tot en met {to}',
    'hover.umbrella.recipients': 'buitenlandse diensten {recipients}',
    'hover.umbrella.forms': 'vormen {forms}'
});
