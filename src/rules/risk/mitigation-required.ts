import type { Provision, Umbrella } from '../../language/generated/ast.js';
import { describe, effectiveDate } from '../../model/provisions.js';
import { criterionLabel } from '../../i18n/common.js';
import { list } from '../../i18n/messages.js';
import { risksOf, weighingNoteInForce } from '../../model/recipients.js';
import { isBackgroundCheck, weighingsFor } from '../../model/risks.js';
import { openRisks } from '../support/risk-edits.js';
import { defineRule } from '../rule.js';
import { messages } from './mitigation-required.messages.js';

export const mitigationRequired = defineRule({
    id: 'risk/mitigation-required',
    domainRule: 4,
    defaultSeverity: 'error',
    dutchTerm: 'mitigerende maatregel, verhoogd risicoprofiel',
    options: {},
    messages,
    hasFix: true,
    appliesTo: ['Provision', 'Umbrella'],
    *check(justification: Provision | Umbrella) {
        if (isBackgroundCheck(justification)) {
            return; // background-check/risk-weighed asks more of a background check
        }
        const date = effectiveDate(justification);
        for (const [index, reference] of justification.recipients.entries()) {
            const recipient = reference.ref;
            const note = recipient && weighingNoteInForce(recipient, date);
            const risks = risksOf(note);
            // A mitigation, or a reasoned statement that a risk does not apply, is a weighing: the rest is risk/criteria-mitigated.
            if (!recipient || risks.length === 0 || weighingsFor(justification, recipient).length > 0) {
                continue;
            }
            const open = openRisks(justification, recipient, risks);
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
                    ...open.messageData
                },
                fix: open.fix
            };
        }
    }
});
