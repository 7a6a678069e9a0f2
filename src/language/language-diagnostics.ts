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
    unreadableFile: { code: 'language/unreadable-file', description: 'The file cannot be read: it is a pipe, a device or a folder, it is larger than `maxFileSize`, or reading it failed.' },
    encoding: { code: 'language/encoding', description: 'The file is not UTF-8 text: it is binary, UTF-16 or has invalid UTF-8 bytes.' }
} as const;

export type LanguageDiagnostic = typeof languageDiagnostics[keyof typeof languageDiagnostics];
