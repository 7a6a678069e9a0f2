import type { CooperationKind, DataForm, Provision, Umbrella, WeighingNote } from '../../language/generated/ast.js';
import { code } from '../../i18n/common.js';
import { list, type KeyOf } from '../../i18n/messages.js';
import { dataForms, describe, effectiveDate, type Justification } from '../../model/provisions.js';
import { weighingNoteInForce } from '../../model/recipients.js';
import { defineRule, type Finding } from '../rule.js';
import { messages } from './cooperation-permitted.messages.js';

type Findings = Iterable<Finding<KeyOf<typeof messages>>>;

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
    dutchTerm: 'aard en intensiteit van de samenwerking',
    options: {},
    messages,
    appliesTo: ['Provision', 'Umbrella', 'WeighingNote'],
    *check(node: Provision | Umbrella | WeighingNote): Findings {
        yield* node.$type === 'WeighingNote' ? unstatedPermission(node) : beyondPermission(node);
    }
});

function* unstatedPermission(note: WeighingNote): Findings {
    if (note.permits.length === 0) {
        yield { node: note, property: 'name', messageId: 'noPermits', data: { note: note.name } };
    }
}

function* beyondPermission(justification: Justification): Findings {
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
                messageId: 'beyond',
                data: {
                    subject: describe(justification),
                    forms: list(beyond.map(form => messages.message(`form.${form}`))),
                    recipient: reference.ref!.name,
                    note: note.name,
                    permits: list(note.permits.map(code))
                }
            };
        }
    }
}
