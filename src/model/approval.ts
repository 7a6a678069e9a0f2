// Who may approve a provision, lowest first.
import type { ApprovalLevel } from '../language/generated/ast.js';

export const approvalLevels: readonly ApprovalLevel[] = ['mandated-official', 'head-of-service', 'minister'];

export function approvalRank(level: ApprovalLevel): number {
    return approvalLevels.indexOf(level);
}
