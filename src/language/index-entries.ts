// Langium's index keeps the exported names of each document in a map (`symbolIndex`), in the
// order documents were first indexed. Its `allElements(type, uris)` walks every document to
// find the few asked for, so asking once per document cost the square of the workspace; a
// document's own entries are read from the map instead.
import type { AstNodeDescription, IndexManager } from 'langium';

interface WithSymbolIndex {
    symbolIndex?: unknown;
}

/** The index's map of entries per document URI, when the index manager is Langium's kind. */
export function symbolIndexOf(indexManager: IndexManager): Map<string, AstNodeDescription[]> | undefined {
    const index = (indexManager as unknown as WithSymbolIndex).symbolIndex;
    return index instanceof Map ? index as Map<string, AstNodeDescription[]> : undefined;
}

/** The entries one document exports, as the index has them now. */
export function exportsOf(indexManager: IndexManager, uri: string): readonly AstNodeDescription[] {
    const index = symbolIndexOf(indexManager);
    return index ? index.get(uri) ?? [] : indexManager.allElements(undefined, new Set([uri])).toArray();
}
