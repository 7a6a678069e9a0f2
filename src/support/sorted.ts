// Searching lists kept in ascending order. Looking each of many items up by scanning such a
// list costs the product of their lengths; a binary search costs a logarithm per item.

/** How many items, in ascending order of `keyOf`, have a key at most `value`: the index just past the last of them. */
export function countAtOrBefore<T>(ascending: readonly T[], value: number, keyOf: (item: T) => number): number {
    let low = 0;
    let high = ascending.length;
    while (low < high) {
        const middle = (low + high) >>> 1;
        if (keyOf(ascending[middle]) <= value) {
            low = middle + 1;
        } else {
            high = middle;
        }
    }
    return low;
}
