// GitLab Code Quality: a JSON array of issues (description, check_name, fingerprint, severity,
// location.path relative to the repository, location.lines.begin), shown in merge requests.
import type { LintMessage } from '../lint-results.js';
import { fingerprints, relativePath, type Formatter } from './formatter.js';

type CodeQualitySeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';

export interface CodeQualityIssue {
    type: 'issue';
    description: string;
    check_name: string;
    fingerprint: string;
    severity: CodeQualitySeverity;
    location: { path: string; lines: { begin: number; end: number } };
}

export const gitlab: Formatter = {
    name: 'gitlab',
    format(input) {
        const prints = fingerprints(input);
        const issues: CodeQualityIssue[] = input.results.flatMap(result => result.messages.map(message => ({
            type: 'issue' as const,
            description: message.message,
            check_name: message.ruleId ?? 'provisio',
            fingerprint: prints.get(message) ?? '',
            severity: severity(message),
            location: { path: relativePath(result.filePath, input), lines: { begin: message.line, end: message.endLine } }
        })));
        return JSON.stringify(issues, null, 2) + '\n';
    }
};

/** A file that could not be read or parsed blocks the review; then by the finding's severity. */
function severity(message: LintMessage): CodeQualitySeverity {
    if (message.fatal === true || message.ruleId === 'language/unreadable-file' || message.ruleId === 'language/encoding') {
        return 'blocker';
    }
    return message.severityName === 'error' ? 'major' : message.severityName === 'warning' ? 'minor' : 'info';
}
