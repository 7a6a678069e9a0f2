// Text edits that add a mitigation clause for the criteria at risk that are still unaddressed.
import type { AstNode } from 'langium';
import type { TextEdit } from 'vscode-languageserver-types';
import type { Criterion, Mitigation, Provision, Recipient, RiskStatement, Umbrella } from '../../language/generated/ast.js';
import type { Justification } from '../../model/provisions.js';
import { insertClause, lineEnding } from './edits.js';

/**
 * What the quick fix writes as the mitigation's text. No fix can know the measure, so it leaves
 * a word that risk/mitigation-substance reports until the author describes the measure (an empty
 * `…` would count as no mitigation, and the finding the fix is for would stay). Such a fix is a
 * suggestion: `provisio check --fix` never writes it.
 */
export const mitigationPlaceholder = 'TODO';

/** The clause as a message shows it: `mitigation for human-rights, data-protection regarding EastmarkGIS "…"`. */
export function mitigationClause(criteria: readonly Criterion[], regarding: string | undefined, text = '…'): string {
    return `mitigation for ${criteria.join(', ')}${regarding ? ` regarding ${regarding}` : ''} "${text}"`;
}

/** With several recipients a mitigation names the one it is about, so it does not claim to cover the others. */
export function regardingFor(justification: Justification, recipient: Recipient): string | undefined {
    return justification.recipients.length > 1 ? recipient.name : undefined;
}

/** Adds the clause after the block's last mitigation or risk statement, else after its necessity motivation, else before its closing brace. */
export function addMitigation(block: Provision | Umbrella, criteria: readonly Criterion[], regarding: string | undefined): TextEdit[] | undefined {
    const clause = mitigationClause(criteria, regarding, mitigationPlaceholder);
    const after = lastOf([...block.mitigations, ...(block.riskStatements ?? [])]) ?? block.necessity;
    const edit = after?.$cstNode ? afterOnNewLine(after, clause) : insertClause(block, clause);
    return edit && [edit];
}

function lastOf(clauses: ReadonlyArray<Mitigation | RiskStatement>): Mitigation | RiskStatement | undefined {
    let last: Mitigation | RiskStatement | undefined;
    for (const clause of clauses) {
        if (clause.$cstNode && (!last || clause.$cstNode.offset > last.$cstNode!.offset)) {
            last = clause;
        }
    }
    return last;
}

/** A new line after `node`, with the file's line ending, indented as the line `node` starts on. */
function afterOnNewLine(node: AstNode, text: string): TextEdit | undefined {
    const cst = node.$cstNode;
    if (!cst) {
        return undefined;
    }
    const fullText = cst.root.fullText;
    const lineStart = cst.offset - cst.range.start.character;
    let indentEnd = lineStart;
    while (indentEnd < cst.offset && (fullText[indentEnd] === ' ' || fullText[indentEnd] === '\t')) {
        indentEnd++;
    }
    const end = cst.range.end;
    return { range: { start: end, end }, newText: `${lineEnding(cst.root)}${fullText.slice(lineStart, indentEnd)}${text}` };
}

/** For risks still open: the clause that would weigh them, the message data naming it, and the fix (a suggestion) that writes it. */
export function openRisks(block: Justification, recipient: Recipient, risks: ReadonlyArray<{ criterion: Criterion }>) {
    const criteria = [...new Set(risks.map(risk => risk.criterion))];
    const regarding = regardingFor(block, recipient);
    const clause = mitigationClause(criteria, regarding);
    const edits = addMitigation(block, criteria, regarding);
    return {
        messageData: { clause, criterion: criteria[0], regarding: regarding ? ` regarding ${regarding}` : '' },
        fix: edits && { messageId: 'addMitigation' as const, data: { clause }, edits, suggestion: true }
    };
}
