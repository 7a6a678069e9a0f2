import type { Provision, Umbrella, WeighingNote } from '../../language/generated/ast.js';
import { describe, effectiveDate, type Justification } from '../../model/provisions.js';
import { allCriteria, weighingNoteInForce } from '../../model/recipients.js';
import { defineRule } from '../rule.js';

export const weighingNoteRequired = defineRule({
    id: 'recipient/weighing-note-required',
    domainRule: 5,
    defaultSeverity: 'error',
    description: 'Every recipient of a provision or umbrella has a weighing note in force on its date (for an umbrella, the start of its validity), and each note assesses all five criteria.',
    rationale: 'The law requires the nature and intensity of cooperation with a foreign service to be weighed before cooperating. The weighing note is that weighing; without one, no provision to the service can be justified.',
    source: 'Policy response of 12 October 2021 (weighing notes); CTIVD report 60',
    dutchTerm: 'wegingsnotitie',
    options: {},
    appliesTo: ['Provision', 'Umbrella', 'WeighingNote'],
    *check(node: Provision | Umbrella | WeighingNote) {
        yield* node.$type === 'WeighingNote' ? incompleteNote(node) : missingNotes(node);
    }
});

function* missingNotes(justification: Justification) {
    const date = effectiveDate(justification);
    for (const [index, reference] of justification.recipients.entries()) {
        const recipient = reference.ref;
        if (!recipient || weighingNoteInForce(recipient, date)) {
            continue;
        }
        const dated = recipient.weighingNotes.some(note => note.assessed !== undefined);
        const why = dated
            ? `none of its weighing notes was assessed on or before ${date}`
            : 'it has no weighing note with an assessment date';
        yield {
            node: justification,
            property: 'recipients',
            index,
            message: `${describe(justification)} gives data to ${recipient.name}, but ${why}. Add a \`weighing-note\` to recipient ${recipient.name} that assesses the five criteria.`
        };
    }
}

function* incompleteNote(note: WeighingNote) {
    const assessed = new Set(note.assessments.map(assessment => assessment.criterion));
    const missing = allCriteria.filter(criterion => !assessed.has(criterion));
    if (missing.length > 0) {
        yield {
            node: note,
            property: 'name',
            message: `Weighing note ${note.name} does not assess ${missing.join(', ')}. Assess each of the five criteria as \`adequate\` or \`risk "<reason>"\`.`
        };
    }
}
