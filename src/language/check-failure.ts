// A check that throws on some half-written text is a bug, but the author must not pay for it
// with a dead language server or a run without results. The failure becomes one located
// finding that names the check and the node, and every other check still runs.
import { isOperationCancelled, ValidationRegistry, type AstNode, type MaybePromise, type ValidationAcceptor } from 'langium';
import type { Message } from '../i18n/messages.js';
import type { Translator } from '../i18n/translator.js';
import { languageDiagnostics } from './language-diagnostics.js';
import { messages } from './language.messages.js';
import type { ProvisioServices } from './provisio-module.js';

export function isolated(check: () => void, checkName: Message, node: AstNode, accept: ValidationAcceptor, translator: Translator): void {
    try {
        check();
    } catch (error) {
        if (isOperationCancelled(error)) {
            throw error;
        }
        acceptFailure(error, checkName, node, accept, translator);
    }
}

function acceptFailure(error: unknown, check: Message, node: AstNode, accept: ValidationAcceptor, translator: Translator): void {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    const name = (node as { name?: unknown }).name;
    const where = typeof name === 'string' ? `${node.$type} ${name}` : node.$type;
    accept('error', translator.format(messages.message('checkFailed', { check, node: where, reason })), {
        node, code: languageDiagnostics.checkFailed.code
    });
}

/** Langium's own wrapper around each registered check, made to report failures the same way. */
export class ProvisioValidationRegistry extends ValidationRegistry {
    private readonly translator: Translator;

    constructor(services: ProvisioServices) {
        super(services);
        this.translator = services.i18n.Translator;
    }

    protected override async handleException(functionality: () => MaybePromise<void>, _messageContext: string, accept: ValidationAcceptor, node: AstNode): Promise<void> {
        try {
            await functionality();
        } catch (error) {
            if (isOperationCancelled(error)) {
                throw error;
            }
            acceptFailure(error, messages.message('structureCheck'), node, accept, this.translator);
        }
    }
}
