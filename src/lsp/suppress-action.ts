// "Suppress with reason…": writes a suppression comment above a rule's finding, with a
// placeholder where the reason goes. Until the author writes the reason, the comment
// suppresses nothing and is itself reported, so no finding is set aside without one.
import type { LangiumDocument } from 'langium';
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import type { Translator } from '../i18n/translator.js';
import { findRule } from '../rules/registry.js';
import { placeholder } from '../rules/support/fix-data.js';
import { messages } from './editor.messages.js';

/** A kind of its own under quick fixes: it records a deviation rather than repairing the text. */
export const suppressActionKind = `${CodeActionKind.QuickFix}.suppress`;

export function suppressAction(document: LangiumDocument, diagnostic: Diagnostic, translator: Translator): CodeAction | undefined {
    const rule = typeof diagnostic.code === 'string' ? findRule(diagnostic.code) : undefined;
    if (!rule) {
        return undefined;
    }
    const text = document.textDocument;
    const line = diagnostic.range.start.line;
    const lineText = text.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
    const indent = /^[^\S\r\n]*/.exec(lineText)![0];
    const eol = lineText.endsWith('\r\n') || (!lineText.endsWith('\n') && text.getText().includes('\r\n')) ? '\r\n' : '\n';
    return {
        title: translator.format(messages.message('suppressWithReason', { rule: rule.id })),
        kind: suppressActionKind,
        diagnostics: [diagnostic],
        edit: {
            changes: {
                [document.uri.toString()]: [{
                    range: { start: { line, character: 0 }, end: { line, character: 0 } },
                    newText: `${indent}// provisio-disable-next-line ${rule.id} -- ${placeholder}${eol}`
                }]
            }
        }
    };
}
