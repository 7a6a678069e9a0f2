// Quick fixes come from the rules: a finding with a fix carries its edits in the
// diagnostic's data, and the editor offers them as they are.
import type { LangiumDocument } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import { CodeActionKind, type CodeAction, type CodeActionParams } from 'vscode-languageserver';
import type { FindingData } from '../rules/run-rules.js';

export class ProvisioCodeActionProvider implements CodeActionProvider {
    getCodeActions(document: LangiumDocument, params: CodeActionParams): CodeAction[] {
        return params.context.diagnostics.flatMap(diagnostic => {
            const fix = (diagnostic.data as FindingData | undefined)?.fix;
            return fix ? [{
                title: fix.title,
                kind: CodeActionKind.QuickFix,
                diagnostics: [diagnostic],
                isPreferred: true,
                edit: { changes: { [document.uri.toString()]: fix.edits } }
            }] : [];
        });
    }
}
