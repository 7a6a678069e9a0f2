// What a reviewer wants to see without searching: above a recipient, how many provisions go
// to it and when its weighing note is due for review; above an umbrella, how many provisions
// rest on it and until when, and a lens that opens the summary of that umbrella alone (the
// VS Code extension runs `provisio.openSummary`); after `to X`, the risk profile of X's note in force on the date.
import { AstUtils, type AstNode, type LangiumDocument } from 'langium';
import type { CodeLensProvider, InlayHintProvider } from 'langium/lsp';
import { InlayHintKind, type CodeLens, type InlayHint, type InlayHintParams } from 'vscode-languageserver';
import { criterionLabel } from '../i18n/common.js';
import { list } from '../i18n/messages.js';
import type { Translator } from '../i18n/translator.js';
import { isProvision, isRecipient, isUmbrella, type Provision, type Recipient, type Umbrella } from '../language/generated/ast.js';
import type { ProvisioServices } from '../language/provisio-module.js';
import { risksOf, weighingNoteInForce } from '../model/recipients.js';
import { messages } from './editing.messages.js';
import { today } from './today.js';

/** The VS Code extension's command that shows the summary; its argument is `{ umbrella }`. */
export const openSummaryCommand = 'provisio.openSummary';

export class ProvisioCodeLensProvider implements CodeLensProvider {
    private readonly translator: Translator;

    constructor(private readonly services: ProvisioServices) {
        this.translator = services.i18n.Translator;
    }

    provideCodeLens(document: LangiumDocument): CodeLens[] {
        const declarations = (document.parseResult.value as { declarations?: AstNode[] }).declarations ?? [];
        const targets = declarations.filter((node): node is Recipient | Umbrella => isRecipient(node) || isUmbrella(node));
        if (targets.length === 0) {
            return [];
        }
        const counts = this.provisionCounts();
        return targets.filter(target => target.$cstNode).flatMap(target => {
            const range = target.$cstNode!.range;
            const lenses: CodeLens[] = [{ range, command: { title: this.title(target, counts.get(target) ?? 0), command: '' } }];
            if (isUmbrella(target) && target.name) {
                const title = this.translator.format(messages.message('lens.openSummary'));
                lenses.push({ range, command: { title, command: openSummaryCommand, arguments: [{ umbrella: target.name }] } });
            }
            return lenses;
        });
    }

    private title(target: Recipient | Umbrella, count: number): string {
        if (isRecipient(target)) {
            const reviewDue = weighingNoteInForce(target, today())?.reviewDue;
            return this.translator.format(reviewDue
                ? messages.message('lens.recipient', { count, date: reviewDue })
                : messages.message('lens.recipient.noReview', { count }));
        }
        const validUntil = target.validity?.to;
        return this.translator.format(validUntil
            ? messages.message('lens.umbrella', { count, date: validUntil })
            : messages.message('lens.umbrella.noValidity', { count }));
    }

    /** For each recipient and umbrella, the provisions in the workspace that name it: one pass over the workspace. */
    private provisionCounts(): Map<AstNode, number> {
        const counts = new Map<AstNode, number>();
        const add = (target: AstNode | undefined) => target && counts.set(target, (counts.get(target) ?? 0) + 1);
        for (const document of this.services.shared.workspace.LangiumDocuments.all) {
            const declarations = (document.parseResult.value as { declarations?: AstNode[] }).declarations ?? [];
            for (const provision of declarations.filter(isProvision)) {
                new Set(provision.recipients.map(reference => reference.ref)).forEach(add);
                add(provision.umbrella?.ref);
            }
        }
        return counts;
    }
}

export class ProvisioInlayHintProvider implements InlayHintProvider {
    private readonly translator: Translator;

    constructor(services: ProvisioServices) {
        this.translator = services.i18n.Translator;
    }

    getInlayHints(document: LangiumDocument, params: InlayHintParams): InlayHint[] {
        const hints: InlayHint[] = [];
        const { start, end } = params.range;
        for (const provision of AstUtils.streamAst(document.parseResult.value).filter(isProvision)) {
            const range = provision.$cstNode?.range;
            if (!range || range.end.line < start.line || range.start.line > end.line) {
                continue;
            }
            hints.push(...this.hintsFor(provision));
        }
        return hints;
    }

    private hintsFor(provision: Provision): InlayHint[] {
        return provision.recipients.flatMap(reference => {
            const recipient = reference.ref;
            const position = reference.$refNode?.range.end;
            if (!recipient || !position) {
                return [];
            }
            const note = weighingNoteInForce(recipient, provision.date);
            const risks = risksOf(note);
            const label = !note
                ? messages.message('hint.noNote')
                : risks.length > 0
                    ? messages.message('hint.risk', { criteria: list(risks.map(risk => criterionLabel(risk.criterion)), 'and') })
                    : messages.message('hint.noRisk');
            const hint: InlayHint = { position, label: this.translator.format(label), kind: InlayHintKind.Parameter, paddingLeft: true };
            if (note?.assessed) {
                hint.tooltip = this.translator.format(messages.message('hint.tooltip', { note: note.name, assessed: note.assessed, date: provision.date ?? today() }));
            }
            return [hint];
        });
    }
}
