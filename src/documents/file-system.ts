// Langium's Node file system, reading workspace files through readSourceFile: pipes, devices,
// oversized and non-UTF-8 files come back as empty text, and the reason is kept for the
// source check to report on that file.
import { URI } from 'langium';
import { NodeFileSystemProvider } from 'langium/node';
import type { ProvisioServices } from '../language/provisio-module.js';
import type { SourceProblems } from '../language/source-checks.js';
import { defaultMaxFileSize, readSourceFile, readSourceFileSync, type SourceProblem, type SourceText } from './read-source.js';

export class ProvisioFileSystemProvider extends NodeFileSystemProvider implements SourceProblems {
    private readonly problems = new Map<string, SourceProblem>();
    /** The size limit for a file; the language services set it from the configuration. */
    maxFileSize: (path: string) => number = () => defaultMaxFileSize;

    override async readFile(uri: URI): Promise<string> {
        return uri.scheme === 'file' ? this.keep(uri, await readSourceFile(uri.fsPath, this.maxFileSize(uri.fsPath))) : super.readFile(uri);
    }

    override readFileSync(uri: URI): string {
        return uri.scheme === 'file' ? this.keep(uri, readSourceFileSync(uri.fsPath, this.maxFileSize(uri.fsPath))) : super.readFileSync(uri);
    }

    problemFor(uri: URI): SourceProblem | undefined {
        return this.problems.get(uri.toString());
    }

    private keep(uri: URI, read: SourceText): string {
        if (read.problem) {
            this.problems.set(uri.toString(), read.problem);
        } else {
            this.problems.delete(uri.toString());
        }
        return read.text;
    }
}

/** Takes each file's size limit from its configuration, unless `override` is given. */
export function limitFileSizeByConfig(fileSystem: ProvisioFileSystemProvider, provisio: ProvisioServices, override?: number): void {
    fileSystem.maxFileSize = path => override ?? provisio.config.ProjectConfig.resolver.forFile(path).config.maxFileSize ?? defaultMaxFileSize;
}
