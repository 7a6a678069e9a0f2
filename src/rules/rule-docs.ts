// Where a rule's documentation page lives. The CLI formats (stylish links, SARIF helpUri),
// the editor (codeDescription) and the docs generator all take the address from here.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The page of a rule inside the repository and the package: `docs/rules/<category>/<name>.md`. */
export function rulePagePath(ruleId: string): string {
    return `docs/rules/${ruleId}.md`;
}

/** The address of a rule's page under a base (a web address of the repository or docs, or a file URL of the package). */
export function ruleDocsUrl(ruleId: string, base: string = installedDocsBase()): string {
    return new URL(rulePagePath(ruleId), base.endsWith('/') ? base : `${base}/`).href;
}

let installedBase: string | undefined;

/** The installed package's folder as a file URL: the nearest folder above the running program that has `docs/rules`. */
export function installedDocsBase(): string {
    if (installedBase === undefined) {
        let folder = dirname(process.argv[1] ?? process.cwd());
        while (!existsSync(join(folder, 'docs', 'rules')) && dirname(folder) !== folder) {
            folder = dirname(folder);
        }
        installedBase = pathToFileURL(`${folder}/`).href;
    }
    return installedBase;
}
