// Every output format of `provisio check`. A new format is one file beside this one that
// exports a Formatter, and one line here; `-f/--format` offers exactly these names.
import type { Formatter } from './formatter.js';
import { github } from './github.js';
import { gitlab } from './gitlab.js';
import { json } from './json.js';
import { jsonWithMetadata } from './json-with-metadata.js';
import { junit } from './junit.js';
import { markdown } from './markdown.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';

export const formatters: readonly Formatter[] = [
    stylish,
    json,
    jsonWithMetadata,
    sarif,
    junit,
    github,
    gitlab,
    markdown
];

/** Other names a format is known by: `text` was the name of `stylish` before there were more formats. */
export const formatAliases: Readonly<Record<string, string>> = { text: 'stylish' };

export const defaultFormat = 'stylish';

export function findFormatter(name: string): Formatter | undefined {
    const canonical = formatAliases[name] ?? name;
    return formatters.find(formatter => formatter.name === canonical);
}
