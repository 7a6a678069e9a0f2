// Suppression directives are audit records: each names the rules it silences, why, and
// optionally until when and who approved it. They are written as comments:
//   // provisio-disable-next-line scope/bounded until 2026-12-31 approved-by "J. de Vries" -- <reason>
//   // provisio-disable <rule-id>[, <rule-id>] -- <reason>   …   // provisio-enable [<rule-id>]
//   // provisio-disable-file <rule-id> -- <reason>
// Reading them is a pure function of the comment text.
import { placeholder } from '../rules/support/fix-data.js';
import type { Range } from 'vscode-languageserver-types';

export type DirectiveKind = 'next-line' | 'disable' | 'enable' | 'file';

export interface Directive {
    kind: DirectiveKind;
    /** Where the comment is; its start line decides what a `next-line` directive covers. */
    range: Range;
    rules: string[];
    reason?: string;
    until?: string;
    approvedBy?: string;
    /** What is wrong with how it is written, if anything (besides what needs the registry or a date to judge). */
    malformed?: 'missing-rule' | 'missing-reason' | 'unknown-option' | 'missing-value' | 'unknown-directive';
    /** The word that could not be read, for `unknown-option`. */
    unreadable?: string;
}

const directivePattern = /^\s*provisio-(disable-next-line|disable-file|disable|enable)(?=\s|$)(.*)$/;
/** A comment that means to be a directive but is not one of the four: misspelt, or in capitals. */
const attemptedDirective = /^\s*provisio[-_ ]?(?:dis|en)able\S*/i;
const kinds: Record<string, DirectiveKind> = { 'disable-next-line': 'next-line', 'disable-file': 'file', disable: 'disable', enable: 'enable' };

/** Reads a directive from the text of a `//` comment (without the slashes); undefined when the comment is not one. */
export function readDirective(commentText: string, range: Range): Directive | undefined {
    const match = directivePattern.exec(commentText);
    if (!match) {
        const attempt = attemptedDirective.exec(commentText);
        return attempt ? { kind: 'next-line', range, rules: [], malformed: 'unknown-directive', unreadable: attempt[0].trim() } : undefined;
    }
    const kind = kinds[match[1]];
    const separator = match[2].search(/(^|\s)--(\s|$)/);
    const head = separator < 0 ? match[2] : match[2].slice(0, separator);
    const written = separator < 0 ? undefined : match[2].slice(separator).replace(/^\s*--/, '').trim();
    // The placeholder the editor's "Suppress with reason…" writes is no reason.
    const reason = written && written !== placeholder ? written : undefined;
    const directive: Directive = { kind, range, rules: [], reason };
    readHead(head, directive);
    if (!directive.malformed && directive.rules.length === 0 && kind !== 'enable') {
        directive.malformed = 'missing-rule';
    } else if (!directive.malformed && !reason && kind !== 'enable') {
        directive.malformed = 'missing-reason';
    }
    return directive;
}

/** Rule ids, `until <date>` and `approved-by <name>` (a word or a quoted text), in any order. */
function readHead(head: string, directive: Directive): void {
    const words = /"([^"]*)"|(\S+)/g;
    let expecting: 'until' | 'approved-by' | undefined;
    for (let match = words.exec(head); match; match = words.exec(head)) {
        const word = match[1] ?? match[2];
        if (expecting === 'until') {
            directive.until = word;
        } else if (expecting === 'approved-by') {
            directive.approvedBy = word;
        } else if (word === 'until' || word === 'approved-by') {
            expecting = word;
            continue;
        } else if (match[1] === undefined && /^[a-z][\w-]*\/[\w-]+(,[a-z][\w-]*\/[\w-]+)*,?$/.test(word)) {
            directive.rules.push(...word.split(',').filter(Boolean));
        } else if (word !== ',') {
            directive.malformed ??= 'unknown-option';
            directive.unreadable ??= word;
        }
        expecting = undefined;
    }
    if (expecting) {
        directive.malformed ??= 'missing-value';
        directive.unreadable ??= expecting;
    }
}
