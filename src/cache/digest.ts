// A short fingerprint of some strings. Not for security: only to tell "same" from "changed".
import { createHash } from 'node:crypto';

export function digest(...parts: readonly string[]): string {
    // Each part with its length, so ['ab', 'c'] and ['a', 'bc'] differ; one update is much faster than many.
    return createHash('sha1').update(parts.map(part => `${part.length}:${part}`).join('')).digest('base64url');
}

/** JSON with maps written as their entries, so a configuration's rule map counts. */
export function stableJson(value: unknown): string {
    return JSON.stringify(value, (_key, item: unknown) => item instanceof Map ? [...item.entries()] : item instanceof Set ? [...item] : item);
}
