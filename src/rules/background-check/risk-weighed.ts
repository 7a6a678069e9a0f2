import type { Provision } from '../../language/generated/ast.js';
import { criterionLabel } from '../../i18n/common.js';
import { list, type KeyOf } from '../../i18n/messages.js';
import { describe } from '../../model/provisions.js';
import { risksOf, weighingNoteInForce } from '../../model/recipients.js';
import { addressedCriteria, weighingsFor } from '../../model/risks.js';
import { openRisks } from '../support/risk-edits.js';
import { defineRule, type Finding } from '../rule.js';
import { messages } from './risk-weighed.messages.js';

export const riskWeighed = defineRule({
    id: 'background-check/risk-weighed',
    domainRule: 4,
    defaultSeverity: 'error',
    dutchTerm: 'naslagverzoek, verhoogd risicoprofiel, afweging',
    options: {
        countInherited: { type: 'boolean', default: false }
    },
    messages,
    hasFix: true,
    appliesTo: ['Provision'],
    *check(check: Provision, { options }): Iterable<Finding<KeyOf<typeof messages>>> {
        if (check.kind !== 'background-check') {
            return;
        }
        for (const [index, reference] of check.recipients.entries()) {
            const recipient = reference.ref;
            const note = recipient && weighingNoteInForce(recipient, check.date);
            const risks = risksOf(note);
            if (!recipient || risks.length === 0) {
                continue;
            }
            // The weighing concerns this request, so by default what the umbrella says does not count.
            const all = weighingsFor(check, recipient);
            const weighings = all.filter(weighing => options.countInherited || !weighing.inherited);
            const addressed = addressedCriteria(weighings);
            const unweighed = risks.filter(risk => !addressed.has(risk.criterion));
            if (unweighed.length === 0) {
                continue;
            }
            const open = openRisks(check, recipient, unweighed);
            yield {
                node: check,
                property: 'recipients',
                index,
                messageId: all.length === 0 ? 'notWeighed' : 'partlyWeighed',
                data: {
                    subject: describe(check),
                    recipient: recipient.name,
                    note: note!.name,
                    labels: list(unweighed.map(risk => criterionLabel(risk.criterion))),
                    count: unweighed.length,
                    ...open.messageData,
                    umbrellaIgnored: weighings.length < all.length ? 'yes' : 'no'
                },
                fix: open.fix
            };
        }
    }
});
