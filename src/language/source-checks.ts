// Reports, on the file itself, why a file read from disk was not parsed: it is a pipe or a
// device, too large, unreadable, or not UTF-8 text. The file system that read it keeps the
// reason; its text was read as empty, so this is the file's only diagnostic.
import { AstUtils, type URI, type ValidationAcceptor } from 'langium';
import type { Message } from '../i18n/messages.js';
import type { Document } from './generated/ast.js';
import { languageDiagnostics } from './language-diagnostics.js';
import type { ProvisioServices } from './provisio-module.js';

export interface SourceProblem {
    kind: 'unreadable' | 'encoding';
    /** Why, as a clause: `it is a named pipe (FIFO), not a regular file`. */
    reason: Message;
    /** The whole diagnostic, for the file itself. */
    message: Message;
}

/** A file system that remembers why it could not read a file. */
export interface SourceProblems {
    problemFor(uri: URI): SourceProblem | undefined;
}

function hasSourceProblems(fileSystem: object): fileSystem is SourceProblems {
    return typeof (fileSystem as Partial<SourceProblems>).problemFor === 'function';
}

export function registerSourceChecks(services: ProvisioServices): void {
    const fileSystem = services.shared.workspace.FileSystemProvider;
    if (!hasSourceProblems(fileSystem)) {
        return;
    }
    const checkSource = (node: Document, accept: ValidationAcceptor) => {
        const document = AstUtils.getDocument(node);
        const problem = fileSystem.problemFor(document.uri);
        // Text from an open editor replaces what was read from disk.
        if (problem && document.textDocument.getText() === '') {
            const diagnostic = problem.kind === 'encoding' ? languageDiagnostics.encoding : languageDiagnostics.unreadableFile;
            accept('error', services.i18n.Translator.format(problem.message), { node, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, code: diagnostic.code });
        }
    };
    services.validation.ValidationRegistry.register({ Document: checkSource });
}
