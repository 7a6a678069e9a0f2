import type { Provision, Umbrella } from '../../language/generated/ast.js';
import { describe, effectiveDate, mitigationsCovering, mitigationsOf } from '../../model/provisions.js';
import { criterionLabel } from '../../i18n/common.js';
import { list } from '../../i18n/messages.js';
import { risksOf, weighingNoteInForce } from '../../model/recipients.js';
import { defineRule } from '../rule.js';
import { messages } from './mitigation-required.messages.js';

export const mitigationRequired = defineRule({
    id: 'risk/mitigation-required',
    domainRule: 4,
    defaultSeverity: 'error',
    dutchTerm: 'mitigerende maatregel, verhoogd risicoprofiel',
    options: {},
    messages,
    appliesTo: ['Provision', 'Umbrella'],
    *check(justification: Provision | Umbrella) {
        const mitigations = mitigationsOf(justification);
        const date = effectiveDate(justification);
        for (const [index, reference] of justification.recipients.entries()) {
            const recipient = reference.ref;
            const note = recipient && weighingNoteInForce(recipient, date);
            const risks = risksOf(note);
            if (!recipient || risks.length === 0 || mitigationsCovering(mitigations, recipient).length > 0) {
                continue;
            }
            yield {
                node: justification,
                property: 'recipients',
                index,
                messageId: 'uncovered',
                data: {
                    subject: describe(justification),
                    recipient: recipient.name,
                    risks: list(risks.map(risk => criterionLabel(risk.criterion)), 'comma'),
                    note: note!.name,
                    criterion: risks[0].criterion
                }
            };
        }
    }
});
