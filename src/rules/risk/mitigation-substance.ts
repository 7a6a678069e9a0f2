import type { Criterion, Mitigation, RiskStatement } from '../../language/generated/ast.js';
import { criterionLabel } from '../../i18n/common.js';
import { list, type KeyOf } from '../../i18n/messages.js';
import { isProvision, mention, umbrellaOf, type Justification } from '../../model/provisions.js';
import { substanceOf } from '../../model/substance.js';
import { comparisonKey, wordCount } from '../../model/text.js';
import { defineRule, type Finding } from '../rule.js';
import { messages } from './mitigation-substance.messages.js';

/** How analysts point elsewhere, or leave a place to fill, instead of saying what reduces the risk; in English and in Dutch. */
export const defaultPointerPhrases: readonly string[] = [
    'see weighing note', 'see the weighing note', 'see note', 'see above', 'see below', 'see annex', 'see attachment', 'see umbrella',
    'see the umbrella', 'see authorisation note', 'as usual', 'as always', 'as before', 'as agreed', 'as previously', 'same as above',
    'as in earlier provisions', 'as in previous provisions', 'standard measures', 'standard mitigation', 'usual measures', 'not applicable',
    'n/a', 'idem', 'ditto', 'todo', 'tbd', 'to be completed',
    'zie wegingsnotitie', 'zie de wegingsnotitie', 'zie notitie', 'zie boven', 'zie hierboven', 'zie onder', 'zie bijlage',
    'zie overkoepelende toestemming', 'zie de overkoepelende toestemming', 'zie autorisatienota', 'zie de autorisatienota',
    'zoals gebruikelijk', 'zoals altijd', 'zoals eerder', 'zoals afgesproken', 'conform eerdere verstrekkingen', 'conform wegingsnotitie',
    'conform de wegingsnotitie', 'standaardmaatregelen', 'standaard maatregelen', 'gebruikelijke maatregelen', 'n.v.t.', 'nvt',
    'niet van toepassing', 'p.m.', 'nog in te vullen', 'nog invullen'
];

type Clause = Mitigation | RiskStatement;
type Findings = Iterable<Finding<KeyOf<typeof messages>>>;

export const mitigationSubstance = defineRule({
    id: 'risk/mitigation-substance',
    domainRule: 4,
    defaultSeverity: 'warning',
    dutchTerm: 'mitigerende maatregel, afweging',
    options: {
        minWords: { type: 'integer', default: 8, minimum: 1 },
        pointerPhrases: { type: 'list', default: defaultPointerPhrases },
        detectRepeats: { type: 'boolean', default: true }
    },
    messages,
    appliesTo: ['Mitigation', 'RiskStatement'],
    *check(clause: Clause, { options }): Findings {
        const text = textOf(clause);
        const words = wordCount(text);
        if (words === 0) {
            return; // an empty mitigation covers nothing (risk/mitigation-required); a missing reason is risk/applicability-reasoned
        }
        const data = { owner: ownerMention(clause), kind: kindOf(clause), criteria: criteriaList(clause.criteria), count: clause.criteria.length };
        const substance = substanceOf(text, options.pointerPhrases);
        if (substance.pointer !== undefined && substance.ownWords < options.minWords) {
            yield { node: clause, property: textProperty(clause), messageId: 'pointerOnly', data: { ...data, phrase: substance.pointer, option: 'pointerPhrases' } };
        } else if (words < options.minWords) {
            yield { node: clause, property: textProperty(clause), messageId: 'short', data: { ...data, words, minWords: options.minWords } };
        }
        const earlier = options.detectRepeats ? sameTextForOtherCriteria(clause) : undefined;
        if (earlier) {
            const where = ownerMention(earlier);
            yield {
                node: clause,
                property: textProperty(clause),
                messageId: 'repeated',
                data: { ...data, otherKind: kindOf(earlier), otherCriteria: criteriaList(earlier.criteria), otherCount: earlier.criteria.length, where, inherited: earlier.$container === clause.$container ? 'no' : 'yes' },
                related: [{ node: earlier, messageId: 'sameTextIn', data: { where } }]
            };
        }
    }
});

function textOf(clause: Clause): string | undefined {
    return clause.$type === 'Mitigation' ? clause.description : clause.reason;
}

function textProperty(clause: Clause): string {
    return clause.$type === 'Mitigation' ? 'description' : 'reason';
}

/** The select key a clause is named by: ICU keys take no hyphens. */
function kindOf(clause: Clause): string {
    return clause.$type === 'Mitigation' ? 'mitigation' : clause.verdict === 'inherited-mitigation-unfit' ? 'unfit' : 'notApplicable';
}

function criteriaList(criteria: readonly Criterion[]) {
    return list(criteria.map(criterionLabel));
}

function ownerMention(clause: Clause) {
    return mention(clause.$container as Justification);
}

/** Per text, the first clause with it, and the first one after that about other criteria. */
interface SameText {
    first: Clause;
    firstOther?: Clause;
}

/** Per justification, its mitigations and reasons by their words; built once per AST, so looking up repeats takes constant time. */
const clausesByText = new WeakMap<Justification, Map<string, SameText>>();

function indexOf(justification: Justification): Map<string, SameText> {
    let index = clausesByText.get(justification);
    if (!index) {
        index = new Map();
        const clauses = [...justification.mitigations, ...(justification.riskStatements ?? [])]
            .sort((a, b) => (a.$cstNode?.offset ?? 0) - (b.$cstNode?.offset ?? 0));
        for (const clause of clauses) {
            const key = comparisonKey(textOf(clause));
            const same = index.get(key);
            if (key === '') {
                continue;
            } else if (!same) {
                index.set(key, { first: clause });
            } else if (!same.firstOther && !sameCriteria(same.first.criteria, clause.criteria)) {
                same.firstOther = clause;
            }
        }
        clausesByText.set(justification, index);
    }
    return index;
}

/** Of the clauses with one text, the earliest about other criteria than `clause`. */
function otherCriteria(same: SameText | undefined, clause: Clause): Clause | undefined {
    if (!same) {
        return undefined;
    }
    return sameCriteria(same.first.criteria, clause.criteria) ? same.firstOther : same.first;
}

/**
 * The first clause before this one in its justification, or in the umbrella a provision is made
 * under, with the same words but about other criteria: one text for several risks shows no
 * weighing of each. The same text for the same criteria (say, for two group members) is not a repeat.
 */
function sameTextForOtherCriteria(clause: Clause): Clause | undefined {
    const key = comparisonKey(textOf(clause));
    const owner = clause.$container as Justification;
    const umbrella = isProvision(owner) ? umbrellaOf(owner) : undefined;
    const inUmbrella = umbrella ? otherCriteria(indexOf(umbrella).get(key), clause) : undefined;
    if (inUmbrella) {
        return inUmbrella;
    }
    const own = otherCriteria(indexOf(owner).get(key), clause);
    return own && (own.$cstNode?.offset ?? 0) < (clause.$cstNode?.offset ?? 0) ? own : undefined;
}

function sameCriteria(a: readonly Criterion[], b: readonly Criterion[]): boolean {
    const set = new Set(a);
    return set.size === new Set(b).size && b.every(criterion => set.has(criterion));
}
