// A finding's fixes as the editor and `provisio check --fix` receive them, in the shape of
// ESLint's `fix` (applied by `--fix`) and `suggestions` (offered, never applied unasked).
import type { TextEdit } from 'vscode-languageserver-types';
import type { Finding } from '../rule.js';

/** The mark of text the author still has to write. */
export const placeholder = '…';

export interface FixData {
    title: string;
    edits: TextEdit[];
    /** The one obvious fix: the editor marks it preferred. */
    preferred: boolean;
}

export interface FindingFixes {
    /** The fix `provisio check --fix` applies: the finding's preferred fix, when it has no placeholder and leaves the author nothing to decide. */
    fix?: FixData;
    /** Every other fix: offered in the editor only. */
    suggestions?: FixData[];
}

/** Sorts a finding's fixes into the one `--fix` may apply and the suggestions, titled by `title`. */
export function findingFixes(finding: Finding, title: (messageId: string, data: Finding['data']) => string): FindingFixes {
    const all = [finding.fix, ...finding.fixes ?? []]
        .filter(fix => fix !== undefined)
        .map(fix => ({ ...fix, edits: typeof fix.edits === 'function' ? fix.edits(title) : fix.edits }))
        .filter(fix => fix.edits.length > 0);
    const result: FindingFixes = {};
    for (const fix of all) {
        const data: FixData = { title: title(fix.messageId, fix.data), edits: fix.edits, preferred: fix.preferred ?? all.length === 1 };
        const suggestion = fix.suggestion === true || fix.edits.some(edit => edit.newText.includes(placeholder));
        if (!suggestion && data.preferred && !result.fix) {
            result.fix = data;
        } else {
            (result.suggestions ??= []).push(data);
        }
    }
    return result;
}

/** Every fix of a finding, preferred first, as the editor offers them. */
export function allFixes(fixes: FindingFixes): FixData[] {
    return [...fixes.fix ? [fixes.fix] : [], ...fixes.suggestions ?? []];
}
