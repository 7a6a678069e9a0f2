// What a recipient's weighing notes say about it on a given date.
import type { Criterion, CriterionAssessment, Recipient, WeighingNote } from '../language/generated/ast.js';
import type { IsoDate } from './dates.js';

export const allCriteria: readonly Criterion[] = [
    'democratic-anchoring', 'human-rights', 'professionalism', 'legal-powers', 'data-protection'
];

/** The joint AIVD/MIVD weighing method has been used since this date; older notes are legacy. */
export const jointMethodSince: IsoDate = '2020-06-01';

/**
 * The note that governs cooperation on `date`: the latest one assessed on or before it (of two
 * assessed on one day, the one with more risks).
 * Without a date, the latest note. A note without an assessment date never governs.
 */
export function weighingNoteInForce(recipient: Recipient, date: IsoDate | undefined): WeighingNote | undefined {
    let inForce: WeighingNote | undefined;
    for (const note of recipient.weighingNotes) {
        if (note.assessed === undefined || (date !== undefined && note.assessed > date)) {
            continue;
        }
        // Two notes of one date are an error the author is told about; until then the stricter one governs.
        if (inForce === undefined || note.assessed > inForce.assessed! || (note.assessed === inForce.assessed && risksOf(note).length > risksOf(inForce).length)) {
            inForce = note;
        }
    }
    return inForce;
}

export function risksOf(note: WeighingNote | undefined): CriterionAssessment[] {
    return note?.assessments.filter(assessment => assessment.verdict === 'risk') ?? [];
}

/** A recipient has an elevated risk profile when its note in force assesses any criterion as a risk. */
export function hasElevatedRisk(recipient: Recipient, date: IsoDate | undefined): boolean {
    return risksOf(weighingNoteInForce(recipient, date)).length > 0;
}

