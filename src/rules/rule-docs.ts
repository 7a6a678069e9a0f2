// Where a rule's documentation page lives. The CLI formats (stylish links, SARIF helpUri),
// the editor (codeDescription) and the docs generator all take the address from here.
import { existsSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The page of a rule inside the repository and the package: `docs/rules/<category>/<name>.md`. */
export function rulePagePath(ruleId: string): string {
    return `docs/rules/${ruleId}.md`;
}

/** The page of a rule in a language: `docs/rules/<category>/<name>.md` in English, `….nl.md` in Dutch. */
export function rulePageFile(ruleId: string, locale: string): string {
    return locale === 'en' ? rulePagePath(ruleId) : rulePagePath(ruleId).replace(/\.md$/, `.${locale}.md`);
}

/** The address of a rule's page under a base (a web address of the repository or docs, or a file URL of the package). */
export function ruleDocsUrl(ruleId: string, base: string = installedDocsBase()): string {
    return new URL(rulePagePath(ruleId), base.endsWith('/') ? base : `${base}/`).href;
}

let installedBase: string | undefined;

/**
 * The installed package's folder as a file URL: the nearest folder above the running code that
 * has `docs/rules`. The running code is this module, or the bundle or chunk it was bundled into
 * (`out/cli/chunks/…`, `out/server.cjs`), wherever it was started from: through a symbolic link
 * such as `node_modules/.bin/provisio`, or by an editor over IPC or stdio.
 */
export function installedDocsBase(): string {
    if (installedBase === undefined) {
        const folder = packageFolderAbove(runningCodeFile()) ?? packageFolderAbove(realProgramFile());
        installedBase = pathToFileURL(`${folder ?? dirname(runningCodeFile())}/`).href;
    }
    return installedBase;
}

function packageFolderAbove(file: string | undefined): string | undefined {
    for (let folder = file && dirname(file); folder; folder = dirname(folder) === folder ? undefined : dirname(folder)) {
        if (existsSync(join(folder, 'docs', 'rules'))) {
            return folder;
        }
    }
    return undefined;
}

function runningCodeFile(): string {
    // In the CommonJS bundles (the language server) the build sets import.meta.url from __filename.
    return fileURLToPath(import.meta.url);
}

/** The program node was started with, with symbolic links followed. */
function realProgramFile(): string | undefined {
    try {
        return process.argv[1] ? realpathSync(process.argv[1]) : undefined;
    } catch {
        return undefined;
    }
}
