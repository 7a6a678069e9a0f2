// Problems with the text itself rather than with the justification it states. They are
// always errors and cannot be configured away: rules cannot judge text they cannot read.
// Each carries its code, as rule findings carry their rule id; what each reports is the
// message `code.<key>` of the language catalogue (language.messages.ts).

export const languageDiagnostics = {
    syntax: { code: 'language/syntax' },
    unresolvedReference: { code: 'language/unresolved-reference' },
    duplicateName: { code: 'language/duplicate-name' },
    repeatedClause: { code: 'language/repeated-clause' },
    missingClause: { code: 'language/missing-clause' },
    invalidDate: { code: 'language/invalid-date' },
    riskWithoutReason: { code: 'language/risk-without-reason' },
    zeroAmount: { code: 'language/zero-amount' },
    unknownClassification: { code: 'language/unknown-classification' },
    unreadableFile: { code: 'language/unreadable-file' },
    encoding: { code: 'language/encoding' },
    checkFailed: { code: 'internal/check-failed' }
} as const;

export type LanguageDiagnosticKey = keyof typeof languageDiagnostics;
export type LanguageDiagnostic = typeof languageDiagnostics[LanguageDiagnosticKey];
