// Test helpers: Provisio services over an in-memory file system, with the built-in
// vocabulary loaded, and a way to build several named documents as one workspace.
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { clearDocuments } from 'langium/test';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Document } from '../../src/language/generated/ast.js';
import type { Locale } from '../../src/i18n/messages.js';
import { createProvisioServices, type ProvisioServices } from '../../src/language/provisio-module.js';

export interface TestWorkspace {
    services: ProvisioServices;
    /** Parses, links and validates files together, as the CLI does; keys name the files (without `.provisio`). */
    build(files: Record<string, string>): Promise<Record<string, LangiumDocument<Document>>>;
    clear(): Promise<void>;
}

export async function createTestWorkspace(locale: Locale = 'en'): Promise<TestWorkspace> {
    const { provisio: services } = createProvisioServices(EmptyFileSystem);
    services.i18n.Translator.locale = locale;
    await services.shared.workspace.WorkspaceManager.initializeWorkspace([]);
    const { LangiumDocumentFactory, LangiumDocuments } = services.shared.workspace;
    let built: LangiumDocument[] = [];
    return {
        services,
        async build(files) {
            const documents: Record<string, LangiumDocument<Document>> = {};
            for (const [name, text] of Object.entries(files)) {
                documents[name] = LangiumDocumentFactory.fromString<Document>(text, URI.file(`/workspace/${name}.provisio`));
                LangiumDocuments.addDocument(documents[name]);
            }
            built = Object.values(documents);
            await services.shared.workspace.DocumentBuilder.build(built, { validation: true });
            return documents;
        },
        async clear() {
            await clearDocuments(services, built);
            built = [];
        }
    };
}

export function codes(document: LangiumDocument): string[] {
    return (document.diagnostics ?? []).map(diagnostic => String(diagnostic.code));
}

export function withCode(document: LangiumDocument, code: string): Diagnostic[] {
    return (document.diagnostics ?? []).filter(diagnostic => diagnostic.code === code);
}

/** The text a diagnostic's range covers, to assert where it sits. */
export function coveredText(document: LangiumDocument, diagnostic: Diagnostic): string {
    return document.textDocument.getText(diagnostic.range);
}
