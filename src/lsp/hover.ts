// Hovering a name shows what a reviewer needs to know about it, without opening its file: for
// a recipient the weighing note in force on the date being judged (a provision's date, as the
// rules judge it, or today) with its risk profile and review status; for an umbrella its kind,
// validity and days left, recipients and the provisions under it; for a category its
// description. Hovering a keyword says what it means and gives its Dutch term. All in the
// language the editor speaks (see language-setting.ts).
import { AstUtils, CstUtils, GrammarAST, URI, type AstNode, type LangiumDocument } from 'langium';
import { AstNodeHoverProvider } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import { criterionLabel } from '../i18n/common.js';
import { list, type Message } from '../i18n/messages.js';
import type { Translator } from '../i18n/translator.js';
import { builtinVocabularyUri } from '../language/builtin-vocabulary.js';
import { isProvision, isUmbrella, type Category, type Provision, type Recipient, type Service, type Umbrella } from '../language/generated/ast.js';
import type { ProvisioServices } from '../language/provisio-module.js';
import type { IsoDate } from '../model/dates.js';
import { effectiveDate, mention } from '../model/provisions.js';

type Justification = Provision | Umbrella;
import { risksOf, weighingNoteInForce } from '../model/recipients.js';
import { messages } from './editor.messages.js';
import { keywordDocumentation } from './keyword-docs.js';
import { today } from './today.js';

type Say = (message: Message) => string;

const builtinUri = URI.parse(builtinVocabularyUri).toString();

export class ProvisioHoverProvider extends AstNodeHoverProvider {
    private readonly translator: Translator;

    constructor(private readonly services: ProvisioServices) {
        super(services);
        this.translator = services.i18n.Translator;
    }

    override async getHoverContent(document: LangiumDocument, params: HoverParams): Promise<Hover | undefined> {
        const root = document.parseResult?.value?.$cstNode;
        if (!root) {
            return undefined;
        }
        const offset = document.textDocument.offsetAt(params.position);
        const leaf = CstUtils.findDeclarationNodeAtOffset(root, offset, this.grammarConfig.nameRegexp);
        if (!leaf || leaf.end <= offset) {
            return undefined;
        }
        if (GrammarAST.isKeyword(leaf.grammarSource)) {
            const value = keywordDocumentation(leaf.grammarSource.value, this.translator);
            return value ? { contents: { kind: 'markdown', value }, range: leaf.range } : undefined;
        }
        // A name used inside a provision or umbrella is judged on the date the rules judge it on.
        const provision = AstUtils.getContainerOfType(leaf.astNode, node => isProvision(node) || isUmbrella(node)) as Justification | undefined;
        const contents = this.references.findDeclarations(leaf)
            .map(target => this.contentFor(target, provision))
            .filter((content): content is string => content !== undefined);
        return contents.length > 0 ? { contents: { kind: 'markdown', value: contents.join('\n\n---\n\n') }, range: leaf.range } : undefined;
    }

    protected getAstNodeHoverContent(node: AstNode): string | undefined {
        return this.contentFor(node, undefined);
    }

    private contentFor(node: AstNode, provision: Justification | undefined): string | undefined {
        const say = (message: Message) => this.translator.format(message);
        switch (node.$type) {
            case 'Recipient': return recipientHover(node as Recipient, provision, say);
            case 'Umbrella': return umbrellaHover(node as Umbrella, this.provisionsUnder(node as Umbrella), say);
            case 'Category': return categoryHover(node as Category, say);
            case 'Service': return titled(node as Service);
            default: return undefined;
        }
    }

    /** How many provisions in the workspace rest on the umbrella: one pass over the workspace. */
    private provisionsUnder(umbrella: Umbrella): number {
        let count = 0;
        for (const document of this.services.shared.workspace.LangiumDocuments.all) {
            const declarations = (document.parseResult.value as { declarations?: AstNode[] }).declarations ?? [];
            count += declarations.filter(declaration => isProvision(declaration) && declaration.umbrella?.ref === umbrella).length;
        }
        return count;
    }
}

function titled(node: Service | Category | Recipient | Umbrella, suffix = ''): string {
    return `**${node.name}**${node.title ? ` — ${node.title}` : ''}${suffix}`;
}

/** Whole days from `from` to `to` (negative when `to` is earlier); undefined for a date that is not one. */
function daysBetween(from: IsoDate, to: IsoDate): number | undefined {
    const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
    return Number.isFinite(days) ? Math.round(days) : undefined;
}

function recipientHover(recipient: Recipient, justification: Justification | undefined, say: Say): string {
    const lines = [titled(recipient, recipient.country ? ` (${recipient.country})` : '')];
    // A provision's date, or the start of an umbrella's validity (effectiveDate, as the rules use it); else today.
    const judged = justification && effectiveDate(justification);
    const date = judged ?? today();
    lines.push(say(!justification
        ? messages.message('hover.judged.today', { date })
        : judged
            ? messages.message(isProvision(justification) ? 'hover.judged.provision' : 'hover.judged.umbrella', { date, provision: mention(justification) })
            : messages.message('hover.judged.undated', { date, provision: mention(justification) })));
    const note = weighingNoteInForce(recipient, date);
    if (!note) {
        const dated = recipient.weighingNotes.some(candidate => candidate.assessed !== undefined);
        lines.push(say(dated ? messages.message('hover.noNoteInForce', { date }) : messages.message('hover.noWeighingNote')));
        return lines.join('\n\n');
    }
    lines.push(say(messages.message('hover.weighingNote', {
        note: note.name ?? '',
        assessed: note.assessed ?? '',
        method: note.method ? messages.message('hover.weighingNote.method', { method: note.method }) : '',
        reviewDue: note.reviewDue ? messages.message('hover.weighingNote.reviewDue', { date: note.reviewDue }) : ''
    })) + ' ' + say(reviewStatus(note.reviewDue, date)));
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

/** Where the note's review stands on `date`: due in so many days, due that day, or overdue. */
function reviewStatus(reviewDue: IsoDate | undefined, date: IsoDate): Message {
    const days = reviewDue === undefined ? undefined : daysBetween(date, reviewDue);
    if (reviewDue === undefined || days === undefined) {
        return messages.message('hover.review.none');
    }
    return days > 0 ? messages.message('hover.review.dueIn', { days })
        : days === 0 ? messages.message('hover.review.dueToday')
            : messages.message('hover.review.overdue', { date: reviewDue });
}

function umbrellaHover(umbrella: Umbrella, provisions: number, say: Say): string {
    const now = today();
    const validity = umbrella.validity;
    const facts = [
        umbrella.kind && messages.message('hover.umbrella.kind', { kind: umbrella.kind }),
        validity && messages.message('hover.umbrella.validity', { from: validity.from ?? '', to: validity.to ?? '' }),
        validity?.from && validity.to && validityStatus(validity.from, validity.to, now),
        umbrella.recipients.length > 0 && messages.message('hover.umbrella.recipients', { recipients: list(umbrella.recipients.map(reference => reference.$refText), 'comma') }),
        umbrella.scope && umbrella.scope.forms.length > 0 && messages.message('hover.umbrella.forms', { forms: list(umbrella.scope.forms, 'comma') }),
        messages.message('hover.umbrella.provisions', { count: provisions })
    ].filter((fact): fact is Message => Boolean(fact));
    return [titled(umbrella), facts.map(say).join('; ') + '.', say(messages.message('hover.umbrella.today', { date: now }))].join('\n\n');
}

function validityStatus(from: IsoDate, to: IsoDate, now: IsoDate): Message | undefined {
    if (now < from) {
        return messages.message('hover.umbrella.notYetValid', { date: from });
    }
    const left = daysBetween(now, to);
    if (left === undefined) {
        return undefined;
    }
    // Valid through its last day: on that day one day is left.
    return left >= 0 ? messages.message('hover.umbrella.daysLeft', { days: left + 1 }) : messages.message('hover.umbrella.expired', { date: to });
}

function categoryHover(category: Category, say: Say): string {
    const builtin = AstUtils.getDocument(category).uri.toString() === builtinUri;
    return [titled(category), say(messages.message(builtin ? 'hover.category.builtin' : 'hover.category.project'))].join('\n\n');
}
