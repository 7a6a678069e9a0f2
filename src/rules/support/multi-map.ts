// A map from a key to the set of values filed under it, for indexes where most keys hold one
// value (a motivation's own runs of words, a text nobody copied). A lone value is stored as
// itself, so a workspace of unique texts costs no set per key; a second value makes a set.

export class MultiMap<K, V extends object> {
    private readonly entries = new Map<K, V | Set<V>>();

    /** Files `value` under `key`; returns how many values the key holds now. */
    add(key: K, value: V): number {
        const held = this.entries.get(key);
        if (held === undefined) {
            this.entries.set(key, value);
            return 1;
        }
        if (held instanceof Set) {
            held.add(value);
            return held.size;
        }
        if (held === value) {
            return 1;
        }
        this.entries.set(key, new Set([held, value]));
        return 2;
    }

    /** Takes `value` out of `key`; returns how many values the key still holds. */
    delete(key: K, value: V): number {
        const held = this.entries.get(key);
        if (held === value) {
            this.entries.delete(key);
            return 0;
        }
        if (!(held instanceof Set)) {
            return held === undefined ? 0 : 1;
        }
        held.delete(value);
        if (held.size === 1) {
            this.entries.set(key, held.values().next().value as V);
        }
        return held.size;
    }

    /** How many values the key holds. */
    count(key: K): number {
        const held = this.entries.get(key);
        return held === undefined ? 0 : held instanceof Set ? held.size : 1;
    }

    /** Calls `visit` with each value under the key, in the order they were filed. */
    forEach(key: K, visit: (value: V) => void): void {
        const held = this.entries.get(key);
        if (held instanceof Set) {
            held.forEach(value => visit(value));
        } else if (held !== undefined) {
            visit(held);
        }
    }

    /** The values under the key, in the order they were filed. */
    *values(key: K): IterableIterator<V> {
        const held = this.entries.get(key);
        if (held instanceof Set) {
            yield* held;
        } else if (held !== undefined) {
            yield held;
        }
    }

    /** Whether `value` is filed under `key`. */
    has(key: K, value: V): boolean {
        const held = this.entries.get(key);
        return held instanceof Set ? held.has(value) : held === value;
    }
}
