// Quick fixes come from the rules: a finding with fixes carries their edits in the
// diagnostic's data, and the editor offers them as they are, the preferred one marked.
// An unknown name gets a fix that declares it in the workspace's registry (declare-missing.ts);
// every rule's finding can be suppressed with a reason (suppress-action.ts).
import type { LangiumDocument } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import { CodeActionKind, type CodeAction, type CodeActionParams } from 'vscode-languageserver';
import type { ProvisioServices } from '../language/provisio-module.js';
import type { FindingData } from '../rules/run-rules.js';
import { allFixes } from '../rules/support/fix-data.js';
import { declareMissing } from './declare-missing.js';
import { suppressAction } from './suppress-action.js';

export class ProvisioCodeActionProvider implements CodeActionProvider {
    constructor(private readonly services?: ProvisioServices) {}

    getCodeActions(document: LangiumDocument, params: CodeActionParams): CodeAction[] {
        return params.context.diagnostics.flatMap(diagnostic => {
            const fixes = allFixes((diagnostic.data ?? {}) as FindingData);
            const fromRules = fixes.map(fix => ({
                title: fix.title,
                kind: CodeActionKind.QuickFix,
                diagnostics: [diagnostic],
                isPreferred: fix.preferred,
                edit: { changes: { [document.uri.toString()]: fix.edits } }
            }));
            if (!this.services) {
                return fromRules;
            }
            const suppress = suppressAction(document, diagnostic, this.services.i18n.Translator);
            return [...fromRules, ...declareMissing(this.services, document, diagnostic), ...suppress ? [suppress] : []];
        });
    }
}
