// The one list of rules. Docs, configuration, the CLI, and the editor all read it.
import { requiredApproval } from './approval/required-approval.js';
import { oversightNotified } from './approval/oversight-notified.js';
import { destructionRequest } from './background-check/destruction-request.js';
import { riskWeighed } from './background-check/risk-weighed.js';
import { standardConditions } from './conditions/standard-conditions.js';
import { collectiveMotivation } from './group/collective-motivation.js';
import { necessityRequired } from './motivation/necessity-required.js';
import { nearCopy } from './motivation/near-copy.js';
import { substantiveMotivation } from './motivation/substantive.js';
import { bulkNoteRecent } from './recipient/bulk-note-recent.js';
import { cooperationPermitted } from './recipient/cooperation-permitted.js';
import { jointMethod } from './recipient/joint-method.js';
import { weighingNoteCurrent } from './recipient/weighing-note-current.js';
import { weighingNoteRequired } from './recipient/weighing-note-required.js';
import { applicabilityReasoned } from './risk/applicability-reasoned.js';
import { criteriaMitigated } from './risk/criteria-mitigated.js';
import { mitigationRequired } from './risk/mitigation-required.js';
import { mitigationSubstance } from './risk/mitigation-substance.js';
import type { Rule } from './rule.js';
import { boundedScope } from './scope/bounded.js';
import { formDeclared } from './scope/form-declared.js';
import { multilateralYearly } from './umbrella/multilateral-yearly.js';
import { withinUmbrella } from './umbrella/within-umbrella.js';

export const rules: readonly Rule[] = [
    necessityRequired,
    substantiveMotivation,
    nearCopy,
    boundedScope,
    mitigationRequired,
    criteriaMitigated,
    weighingNoteRequired,
    weighingNoteCurrent,
    jointMethod,
    cooperationPermitted,
    bulkNoteRecent,
    standardConditions,
    destructionRequest,
    withinUmbrella,
    multilateralYearly,
    collectiveMotivation,
    requiredApproval,
    oversightNotified,
    formDeclared,
    mitigationSubstance,
    applicabilityReasoned,
    riskWeighed
];

const rulesById = new Map(rules.map(rule => [rule.id, rule]));

export function findRule(id: string): Rule | undefined {
    return rulesById.get(id);
}
