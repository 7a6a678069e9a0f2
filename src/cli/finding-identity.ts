// Where a finding is, in terms that survive reformatting and moved lines: the names of the
// declarations around it and a hash of the text it is about. SARIF and GitLab fingerprints
// are made from it.
import { createHash } from 'node:crypto';
import { CstUtils, type AstNode, type LangiumDocument } from 'langium';
import type { FindingIdentity } from './formatters/formatter.js';
import type { LintMessage } from './lint-results.js';

export function findingIdentity(document: LangiumDocument, message: LintMessage): FindingIdentity {
    const text = document.textDocument;
    const start = text.offsetAt({ line: message.line - 1, character: message.column - 1 });
    const end = text.offsetAt({ line: message.endLine - 1, character: message.endColumn - 1 });
    const content = text.getText().slice(start, Math.max(start, end)).replace(/\s+/g, ' ').trim();
    const root = document.parseResult?.value?.$cstNode;
    const leaf = root === undefined ? undefined : CstUtils.findLeafNodeAtOffset(root, start);
    return {
        declaration: declarationNames(leaf?.astNode).join('/'),
        contentHash: createHash('sha256').update(`${message.ruleId ?? ''}\u0000${message.messageId ?? ''}\u0000${content}`).digest('hex')
    };
}

/** The names of the named nodes from the outermost to the one holding the finding. */
function declarationNames(node: AstNode | undefined): string[] {
    const names: string[] = [];
    for (let current = node; current !== undefined; current = current.$container) {
        const name = (current as { name?: unknown }).name;
        if (typeof name === 'string' && name !== '') {
            names.push(name);
        }
    }
    return names.reverse();
}
