// Keeps the editor in step with provisio.config.* files: problems in a configuration are shown
// on that file, and when one changes every document is checked again with the new settings.
import { basename } from 'node:path';
import { DocumentState, MultiMap, URI, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { configFileNames, problemsOfConfigs, type ConfigProblem, type LoadedConfig } from '../config/config.js';
import type { Translator } from '../i18n/translator.js';
import { revalidate } from './revalidate.js';
import { followIgnores } from './follow-ignores.js';
import type { ProvisioServices } from '../language/provisio-module.js';

export function watchProjectConfig(shared: LangiumSharedServices, provisio: ProvisioServices): void {
    const resolver = provisio.config.ProjectConfig.resolver;
    const documents = shared.workspace.LangiumDocuments;
    const builder = shared.workspace.DocumentBuilder;
    const published = new Set<string>();

    shared.lsp.DocumentUpdateHandler.onWatchedFilesChange(params => {
        if (!params.changes.some(change => (configFileNames as readonly string[]).includes(basename(URI.parse(change.uri).path)))) {
            return;
        }
        resolver.clear();
        revalidate(shared, documents.all);
        void followIgnores(shared);
    });

    builder.onBuildPhase(DocumentState.Validated, () => {
        const problems = problemsOfConfigs(documents.all.flatMap(configsFor));
        const problemsByFile = new MultiMap<string, ConfigProblem>(problems.map(problem => [problem.file, problem]));
        const files = new Set([...published, ...problemsByFile.keys()]);
        for (const file of files) {
            const problems = problemsByFile.get(file);
            void shared.lsp.Connection?.sendDiagnostics({ uri: URI.file(file).toString(), diagnostics: uniqueDiagnostics(problems, provisio.i18n.Translator) });
            if (problems.length > 0) {
                published.add(file);
            } else {
                published.delete(file);
            }
        }
    });

    function configsFor(document: LangiumDocument): LoadedConfig[] {
        return document.uri.scheme === 'file' ? [resolver.forFile(document.uri.fsPath)] : [];
    }
}

function uniqueDiagnostics(problems: readonly ConfigProblem[], translator: Translator): Diagnostic[] {
    const unique = new Map(problems.map(problem => [`${problem.line}:${problem.column}:${translator.format(problem.message)}`, problem]));
    return [...unique.values()].map(problem => ({
        severity: DiagnosticSeverity.Error,
        source: 'provisio',
        code: 'config',
        message: translator.format(problem.message),
        range: { start: { line: problem.line - 1, character: problem.column - 1 }, end: { line: problem.line - 1, character: Number.MAX_SAFE_INTEGER } }
    }));
}
