import type { CooperationKind, DataForm, Provision, Umbrella, WeighingNote } from '../../language/generated/ast.js';
import { dataForms, describe, effectiveDate, type Justification } from '../../model/provisions.js';
import { weighingNoteInForce } from '../../model/recipients.js';
import { defineRule, type Finding } from '../rule.js';

/** The kinds of cooperation that allow each form of data; a broader permission allows the narrower form. */
const permittingKinds: Record<DataForm, readonly CooperationKind[]> = {
    analytical: ['analytical', 'personal-data', 'unevaluated'],
    evaluated: ['personal-data', 'unevaluated'],
    unevaluated: ['unevaluated'],
    bulk: ['bulk']
};

export const cooperationPermitted = defineRule({
    id: 'recipient/cooperation-permitted',
    domainRule: 5,
    defaultSeverity: 'error',
    description: 'A weighing note states what cooperation it permits, and no provision or umbrella gives a recipient a form of data its note in force does not permit.',
    rationale: 'The weighing note weighs the nature and intensity of the cooperation with a foreign service, and so decides what may be shared with it: analytical products only, personal data, unevaluated or bulk data. Giving more than the note permits goes beyond the weighing.',
    source: 'Policy response of 12 October 2021 (weighing notes: nature and intensity of cooperation); inferred',
    dutchTerm: 'aard en intensiteit van de samenwerking',
    options: {},
    appliesTo: ['Provision', 'Umbrella', 'WeighingNote'],
    *check(node: Provision | Umbrella | WeighingNote) {
        yield* node.$type === 'WeighingNote' ? unstatedPermission(node) : beyondPermission(node);
    }
});

function* unstatedPermission(note: WeighingNote): Iterable<Finding> {
    if (note.permits.length === 0) {
        yield { node: note, property: 'name', message: `Weighing note ${note.name} does not say what cooperation it permits. Add \`permits\` with any of analytical, personal-data, unevaluated, bulk.` };
    }
}

function* beyondPermission(justification: Justification): Iterable<Finding> {
    const date = effectiveDate(justification);
    const forms = dataForms(justification);
    for (const [index, reference] of justification.recipients.entries()) {
        const note = reference.ref && weighingNoteInForce(reference.ref, date);
        if (!note || note.permits.length === 0) {
            continue; // no note: recipient/weighing-note-required; no permits: reported on the note
        }
        const beyond = forms.filter(form => !permittingKinds[form].some(kind => note.permits.includes(kind)));
        if (beyond.length > 0) {
            yield {
                node: justification,
                property: 'recipients',
                index,
                message: `${describe(justification)} gives ${beyond.join(' and ')} data to ${reference.ref!.name}, but its weighing note ${note.name} permits only ${note.permits.join(', ')}. Give less, or revise the weighing note first.`
            };
        }
    }
}
