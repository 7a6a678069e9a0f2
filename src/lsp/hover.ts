// Hovering a name shows what a reviewer needs to know about it, without opening its file:
// for a recipient its weighing note and risk profile, for an umbrella its bounds. In the
// language the editor speaks (see language-setting.ts).
import type { AstNode } from 'langium';
import { AstNodeHoverProvider } from 'langium/lsp';
import type { Category, Recipient, Service, Umbrella } from '../language/generated/ast.js';
import { criterionLabel } from '../i18n/common.js';
import { list, type Message } from '../i18n/messages.js';
import type { Translator } from '../i18n/translator.js';
import type { ProvisioServices } from '../language/provisio-module.js';
import { risksOf, weighingNoteInForce } from '../model/recipients.js';
import { messages } from './editor.messages.js';

export class ProvisioHoverProvider extends AstNodeHoverProvider {
    private readonly translator: Translator;

    constructor(services: ProvisioServices) {
        super(services);
        this.translator = services.i18n.Translator;
    }

    protected getAstNodeHoverContent(node: AstNode): string | undefined {
        const say = (message: Message) => this.translator.format(message);
        switch (node.$type) {
            case 'Recipient': return recipientHover(node as Recipient, say);
            case 'Umbrella': return umbrellaHover(node as Umbrella, say);
            case 'Service':
            case 'Category': return titled(node as Service | Category);
            default: return undefined;
        }
    }
}

type Say = (message: Message) => string;

function titled(node: Service | Category): string {
    return `**${node.name}**${node.title ? ` — ${node.title}` : ''}`;
}

function recipientHover(recipient: Recipient, say: Say): string {
    const lines = [`**${recipient.name}**${recipient.title ? ` — ${recipient.title}` : ''}${recipient.country ? ` (${recipient.country})` : ''}`];
    const note = weighingNoteInForce(recipient, undefined);
    if (!note) {
        lines.push(say(messages.message('hover.noWeighingNote')));
        return lines.join('\n\n');
    }
    lines.push(say(messages.message('hover.weighingNote', {
        note: note.name ?? '',
        assessed: note.assessed ?? '',
        method: note.method ? messages.message('hover.weighingNote.method', { method: note.method }) : '',
        reviewDue: note.reviewDue ? messages.message('hover.weighingNote.reviewDue', { date: note.reviewDue }) : ''
    })));
    const risks = risksOf(note);
    lines.push(risks.length === 0
        ? say(messages.message('hover.noRisk'))
        : [say(messages.message('hover.elevatedRisk')), ...risks.map(risk => say(messages.message('hover.risk', {
            criterion: criterionLabel(risk.criterion),
            reason: risk.reason ?? messages.message('hover.noReason')
        })))].join('\n'));
    if (note.permits.length > 0) {
        lines.push(say(messages.message('hover.permits', { forms: list(note.permits, 'comma') })));
    }
    return lines.join('\n\n');
}

function umbrellaHover(umbrella: Umbrella, say: Say): string {
    const lines = [`**${umbrella.name}**${umbrella.title ? ` — ${umbrella.title}` : ''}`];
    const facts = [
        umbrella.kind && messages.message('hover.umbrella.kind', { kind: umbrella.kind }),
        umbrella.validity && messages.message('hover.umbrella.validity', { from: umbrella.validity.from ?? '', to: umbrella.validity.to ?? '' }),
        umbrella.recipients.length > 0 && messages.message('hover.umbrella.recipients', { recipients: list(umbrella.recipients.map(reference => reference.$refText), 'comma') }),
        umbrella.scope && umbrella.scope.forms.length > 0 && messages.message('hover.umbrella.forms', { forms: list(umbrella.scope.forms, 'comma') })
    ].filter((fact): fact is Message => Boolean(fact));
    lines.push(facts.map(say).join('; ') + '.');
    return lines.join('\n\n');
}
