// Who may approve a provision, lowest first.
import type { ApprovalLevel } from '../language/generated/ast.js';
import { common } from '../i18n/common.js';
import type { Message } from '../i18n/messages.js';

export const approvalLevels: readonly ApprovalLevel[] = ['mandated-official', 'head-of-service', 'minister'];

export function approvalRank(level: ApprovalLevel): number {
    return approvalLevels.indexOf(level);
}

/** Who approved, with the article a sentence needs: "the head of service", "het hoofd van de dienst". */
export function approver(level: ApprovalLevel): Message {
    return common.message(`level.definite.${level}`);
}
