// Completion that fits the place: after `to` the recipients with their risk profile, after
// `under` only the umbrellas that cover the provision's recipients on its date, clauses not yet
// written in the block, criteria and categories with what they mean, today's date where a date
// goes, and snippets for whole declarations. Nothing is offered right after a finished date,
// number or string, or after a word typed in full: Enter there must start a new line, not
// insert a keyword or be taken by the list.
import { AstUtils, CstUtils, GrammarAST, GrammarUtils, URI, type AstNode, type AstNodeDescription, type LangiumDocument, type ReferenceInfo, type Stream } from 'langium';
import { DefaultCompletionProvider, type CompletionAcceptor, type CompletionContext, type CompletionProviderOptions, type NextFeature } from 'langium/lsp';
import { CompletionItemKind, CompletionTriggerKind, InsertTextFormat, MarkupKind, type CompletionList, type CompletionParams, type MarkupContent } from 'vscode-languageserver';
import { criterionLabel } from '../i18n/common.js';
import { list, type Message } from '../i18n/messages.js';
import type { Translator } from '../i18n/translator.js';
import { builtinVocabularyUri } from '../language/builtin-vocabulary.js';
import * as ast from '../language/generated/ast.js';
import type { ProvisioServices } from '../language/provisio-module.js';
import { allCriteria, risksOf, weighingNoteInForce } from '../model/recipients.js';
import { messages } from './editing.messages.js';
import { snippetText, type SnippetKey } from './snippets.js';
import { keywordDocumentation } from './keyword-docs.js';
import { ProvisioNodeKindProvider } from './outline.js';
import { today } from './today.js';

const builtinUri = URI.parse(builtinVocabularyUri).toString();

/** A finished DATE, INT or STRING token that ends at the cursor, standing on its own. */
const finishedValue = /(?:^|[\s,{}])(?:\d{1,4}-\d{1,2}-\d{1,4}|\d+|"(?:[^"\\\r\n]|\\.)*")$/;

/** Clauses a block holds at most once: the keyword that opens each, and whether the block has it. */
const singleClauses: Readonly<Record<string, ReadonlyArray<[string, (node: any) => boolean]>>> = {
    Provision: [['by', node => !!node.service], ['date', node => !!node.date], ['under', node => !!node.umbrella], ['data', node => !!node.data],
        ['necessity', node => !!node.necessity], ['approved', node => !!node.approval], ['oversight-notified', node => !!node.oversight]],
    Umbrella: [['by', node => !!node.service], ['kind', node => !!node.kind], ['valid', node => !!node.validity], ['scope', node => !!node.scope],
        ['necessity', node => !!node.necessity], ['approved', node => !!node.approval], ['oversight-notified', node => !!node.oversight]],
    Recipient: [['country', node => !!node.country]],
    WeighingNote: [['assessed', node => !!node.assessed], ['method', node => !!node.method], ['review-due', node => !!node.reviewDue]],
    DataScope: [['subjects', node => !!node.subjects], ['period', node => !!node.period], ['bulk-justification', node => !!node.bulkJustification],
        ['categories', node => node.allCategories || node.categories.length > 0]]
};

/** A typed space opens completion only where a name or value follows: after these keywords, a clause-opening `risk`, or a comma. */
const valueFollows = /^\s*risk\s$|(?:^|\s)(?:to|under|for|categories|by|regarding|recipients|form|permits|kind|method|approved|on|date|assessed|review-due|valid|period)\s$|,\s$/;

/** Inside a string, a text block or a comment the author writes prose; completion would only get in the way. */
function inProse(document: LangiumDocument, offset: number, line: string): boolean {
    const root = document.parseResult.value.$cstNode;
    const leaf = root && CstUtils.findLeafNodeAtOffset(root, Math.max(offset - 1, 0));
    if (leaf && leaf.offset < offset && offset < leaf.end && /^(?:"|\/\/|\/\*)/.test(leaf.text)) {
        return true;
    }
    const beforeComment = line.split('//')[0];
    return (line.match(/"/g) ?? []).length % 2 === 1 || (beforeComment.length < line.length && (beforeComment.match(/"/g) ?? []).length % 2 === 0);
}

const blockTypes = new Set(Object.keys(singleClauses));

export class ProvisioCompletionProvider extends DefaultCompletionProvider {
    private readonly translator: Translator;
    private readonly services: ProvisioServices;

    constructor(services: ProvisioServices) {
        super(services);
        this.services = services;
        this.translator = services.i18n.Translator;
    }

    override readonly completionOptions: CompletionProviderOptions = { triggerCharacters: [' '] };
    protected override readonly nodeKindProvider = new ProvisioNodeKindProvider();

    override async getCompletion(document: LangiumDocument, params: CompletionParams): Promise<CompletionList | undefined> {
        const text = document.textDocument.getText();
        const offset = document.textDocument.offsetAt(params.position);
        const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        const line = text.slice(lineStart, offset);
        const typedSpace = params.context?.triggerKind === CompletionTriggerKind.TriggerCharacter;
        if (finishedValue.test(line) || inProse(document, offset, line) || (typedSpace && !valueFollows.test(line))) {
            return { isIncomplete: false, items: [] };
        }
        const list = await super.getCompletion(document, params);
        // A word typed in full is finished: an open list would take Enter and swallow the new line.
        const word = /[A-Za-z0-9_-]+$/.exec(line)?.[0];
        if (word && list?.items.some(item => (item.filterText ?? item.label) === word)) {
            return { isIncomplete: true, items: [] };
        }
        return list;
    }

    protected override completionFor(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor) {
        const feature = next.feature;
        if (GrammarAST.isRuleCall(feature) && feature.rule.ref?.name === 'DATE') {
            acceptor(context, { label: today(), kind: CompletionItemKind.Value, detail: this.say(messages.message('completion.today')), documentation: this.say(messages.message('completion.date')), sortText: '0' });
            return;
        }
        if (GrammarAST.isKeyword(feature)) {
            this.snippetsAt(feature.value).forEach(key => acceptor(context, {
                label: key === 'data' || key === 'mitigation' ? `${key} …` : key,
                kind: CompletionItemKind.Snippet,
                detail: this.say(messages.message(`snippet.${key}`)),
                insertText: snippetText(key, today()),
                insertTextFormat: InsertTextFormat.Snippet,
                sortText: '2'
            }));
        }
        return super.completionFor(context, next, acceptor);
    }

    private snippetsAt(keyword: string): SnippetKey[] {
        switch (keyword) {
            case 'provision': return ['provision', 'group-provision', 'background-check', 'umbrella', 'recipient'];
            case 'data': return ['data'];
            case 'mitigation': return ['mitigation'];
            default: return [];
        }
    }

    protected override completionForKeyword(context: CompletionContext, keyword: GrammarAST.Keyword, acceptor: CompletionAcceptor) {
        if (!this.filterKeyword(context, keyword)) {
            return;
        }
        const criterion = allCriteria.find(candidate => candidate === keyword.value);
        acceptor(context, {
            label: keyword.value,
            kind: criterion ? CompletionItemKind.EnumMember : CompletionItemKind.Keyword,
            detail: criterion
                ? this.say(messages.message('completion.criterion', { label: criterionLabel(criterion) }))
                : this.say(messages.message('completion.keyword')),
            documentation: documentationOf(keyword.value, this.translator),
            sortText: '1'
        });
    }

    protected override filterKeyword(context: CompletionContext, keyword: GrammarAST.Keyword): boolean {
        if (!super.filterKeyword(context, keyword)) {
            return false;
        }
        const block = this.blockAt(context);
        if (!block) {
            return true;
        }
        const written = singleClauses[block.$type]?.find(([clause]) => clause === keyword.value);
        if (written && written[1](block)) {
            return false;
        }
        // A weighing note assesses each criterion once.
        return !(ast.isWeighingNote(block) && block.assessments.some(assessment => assessment.criterion === keyword.value));
    }

    /** The innermost block that is still open at the cursor. */
    private blockAt(context: CompletionContext): AstNode | undefined {
        let node = context.node;
        while (node && (!blockTypes.has(node.$type) || isClosedBefore(node, context.offset))) {
            node = node.$container;
        }
        return node;
    }

    protected override getReferenceCandidates(refInfo: ReferenceInfo, context: CompletionContext): Stream<AstNodeDescription> {
        const candidates = super.getReferenceCandidates(refInfo, context);
        const provision = refInfo.container;
        if (!ast.isProvision(provision) || refInfo.property !== 'umbrella') {
            return candidates;
        }
        const recipients = provision.recipients.map(reference => reference.ref).filter((recipient): recipient is ast.Recipient => recipient !== undefined);
        return candidates.filter(candidate => {
            const umbrella = this.nodeOf(candidate);
            return ast.isUmbrella(umbrella) && covers(umbrella, recipients, provision.date);
        });
    }

    protected override createReferenceCompletionItem(description: AstNodeDescription, refInfo: ReferenceInfo, context: CompletionContext) {
        const item = super.createReferenceCompletionItem(description, refInfo, context);
        const node = this.nodeOf(description);
        const date = AstUtils.getContainerOfType(refInfo.container, ast.isProvision)?.date ?? today();
        if (ast.isRecipient(node)) {
            return { ...item, detail: this.recipientDetail(node, date), documentation: node.title };
        }
        if (ast.isUmbrella(node)) {
            return { ...item, detail: this.say(messages.message('completion.umbrella', { kind: node.kind ?? 'umbrella', from: node.validity?.from ?? '?', to: node.validity?.to ?? '?' })), documentation: node.title };
        }
        if (ast.isCategory(node)) {
            const builtin = description.documentUri.toString() === builtinUri;
            return { ...item, detail: this.say(messages.message(builtin ? 'completion.category.builtin' : 'completion.category.project')), documentation: node.title };
        }
        return { ...item, detail: undefined, documentation: (node as { title?: string } | undefined)?.title };
    }

    private recipientDetail(recipient: ast.Recipient, date: string): string {
        const note = weighingNoteInForce(recipient, date);
        if (!note) {
            return this.say(messages.message('completion.recipient', { risk: 'none', criteria: '', note: messages.message('completion.recipient.noNote') }));
        }
        const risks = risksOf(note);
        const noteText = note.reviewDue && note.reviewDue < date
            ? messages.message('completion.recipient.noteOverdue', { note: note.name, date: note.reviewDue })
            : messages.message('completion.recipient.note', { note: note.name, date: note.reviewDue ?? '?' });
        return this.say(messages.message('completion.recipient', {
            risk: risks.length > 0 ? 'elevated' : 'none',
            criteria: list(risks.map(risk => criterionLabel(risk.criterion)), 'and'),
            note: noteText
        }));
    }

    private nodeOf(description: AstNodeDescription): AstNode | undefined {
        if (description.node) {
            return description.node;
        }
        const documents = this.services.shared.workspace.LangiumDocuments;
        const document = documents.getDocument(description.documentUri);
        return document && this.services.workspace.AstNodeLocator.getAstNode(document.parseResult.value, description.path);
    }

    private say(message: Message): string {
        return this.translator.format(message);
    }
}

function documentationOf(keyword: string, translator: Translator): MarkupContent | undefined {
    const value = keywordDocumentation(keyword, translator);
    return value === undefined ? undefined : { kind: MarkupKind.Markdown, value };
}

function isClosedBefore(node: AstNode, offset: number): boolean {
    const close = node.$cstNode && GrammarUtils.findNodesForKeyword(node.$cstNode, '}').at(-1);
    return close !== undefined && close.end <= offset;
}

/** An umbrella covers a provision when it names all its recipients and is valid on its date. */
function covers(umbrella: ast.Umbrella, recipients: readonly ast.Recipient[], date: string | undefined): boolean {
    const named = new Set(umbrella.recipients.map(reference => reference.ref));
    if (!recipients.every(recipient => named.has(recipient))) {
        return false;
    }
    const validity = umbrella.validity;
    return !date || !validity?.from || !validity.to || (validity.from <= date && date <= validity.to);
}
