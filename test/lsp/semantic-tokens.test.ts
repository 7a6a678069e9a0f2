// Semantic tokens: declarations and references, built-in categories, dates, criteria, forms, legacy notes.
import { URI } from 'langium';
import { AllSemanticTokenModifiers } from 'langium/lsp';
import { expectSemanticToken, highlightHelper } from 'langium/test';
import { SemanticTokenTypes } from 'vscode-languageserver';
import { beforeAll, describe, expect, test } from 'vitest';
import type { ProvisioServices } from '../../src/language/provisio-module.js';
import { createEditingServices, exampleFiles } from './editing-helpers.js';

let services: ProvisioServices;
const files = exampleFiles('examples/workspace');

beforeAll(async () => {
    services = await createEditingServices();
    const { LangiumDocumentFactory, LangiumDocuments, DocumentBuilder } = services.shared.workspace;
    const registry = ['workspace/registry/recipients.provisio', 'workspace/registry/services.provisio', 'workspace/umbrellas/OT-2022-CTP-multilateral.provisio']
        .map(name => LangiumDocumentFactory.fromString(files[name], URI.file(`/tokens/${name}`)));
    registry.forEach(document => LangiumDocuments.addDocument(document));
    await DocumentBuilder.build(registry);
});

const has = (modifiers: number, name: string) => (modifiers & AllSemanticTokenModifiers[name]) !== 0;

describe('semantic tokens', () => {
    test('names where declared and where used; dates, criteria and forms', async () => {
        const tokens = await highlightHelper(services)(`provision <|P-9|> {
    by <|AIVD|>
    to <|EastmarkGIS|>
    date <|2022-03-22|>
    under <|OT-2022-CTP|>
    data {
        form <|analytical|>
        categories <|identity|>, <|screening|>
    }
    mitigation for <|human-rights|> regarding <|EastmarkGIS|> "Only conclusions."
}
category <|screening|> "Screening data"
`);
        const expected = [
            SemanticTokenTypes.function, SemanticTokenTypes.namespace, SemanticTokenTypes.class, SemanticTokenTypes.number, SemanticTokenTypes.interface,
            SemanticTokenTypes.enum, SemanticTokenTypes.enumMember, SemanticTokenTypes.enumMember, SemanticTokenTypes.type, SemanticTokenTypes.class, SemanticTokenTypes.enumMember
        ];
        expected.forEach((tokenType, rangeIndex) => expectSemanticToken(tokens, { rangeIndex, tokenType }));
        const modifiersOf = (text: string) => tokens.tokens.filter(token => token.text === text).map(token => token.tokenModifiers);
        expect(modifiersOf('P-9').map(modifiers => has(modifiers, 'declaration'))).toEqual([true]);
        expect(modifiersOf('EastmarkGIS').map(modifiers => has(modifiers, 'declaration'))).toEqual([false, false]);
        expect(modifiersOf('identity').map(modifiers => has(modifiers, 'defaultLibrary'))).toEqual([true]);
        expect(modifiersOf('screening').map(modifiers => [has(modifiers, 'defaultLibrary'), has(modifiers, 'declaration')])).toEqual([[false, false], [false, true]]);
    });

    test('a weighing note made with the legacy method is marked deprecated; a joint one is not', async () => {
        const tokens = await highlightHelper(services)(`recipient XR {
    weighing-note <|WN-OLD|> {
        assessed <|2019-05-01|>
        method <|legacy|>
        <|human-rights|> risk "Reports of torture"
    }
    weighing-note <|WN-NEW|> {
        assessed 2021-05-01
        method joint
    }
}
`);
        [SemanticTokenTypes.struct, SemanticTokenTypes.number, SemanticTokenTypes.enumMember, SemanticTokenTypes.type, SemanticTokenTypes.struct]
            .forEach((tokenType, rangeIndex) => expectSemanticToken(tokens, { rangeIndex, tokenType }));
        const deprecated = tokens.tokens.filter(token => has(token.tokenModifiers, 'deprecated')).map(token => token.text);
        expect(deprecated).toEqual(['WN-OLD', 'legacy']);
    });
});
