// A check that throws on some half-written text is a bug, but the author must not pay for it
// with a dead language server or a run without results. The failure becomes one located
// finding that names the check and the node, and every other check still runs.
import { isOperationCancelled, ValidationRegistry, type AstNode, type MaybePromise, type ValidationAcceptor } from 'langium';
import { languageDiagnostics } from './language-diagnostics.js';

export function isolated(check: () => void, checkName: string, node: AstNode, accept: ValidationAcceptor): void {
    try {
        check();
    } catch (error) {
        if (isOperationCancelled(error)) {
            throw error;
        }
        acceptFailure(error, checkName, node, accept);
    }
}

function acceptFailure(error: unknown, checkName: string, node: AstNode, accept: ValidationAcceptor): void {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    const name = (node as { name?: unknown }).name;
    const where = typeof name === 'string' ? `${node.$type} ${name}` : node.$type;
    accept('error', `${checkName} failed on ${where} (${reason}). This is a bug in Provisio; please report it with this text. Every other check still ran.`, {
        node, code: languageDiagnostics.checkFailed.code
    });
}

/** Langium's own wrapper around each registered check, made to report failures the same way. */
export class ProvisioValidationRegistry extends ValidationRegistry {
    protected override async handleException(functionality: () => MaybePromise<void>, _messageContext: string, accept: ValidationAcceptor, node: AstNode): Promise<void> {
        try {
            await functionality();
        } catch (error) {
            if (isOperationCancelled(error)) {
                throw error;
            }
            acceptFailure(error, 'A structure check', node, accept);
        }
    }
}
