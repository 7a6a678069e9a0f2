// Growing lists that may become long.

/** Adds the items to the end of `target` one by one: spread into one `push`, a list of more than about 125,000 items throws a RangeError. */
export function appendAll<T>(target: T[], items: Iterable<T>): void {
    for (const item of items) {
        target.push(item);
    }
}
