// Hovering a name shows what a reviewer needs to know about it, without opening its file:
// for a recipient its weighing note and risk profile, for an umbrella its bounds.
import type { AstNode } from 'langium';
import { AstNodeHoverProvider } from 'langium/lsp';
import type { Category, Recipient, Service, Umbrella } from '../language/generated/ast.js';
import { criterionLabel } from '../i18n/common.js';
import type { Translator } from '../i18n/translator.js';
import type { ProvisioServices } from '../language/provisio-module.js';
import { risksOf, weighingNoteInForce } from '../model/recipients.js';

export class ProvisioHoverProvider extends AstNodeHoverProvider {
    private readonly translator: Translator;

    constructor(services: ProvisioServices) {
        super(services);
        this.translator = services.i18n.Translator;
    }

    protected getAstNodeHoverContent(node: AstNode): string | undefined {
        switch (node.$type) {
            case 'Recipient': return recipientHover(node as Recipient, this.translator);
            case 'Umbrella': return umbrellaHover(node as Umbrella);
            case 'Service':
            case 'Category': return titled(node as Service | Category);
            default: return undefined;
        }
    }
}

function titled(node: Service | Category): string {
    return `**${node.name}**${node.title ? ` — ${node.title}` : ''}`;
}

function recipientHover(recipient: Recipient, translator: Translator): string {
    const lines = [`**${recipient.name}**${recipient.title ? ` — ${recipient.title}` : ''}${recipient.country ? ` (${recipient.country})` : ''}`];
    const note = weighingNoteInForce(recipient, undefined);
    if (!note) {
        lines.push('No dated weighing note.');
        return lines.join('\n\n');
    }
    lines.push(`Weighing note ${note.name}: assessed ${note.assessed}${note.method ? ` (${note.method} method)` : ''}${note.reviewDue ? `, review due ${note.reviewDue}` : ''}.`);
    const risks = risksOf(note);
    lines.push(risks.length === 0
        ? 'No criterion assessed as a risk.'
        : `**Elevated risk profile:**\n${risks.map(risk => `- ${translator.format(criterionLabel(risk.criterion))}: ${risk.reason ?? 'no reason given'}`).join('\n')}`);
    if (note.permits.length > 0) {
        lines.push(`Permits: ${note.permits.join(', ')}.`);
    }
    return lines.join('\n\n');
}

function umbrellaHover(umbrella: Umbrella): string {
    const lines = [`**${umbrella.name}**${umbrella.title ? ` — ${umbrella.title}` : ''}`];
    const facts = [
        umbrella.kind && `kind ${umbrella.kind}`,
        umbrella.validity && `valid ${umbrella.validity.from} to ${umbrella.validity.to}`,
        umbrella.recipients.length > 0 && `recipients ${umbrella.recipients.map(reference => reference.$refText).join(', ')}`,
        umbrella.scope && umbrella.scope.forms.length > 0 && `forms ${umbrella.scope.forms.join(', ')}`
    ].filter(Boolean);
    lines.push(facts.join('; ') + '.');
    return lines.join('\n\n');
}
