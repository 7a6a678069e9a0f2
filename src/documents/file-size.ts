// Sizes as people write them: `20MB`, `500 KB`, `1.5mb` or a number of bytes.
const unitBytes: Record<string, number> = { '': 1, b: 1, kb: 1024, mb: 1024 * 1024, gb: 1024 * 1024 * 1024 };

/** The size in bytes, or undefined when the text is not a positive size. */
export function parseFileSize(text: string): number | undefined {
    const match = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?\s*$/i.exec(text);
    if (!match) {
        return undefined;
    }
    const bytes = Math.floor(Number(match[1]) * unitBytes[(match[2] ?? '').toLowerCase()]);
    return bytes > 0 ? bytes : undefined;
}
