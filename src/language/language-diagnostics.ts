// Problems with the text itself rather than with the justification it states. They are
// always errors and cannot be configured away: rules cannot judge text they cannot read.
// Each carries its code, as rule findings carry their rule id.

export const languageDiagnostics = {
    syntax: { code: 'language/syntax', description: 'The text does not follow the Provisio grammar.' },
    unresolvedReference: { code: 'language/unresolved-reference', description: 'A name refers to no declared service, recipient, umbrella or data category.' },
    duplicateName: { code: 'language/duplicate-name', description: 'Two declarations in the workspace share a name.' },
    repeatedClause: { code: 'language/repeated-clause', description: 'A clause that takes one value is written twice in the same block.' },
    missingClause: { code: 'language/missing-clause', description: 'A clause every other check depends on is missing, such as a provision\'s date or recipients.' },
    invalidDate: { code: 'language/invalid-date', description: 'A date is not a real calendar date, or a period ends before it starts.' },
    riskWithoutReason: { code: 'language/risk-without-reason', description: 'A criterion assessed as a risk gives no reason.' },
    unknownClassification: { code: 'language/unknown-classification', description: 'The classification marking is not one of the Dutch markings.' },
    checkFailed: { code: 'internal/check-failed', description: 'A check failed on this text. This is a bug in Provisio; every other check still ran.' }
} as const;

export type LanguageDiagnostic = typeof languageDiagnostics[keyof typeof languageDiagnostics];
