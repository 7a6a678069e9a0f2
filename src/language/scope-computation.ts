// Langium's local symbols (each named node, visible inside its container), gathered with a
// plain walk that checks for cancellation per declaration rather than per node (see ast-walk.ts).
import { Cancellation, DefaultScopeComputation, MultiMap, interruptAndCheck, type AstNode, type AstNodeDescription, type LangiumDocument, type LocalSymbols } from 'langium';
import { childrenOf, forEachNode } from './ast-walk.js';

export class ProvisioScopeComputation extends DefaultScopeComputation {
    override async collectLocalSymbols(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<LocalSymbols> {
        const symbols = new MultiMap<AstNode, AstNodeDescription>();
        for (const declaration of childrenOf(document.parseResult.value)) {
            await interruptAndCheck(cancelToken);
            forEachNode(declaration, node => this.addLocalSymbol(node, document, symbols));
        }
        return symbols;
    }
}
