// Runs the registry's rules inside Langium's validation, with each document's configured
// severity and options. A finding becomes a diagnostic whose code is the rule id.
import { AstUtils, MultiMap, type AstNode, type ValidationAcceptor, type ValidationChecks } from 'langium';
import type { DiagnosticRelatedInformation, Range } from 'vscode-languageserver-types';
import type { ProvisioAstType } from '../language/generated/ast.js';
import type { ProvisioServices } from '../language/provisio-module.js';
import { isolated } from '../language/check-failure.js';
import { messages as languageMessages } from '../language/language.messages.js';
import { dependsOnUnreadable } from '../language/unreadable.js';
import { listItemCstNode } from '../language/ast-walk.js';
import { rules } from './registry.js';
import { ruleDocsUrl } from './rule-docs.js';
import { findingFixes, type FindingFixes } from './support/fix-data.js';
import type { Finding, Rule } from './rule.js';

/** Diagnostic data of a finding: its message id (the same in every language), and its quick fixes, which the editor turns into code actions and `--fix` applies. */
export interface FindingData extends FindingFixes {
    messageId?: string;
}

export function registerRules(services: ProvisioServices): void {
    const rulesByType = new MultiMap<string, Rule>(rules.flatMap(rule => rule.appliesTo.map(type => [type, rule] as [string, Rule])));
    const checks: ValidationChecks<ProvisioAstType> = {};
    for (const [type, typeRules] of rulesByType.entriesGroupedByKey()) {
        (checks as Record<string, unknown>)[type] = (node: AstNode, accept: ValidationAcceptor) => runRules(typeRules, node, accept, services);
    }
    services.validation.ValidationRegistry.register(checks);
}

function runRules(typeRules: readonly Rule[], node: AstNode, accept: ValidationAcceptor, services: ProvisioServices): void {
    if (dependsOnUnreadable(node)) {
        return;
    }
    const config = services.config.ProjectConfig.forDocument(AstUtils.getDocument(node).uri);
    const workspace = services.rules.WorkspaceFacts;
    const translator = services.i18n.Translator;
    for (const rule of typeRules) {
        const setting = config.rules.get(rule.id)!;
        const severity = setting.severity;
        if (severity === 'off') {
            continue;
        }
        // A rule that throws must not take the other rules, or the other files, down with it.
        isolated(() => {
            for (const finding of rule.check(node, { options: setting.options, workspace })) {
                const say = (messageId: string, data: Finding['data']) => translator.format(rule.messages.message(messageId, data));
                const data: FindingData = { messageId: finding.messageId, ...findingFixes(finding, say) };
                accept(finding.severity ?? severity, say(finding.messageId, finding.data), {
                    node: finding.node,
                    property: finding.property,
                    index: finding.index,
                    range: listItemRange(finding),
                    code: rule.id,
                    codeDescription: { href: ruleDocsUrl(rule.id, config.docsBaseUrl) },
                    data,
                    relatedInformation: finding.related?.flatMap(related => relatedLocation(related.node, say(related.messageId, related.data)))
                });
            }
        }, languageMessages.message('ruleCheck', { rule: rule.id }), node, accept, translator);
    }
}

/** A finding on one item of a list is placed on that item, read directly (see `listItemCstNode`). */
function listItemRange({ node, property, index }: Pick<Finding, 'node' | 'property' | 'index'>): Range | undefined {
    return property !== undefined && index !== undefined ? listItemCstNode(node, property, index)?.range : undefined;
}

function relatedLocation(node: AstNode, message: string): DiagnosticRelatedInformation[] {
    const range = node.$cstNode?.range;
    return range ? [{ location: { uri: AstUtils.getDocument(node).uri.toString(), range }, message }] : [];
}
