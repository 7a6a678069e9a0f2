// Provisio services with the editor features, over an in-memory file system, for the
// `langium/test` helpers; and the example files as text.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { EmptyFileSystem } from 'langium';
import { createProvisioServices, type ProvisioServices } from '../../src/language/provisio-module.js';
import { ProvisioLspModule, ProvisioSharedLspModule } from '../../src/lsp/lsp-module.js';
import { projectRoot } from '../cli/run-cli.js';

export async function createEditingServices(): Promise<ProvisioServices> {
    const { provisio } = createProvisioServices(EmptyFileSystem, { language: ProvisioLspModule, shared: ProvisioSharedLspModule });
    await provisio.shared.workspace.WorkspaceManager.initializeWorkspace([]);
    return provisio;
}

/** Every `.provisio` file under examples/, by its path relative to examples/. */
export function exampleFiles(folder = 'examples'): Record<string, string> {
    const files: Record<string, string> = {};
    const walk = (directory: string) => {
        for (const name of readdirSync(directory).sort()) {
            const path = join(directory, name);
            if (statSync(path).isDirectory()) {
                walk(path);
            } else if (name.endsWith('.provisio')) {
                files[relative(join(projectRoot, 'examples'), path)] = readFileSync(path, 'utf8');
            }
        }
    };
    walk(join(projectRoot, folder));
    return files;
}
