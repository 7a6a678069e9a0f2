// A short fingerprint of some strings. Not for security: only to tell "same" from "changed".
import { createHash } from 'node:crypto';

export function digest(...parts: readonly string[]): string {
    const hash = createHash('sha1');
    for (const part of parts) {
        hash.update(part);
        // A separator no part contains at its edges, so ['ab', 'c'] and ['a', 'bc'] differ.
        hash.update('\u0000');
    }
    return hash.digest('base64url');
}

/** JSON with maps written as their entries, so a configuration's rule map counts. */
export function stableJson(value: unknown): string {
    return JSON.stringify(value, (_key, item: unknown) => item instanceof Map ? [...item.entries()] : item instanceof Set ? [...item] : item);
}
