// The name a new provision gets: the next free one in the numbering of the folder it goes in
// (P-2022-0077 → P-2022-0078, P-2022-M0058 → P-2022-M0059), in the current year's series when
// the numbering has a year (P-2022-0077 in 2026 → P-2026-0001), never one the workspace uses.
// Plain text work: the extension uses it without loading the language.

interface NumberedId {
    prefix: string;
    number: number;
    width: number;
}

const declaration = /^[ \t]*(?:provision|group-provision|background-check)[ \t]+([A-Za-z_][A-Za-z0-9_]*(?:-[A-Za-z0-9_]+)*)/gm;
const year = /(?<!\d)(?:19|20)\d{2}(?!\d)/;

/** The names of the provisions, group provisions and background checks declared in a text. */
export function provisionIds(text: string): string[] {
    return [...text.matchAll(declaration)].map(match => match[1]);
}

function numbered(id: string): NumberedId | undefined {
    const match = /^(.*?)(\d+)$/.exec(id);
    return match ? { prefix: match[1], number: Number(match[2]), width: match[2].length } : undefined;
}

/** The next free provision name after `folderIds`, for a provision made in `currentYear`. */
export function nextProvisionId(folderIds: readonly string[], takenIds: ReadonlySet<string>, currentYear: string): string {
    const all = folderIds.map(numbered).filter((id): id is NumberedId => id !== undefined);
    // Provisions number as P-…; group provisions and background checks only when there is nothing else.
    const provisions = all.filter(id => id.prefix.startsWith('P-'));
    const pool = provisions.length > 0 ? provisions : all;
    const latest = pool.reduce<NumberedId | undefined>((best, id) => !best || id.prefix > best.prefix || (id.prefix === best.prefix && id.number > best.number) ? id : best, undefined);
    const prefix = latest ? latest.prefix.replace(year, currentYear) : `P-${currentYear}-`;
    const width = latest?.width ?? 4;
    let next = Math.max(0, ...pool.filter(id => id.prefix === prefix).map(id => id.number)) + 1;
    const name = (number: number) => `${prefix}${String(number).padStart(width, '0')}`;
    while (takenIds.has(name(next))) {
        next++;
    }
    return name(next);
}
