// The examples a rule's page shows, as the real checker sees them: examples/ is loaded as one
// workspace (as `provisio check examples` does), and for each rule its failing example
// (examples/defects/<category>-<name>.provisio) and passing example
// (examples/passing/<category>-<name>.provisio) are read with their findings.
import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { AstUtils, type LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { collectFiles } from '../documents/collect-files.js';
import { createNodeServices, loadDocuments } from '../documents/load-documents.js';
import type { Locale } from '../i18n/messages.js';
import type { Document } from '../language/generated/ast.js';
import type { Severity } from '../rules/rule.js';
import { rules } from '../rules/registry.js';

export type ExampleKind = 'failing' | 'passing';

/** Where a rule's example of each kind lives, relative to the repository root. */
export function exampleFile(ruleId: string, kind: ExampleKind): string {
    return `examples/${kind === 'failing' ? 'defects' : 'passing'}/${ruleId.replace('/', '-')}.provisio`;
}

export interface ExampleFinding {
    ruleId: string;
    severity: Severity;
    /** Line in the file, from 1. */
    line: number;
    message: string;
}

export interface RuleExample {
    /** The example file, relative to the repository root, with `/`. */
    file: string;
    /** The declarations the page shows: for a failing example those the rule's findings are on, for a passing one all. */
    excerpt: string;
    /** Every finding in the file. */
    findings: ExampleFinding[];
    /** The kinds of node in the file (`Provision`, `WeighingNote`, …), to tell whether the rule's subject is there. */
    nodeTypes: string[];
}

/** Rule id → its examples that exist; in the locale the findings are worded in. */
export type RuleExamples = Map<string, Partial<Record<ExampleKind, RuleExample>>>;

const severityNames: Record<number, Severity> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

/** Checks examples/ under the repository root and picks out every rule's examples. */
export async function loadRuleExamples(repositoryRoot: string, locale: Locale = 'en'): Promise<RuleExamples> {
    const files = await collectFiles([join(repositoryRoot, 'examples')]);
    const { documents } = await loadDocuments(files, createNodeServices(undefined, locale));
    const byFile = new Map(documents.map(document => [relative(repositoryRoot, document.uri.fsPath).split(sep).join('/'), document]));
    const examples: RuleExamples = new Map();
    for (const rule of rules) {
        const found: Partial<Record<ExampleKind, RuleExample>> = {};
        for (const kind of ['failing', 'passing'] as const) {
            const file = exampleFile(rule.id, kind);
            const document = byFile.get(file);
            if (document && existsSync(join(repositoryRoot, file))) {
                found[kind] = example(file, document as LangiumDocument<Document>, kind === 'failing' ? rule.id : undefined);
            }
        }
        examples.set(rule.id, found);
    }
    return examples;
}

function example(file: string, document: LangiumDocument<Document>, ruleId: string | undefined): RuleExample {
    const diagnostics = document.diagnostics ?? [];
    const text = document.textDocument.getText();
    const declarations = document.parseResult.value.declarations ?? [];
    const onRule = diagnostics.filter(diagnostic => diagnostic.code === ruleId).map(diagnostic => document.textDocument.offsetAt(diagnostic.range.start));
    const shown = ruleId === undefined
        ? declarations
        : declarations.filter(declaration => declaration.$cstNode && onRule.some(offset => offset >= declaration.$cstNode!.offset && offset <= declaration.$cstNode!.end));
    return {
        file,
        excerpt: shown.flatMap(declaration => declaration.$cstNode ? [text.slice(declaration.$cstNode.offset, declaration.$cstNode.end)] : []).join('\n\n'),
        findings: diagnostics.map(toFinding),
        nodeTypes: [...new Set(AstUtils.streamAst(document.parseResult.value).map(node => node.$type))].sort()
    };
}

function toFinding(diagnostic: Diagnostic): ExampleFinding {
    return {
        ruleId: String(diagnostic.code ?? ''),
        severity: severityNames[diagnostic.severity ?? 1],
        line: diagnostic.range.start.line + 1,
        message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value
    };
}
