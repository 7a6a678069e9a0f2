// What a rule is. Every rule is one file that exports one `defineRule(...)`; the registry
// collects them, and the docs, the configuration, the CLI and the editor read only that.
// Rule files import Langium types only, never its runtime, so listing rules stays fast.
import type { AstNode } from 'langium';
import type { TextEdit } from 'vscode-languageserver-types';
import type { Necessity, ProvisioAstType } from '../language/generated/ast.js';

export const severities = ['error', 'warning', 'info', 'hint'] as const;
export type Severity = typeof severities[number];
export const severitySettings = [...severities, 'off'] as const;
export type SeveritySetting = typeof severitySettings[number];

export type OptionSpec =
    | { type: 'integer'; default: number; minimum: number; description: string }
    | { type: 'boolean'; default: boolean; description: string }
    | { type: 'date'; default: string; description: string }
    | { type: 'choice'; values: readonly string[]; default: string; description: string }
    | { type: 'list'; default: readonly string[]; description: string };

export type OptionSpecs = Record<string, OptionSpec>;

export type OptionValues<S extends OptionSpecs> = { readonly [K in keyof S]: S[K]['default'] };

/** A quick fix: text edits that repair the finding without asking the author anything. */
export interface Fix {
    title: string;
    edits: TextEdit[];
}

export interface Finding {
    /** The most specific node the finding is about. */
    node: AstNode;
    property?: string;
    index?: number;
    message: string;
    /** Only for rules whose severity depends on the case; otherwise the configured severity applies. */
    severity?: Severity;
    related?: Array<{ node: AstNode; message: string }>;
    fix?: Fix;
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
}

export interface RuleContext<S extends OptionSpecs> {
    options: OptionValues<S>;
    workspace: WorkspaceFacts;
}

type NodeTypeName = keyof ProvisioAstType;

export interface RuleDefinition<T extends NodeTypeName, S extends OptionSpecs> {
    /** Stable id, `category/name`. */
    id: string;
    /** The number of the reviewer's rule in DOMAIN.md this implements. */
    domainRule: number;
    defaultSeverity: Severity;
    /** What the rule checks, in one sentence. */
    description: string;
    rationale: string;
    source: string;
    dutchTerm: string;
    options: S;
    /** What the quick fix does, when the rule has one. */
    fix?: string;
    appliesTo: readonly T[];
    check(node: ProvisioAstType[T], context: RuleContext<S>): Iterable<Finding>;
}

/** A rule with its node and option types erased, as the registry holds it. */
export interface Rule extends Omit<RuleDefinition<NodeTypeName, OptionSpecs>, 'check'> {
    check(node: AstNode, context: RuleContext<OptionSpecs>): Iterable<Finding>;
}

export function defineRule<T extends NodeTypeName, S extends OptionSpecs>(definition: RuleDefinition<T, S>): Rule {
    return definition as unknown as Rule;
}

export function defaultOptions(rule: Rule): OptionValues<OptionSpecs> {
    return Object.fromEntries(Object.entries(rule.options).map(([name, spec]) => [name, spec.default]));
}
