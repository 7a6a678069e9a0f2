// What a file's results depend on outside the file, as one fingerprint per file, computed from
// the records of every file of the workspace (fresh for the files parsed in this run, from the
// cache for the rest). A file is checked again when its fingerprint changed:
// - every declaration named as the file refers to a name, followed through the names those
//   declarations refer to in turn (a provision → its umbrella → the umbrella's recipients and
//   their weighing notes): their text, readability and file marking (not their place: the
//   results name the place of another file's node only in related information, below);
// - every declaration named as one the file declares, with its line (duplicate names);
// - when a name in the file is unresolved: every declared name and kind (the message suggests one);
// - when the file has a motivation: every motivation of the workspace, with its owner. Any change
//   to any motivation text checks every file with a motivation again. This is coarse on purpose:
//   motivation facts (the same text, near-copies) may relate any two motivations, and a finer
//   rule would have to know how each of them matches;
// - every other file its findings point into: that file's content (the positions shown).
import { URI } from 'langium';
import { digest } from './digest.js';
import type { CheckedFacts, FileFacts } from './records.js';

export interface DependencyInput extends FileFacts {
    content: string;
    /** Known once the file was checked. */
    checked?: Pick<CheckedFacts, 'unresolved' | 'related'>;
}

export class WorkspaceDependencies {
    /** Per name, every declaration of it: file, kind and fingerprint, in workspace order. */
    private readonly declarationsByName = new Map<string, Array<{ path: string; type: string; hash: string; line: number; references: string[] }>>();
    private readonly groupDigests = new Map<string, string>();
    /** Per name, every name its declarations refer to: worked out once, as each file that refers to the name asks. */
    private readonly referencesByName = new Map<string, readonly string[]>();
    private namesDigest?: string;
    private motivationsDigest?: string;

    /** `files` in workspace order (sorted paths), as a full check loads them. */
    constructor(private readonly files: ReadonlyMap<string, DependencyInput>) {
        for (const [path, file] of files) {
            for (const declaration of file.declarations) {
                let same = this.declarationsByName.get(declaration.name);
                if (!same) {
                    same = [];
                    this.declarationsByName.set(declaration.name, same);
                }
                same.push({ path, ...declaration });
            }
        }
    }

    /** The files that declare any of these names. */
    filesDeclaring(names: Iterable<string>): Set<string> {
        const paths = new Set<string>();
        for (const name of names) {
            for (const declaration of this.declarationsByName.get(name) ?? []) {
                paths.add(declaration.path);
            }
        }
        return paths;
    }

    /** The fingerprint of what `path`'s results depend on outside it; the file must have been checked. */
    fingerprint(path: string): string {
        const file = this.files.get(path)!;
        const declared = [...new Set(file.declarations.map(declaration => declaration.name))].sort();
        const parts = declared.map(name => `declared ${name}=${this.group(name, true)}`);
        for (const name of [...this.referencedClosure(file.references)].sort()) {
            parts.push(`${name}=${this.group(name, false)}`);
        }
        if (file.checked?.unresolved) {
            parts.push(`names=${this.allNames()}`);
        }
        if (file.motivations.length > 0) {
            parts.push(`motivations=${this.allMotivations()}`);
        }
        for (const uri of [...file.checked?.related ?? []].sort()) {
            const other = URI.parse(uri);
            parts.push(`related:${uri}=${other.scheme === 'file' ? this.files.get(other.fsPath)?.content ?? 'absent' : ''}`);
        }
        return digest(...parts);
    }

    /** The names reachable from these through the declarations that carry them. */
    private referencedClosure(start: readonly string[]): Set<string> {
        const seen = new Set<string>();
        const pending = [...start];
        for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
            if (seen.has(name)) {
                continue;
            }
            seen.add(name);
            for (const referenced of this.referencesOf(name)) {
                pending.push(referenced);
            }
        }
        return seen;
    }

    private referencesOf(name: string): readonly string[] {
        let references = this.referencesByName.get(name);
        if (references === undefined) {
            const names = new Set<string>();
            for (const declaration of this.declarationsByName.get(name) ?? []) {
                declaration.references.forEach(referenced => names.add(referenced));
            }
            references = [...names];
            this.referencesByName.set(name, references);
        }
        return references;
    }

    /** The declarations of a name; as written when there are few (most names have one), else hashed, so a file's fingerprint input stays small. */
    private group(name: string, withPlaces: boolean): string {
        const key = `${withPlaces}:${name}`;
        let result = this.groupDigests.get(key);
        if (result === undefined) {
            const entries = (this.declarationsByName.get(name) ?? []).map(declaration =>
                `${declaration.path}|${declaration.type}|${declaration.hash}${withPlaces ? `|${declaration.line}` : ''}`);
            result = entries.length <= 2 ? JSON.stringify(entries) : digest(...entries);
            this.groupDigests.set(key, result);
        }
        return result;
    }

    private allNames(): string {
        this.namesDigest ??= digest(...[...this.files].flatMap(([path, file]) => file.declarations.map(declaration => `${path}|${declaration.type}|${declaration.name}`)));
        return this.namesDigest;
    }

    private allMotivations(): string {
        this.motivationsDigest ??= digest(...[...this.files].filter(([, file]) => file.motivations.length > 0).map(([path, file]) => `${path}|${file.motivationDigest}`));
        return this.motivationsDigest;
    }
}
