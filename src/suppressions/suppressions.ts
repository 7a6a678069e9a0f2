// Inline suppressions in the language services: directives are read from a document's `//`
// and `/* */` comments after it is checked, matching findings are set aside with their directive, and
// problems with the directives themselves are reported where they are written.
import { CstUtils, isLeafCstNode, type LangiumDocument } from 'langium';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { Translator } from '../i18n/translator.js';
import { list } from '../i18n/messages.js';
import { isCalendarDate } from '../model/dates.js';
import { findRule } from '../rules/registry.js';
import { applyDirectives, type DirectiveProblem, type SuppressedDiagnostic } from './apply.js';
import { readDirective, type Directive } from './directives.js';
import { messages } from './suppressions.messages.js';

/** The codes of problems with suppression comments; what each reports is the message `code.<key>`. */
export const suppressionDiagnostics = {
    malformed: { code: 'suppression/malformed' },
    unknownRule: { code: 'suppression/unknown-rule' },
    expired: { code: 'suppression/expired' },
    unused: { code: 'suppression/unused' }
} as const;

const codeOfProblem: Record<DirectiveProblem['problem'], keyof typeof suppressionDiagnostics> = {
    'missing-rule': 'malformed', 'missing-reason': 'malformed', 'unknown-option': 'malformed', 'missing-value': 'malformed', 'unknown-directive': 'malformed',
    'unknown-rule': 'unknownRule', 'not-suppressible': 'unknownRule',
    'invalid-date': 'expired', expired: 'expired',
    unused: 'unused', 'nothing-to-enable': 'unused'
};

const directiveWords: Record<Directive['kind'], string> = {
    'next-line': 'provisio-disable-next-line', disable: 'provisio-disable', enable: 'provisio-enable', file: 'provisio-disable-file'
};

const suppressedByDocument = new WeakMap<LangiumDocument, SuppressedDiagnostic[]>();

/** The findings of a document that suppression comments set aside, with the comment that did it. */
export function suppressedDiagnostics(document: LangiumDocument): readonly SuppressedDiagnostic[] {
    return suppressedByDocument.get(document) ?? [];
}

export class InlineSuppressions {
    /** Off for an audit run (`--no-inline-suppressions`): every finding is reported, and the comments are not judged. */
    enabled = true;
    /** Today's date, YYYY-MM-DD; replaceable so that expiry can be tested. */
    today: () => string = () => new Date().toISOString().slice(0, 10);

    constructor(private readonly translator: Translator) {}

    apply(document: LangiumDocument, diagnostics: Diagnostic[], judgeUse = true): Diagnostic[] {
        const directives = this.enabled ? directivesOf(document) : [];
        if (directives.length === 0) {
            suppressedByDocument.delete(document);
            return diagnostics;
        }
        const applied = applyDirectives(diagnostics, directives, { isRule: id => findRule(id) !== undefined, isCalendarDate, today: this.today() });
        suppressedByDocument.set(document, applied.suppressed);
        return [...applied.kept, ...applied.problems.filter(problem => judgeUse || problem.problem !== 'unused').map(problem => this.toDiagnostic(problem))];
    }

    private toDiagnostic(problem: DirectiveProblem): Diagnostic {
        const { directive } = problem;
        const data = {
            directive: directiveWords[directive.kind],
            rules: directive.rules.join(', '),
            quotedRules: list(directive.rules.map(rule => `\`${rule}\``), 'and'),
            word: 'word' in problem ? problem.word : '', rule: 'rule' in problem ? problem.rule : '', date: 'date' in problem ? problem.date : ''
        };
        return {
            severity: problem.problem === 'unused' || problem.problem === 'nothing-to-enable' ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error,
            range: directive.range,
            message: this.translator.format(messages.message(problem.problem, data)),
            code: suppressionDiagnostics[codeOfProblem[problem.problem]].code,
            source: 'provisio'
        };
    }
}

function directivesOf(document: LangiumDocument): Directive[] {
    const root = document.parseResult.value.$cstNode;
    // Most files have no directive: one scan of the text spares them the walk over every node.
    if (!root || !/provisio[-_ ]?(?:dis|en)able/i.test(root.root.fullText)) {
        return [];
    }
    const directives: Directive[] = [];
    for (const node of CstUtils.streamCst(root)) {
        if (isLeafCstNode(node) && node.hidden && (node.tokenType.name === 'SL_COMMENT' || node.tokenType.name === 'ML_COMMENT')) {
            const text = node.tokenType.name === 'SL_COMMENT' ? node.text.slice(2) : node.text.slice(2, -2);
            const directive = readDirective(text, node.range);
            if (directive) {
                directives.push(directive);
            }
        }
    }
    return directives;
}
