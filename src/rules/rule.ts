// What a rule is. Every rule is one file that exports one `defineRule(...)`; the registry
// collects them, and the docs, the configuration, the CLI and the editor read only that.
// Rule files import Langium types only, never its runtime, so listing rules stays fast.
import type { AstNode } from 'langium';
import type { TextEdit } from 'vscode-languageserver-types';
import type { Necessity, ProvisioAstType } from '../language/generated/ast.js';
import type { MessageCatalogue, MessageData } from '../i18n/messages.js';
import type { NearCopy } from './near-copy-index.js';

export const severities = ['error', 'warning', 'info', 'hint'] as const;
export type Severity = typeof severities[number];
export const severitySettings = [...severities, 'off'] as const;
export type SeveritySetting = typeof severitySettings[number];

/** An option of a rule. Its description is the rule's message `option.<name>`. */
export type OptionSpec =
    | { type: 'integer'; default: number; minimum: number }
    | { type: 'boolean'; default: boolean }
    | { type: 'date'; default: string }
    | { type: 'choice'; values: readonly string[]; default: string }
    | { type: 'list'; default: readonly string[] };

export type OptionSpecs = Record<string, OptionSpec>;

export type OptionValues<S extends OptionSpecs> = { readonly [K in keyof S]: S[K]['default'] };

/** A quick fix: text edits that repair the finding; its title is one of the rule's messages. */
export interface Fix<K extends string = string> {
    messageId: K;
    data?: MessageData;
    /** The edits; a function of the translator when the fix inserts words (a skeleton's questions), so they are in the author's language. */
    edits: TextEdit[] | ((say: (messageId: K, data?: MessageData) => string) => TextEdit[]);
    /** Whether this is the one obvious fix, which an editor applies with one key. Default: true when it is the finding's only fix. */
    preferred?: boolean;
    /**
     * A fix that leaves the author something to fill in or decide (a placeholder, a date, a
     * level of approval, a form of data): offered in the editor, never applied by
     * `provisio check --fix`. A fix whose text contains the placeholder `…` is always one.
     */
    suggestion?: boolean;
}

/** What a rule reports: where, and which of its messages with which data; never a finished sentence. */
export interface Finding<K extends string = string> {
    /** The most specific node the finding is about. */
    node: AstNode;
    property?: string;
    index?: number;
    messageId: K;
    data?: MessageData;
    /** Only for rules whose severity depends on the case; otherwise the configured severity applies. */
    severity?: Severity;
    related?: Array<{ node: AstNode; messageId: K; data?: MessageData }>;
    fix?: Fix<K>;
    /** Further fixes, for a finding with more than one way out (none of them preferred unless marked). */
    fixes?: Array<Fix<K>>;
}

/** Other places that share something with a node: how many there are, and the first few to name. */
export interface Copies<T> {
    total: number;
    shown: readonly T[];
}

/** Facts that need the whole workspace. Kept up to date per document, so no rule compares documents pairwise. */
export interface WorkspaceFacts {
    /** Other motivations with the same words as this one. */
    sameMotivation(necessity: Necessity): Copies<Necessity>;
    /** Other motivations that are nearly the same text (not word for word), most similar first; found through an index, never pairwise. */
    similarMotivations(necessity: Necessity): readonly NearCopy[];
}

export interface RuleContext<S extends OptionSpecs> {
    options: OptionValues<S>;
    workspace: WorkspaceFacts;
}

type NodeTypeName = keyof ProvisioAstType;

export interface RuleDefinition<T extends NodeTypeName, S extends OptionSpecs, K extends string> {
    /** Stable id, `category/name`. */
    id: string;
    /** The number of the reviewer's rule in docs/domain.md this implements. */
    domainRule: number;
    defaultSeverity: Severity;
    dutchTerm: string;
    options: S;
    /** The rule's sentences in English and Dutch: `description` (what it checks, in one sentence), `rationale`, `source`, `fix`, `option.<name>`, and its findings'. */
    messages: MessageCatalogue<K>;
    /** Whether the rule offers a quick fix (described by its message `fix`). */
    hasFix?: boolean;
    appliesTo: readonly T[];
    check(node: ProvisioAstType[T], context: RuleContext<S>): Iterable<Finding<K>>;
}

/** A rule with its node, option and message types erased, as the registry holds it. */
export interface Rule extends Omit<RuleDefinition<NodeTypeName, OptionSpecs, string>, 'check'> {
    check(node: AstNode, context: RuleContext<OptionSpecs>): Iterable<Finding>;
}

export function defineRule<T extends NodeTypeName, S extends OptionSpecs, K extends string>(definition: RuleDefinition<T, S, K>): Rule {
    return definition as unknown as Rule;
}

export function defaultOptions(rule: Rule): OptionValues<OptionSpecs> {
    return Object.fromEntries(Object.entries(rule.options).map(([name, spec]) => [name, spec.default]));
}
