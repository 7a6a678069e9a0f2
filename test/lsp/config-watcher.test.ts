// After every build the editor shows a configuration's problems on the configuration file. Many
// open files share one configuration: its problems are put into words once per build, not once
// per file. Work is counted (messages put into words), never timed.
import { join } from 'node:path';
import { stream, URI, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { describe, expect, test, vi } from 'vitest';
import type { PublishDiagnosticsParams } from 'vscode-languageserver';
import { ConfigResolver } from '../../src/config/resolve-config.js';
import { Translator } from '../../src/i18n/translator.js';
import type { ProvisioServices } from '../../src/language/provisio-module.js';
import { watchProjectConfig } from '../../src/lsp/config-watcher.js';
import { folderWith } from '../cli/run-cli.js';

/** The watcher on an editor of `files` open files beside a configuration with `problems` unknown settings, built once. */
function buildOnce(files: number, problems: number): { published: PublishDiagnosticsParams[]; formatted: number } {
    const root = folderWith({ 'provisio.config.yaml': Array.from({ length: problems }, (_, index) => `unknown${index}: 1`).join('\n') + '\n' });
    const documents = Array.from({ length: files }, (_, index) => ({ uri: URI.file(join(root, `file${index}.provisio`)) }) as LangiumDocument);
    const published: PublishDiagnosticsParams[] = [];
    let afterValidation: (() => void) | undefined;
    const shared = {
        workspace: {
            LangiumDocuments: { get all() { return stream(documents); } },
            DocumentBuilder: { onBuildPhase: (_: unknown, listener: () => void) => { afterValidation = listener; } }
        },
        lsp: {
            DocumentUpdateHandler: { onWatchedFilesChange: () => undefined },
            Connection: { sendDiagnostics: (params: PublishDiagnosticsParams) => { published.push(params); return Promise.resolve(); } }
        }
    } as unknown as LangiumSharedServices;
    const translator = new Translator('en');
    const provisio = { config: { ProjectConfig: { resolver: new ConfigResolver() } }, i18n: { Translator: translator } } as unknown as ProvisioServices;
    watchProjectConfig(shared, provisio);
    const format = vi.spyOn(translator, 'format');
    afterValidation!();
    return { published: published.map(params => ({ ...params, uri: params.uri.replace(URI.file(root).toString(), '<root>') })), formatted: format.mock.calls.length };
}

describe('a bad configuration shared by many open files', () => {
    test('its problems are published once, and putting them into words does not grow with the files', () => {
        const few = buildOnce(10, 40);
        const many = buildOnce(40, 40);
        expect(many.published).toEqual(few.published);
        expect(many.published.map(params => [params.uri, params.diagnostics.length])).toEqual([['<root>/provisio.config.yaml', 40]]);
        expect(many.published[0].diagnostics[0]).toMatchObject({ code: 'config', range: { start: { line: 0, character: 0 } } });
        // Four times the files: the same work once per problem; four times as much if every file's copy is put into words.
        expect(many.formatted / few.formatted).toBeLessThan(1.5);
    });
});
