// Which language the CLI speaks, decided before commander parses anything (its help and its
// errors must already be in that language): `--lang`, else the configuration's `language`,
// else LC_ALL, LC_MESSAGES or LANG, else English. Reads the configuration without Langium.
import { resolve } from 'node:path';
import { configLanguage, nearestConfigFile } from '../config/config-files.js';
import { folderOf } from '../documents/folders.js';
import { chooseLocale, localeFromEnvironment } from '../i18n/locale.js';
import { locales, type Locale } from '../i18n/messages.js';

/** Options of any command that take a value, so that their values are not taken for paths. */
const optionsWithValues = new Set(['-f', '--format', '--max-warnings', '-c', '--config', '--max-file-size', '--lang', '-o', '--output-file']);

interface ScannedArguments {
    lang?: string;
    config?: string;
    /** The command's arguments (the first is the command's name), without options and their values. */
    operands: string[];
}

/** The options and operands of a command line, read as commander will read them; `--` ends the options. */
export function scanArguments(argv: readonly string[]): ScannedArguments {
    const scanned: ScannedArguments = { operands: [] };
    for (let index = 0; index < argv.length; index++) {
        const argument = argv[index];
        if (argument === '--') {
            scanned.operands.push(...argv.slice(index + 1));
            break;
        }
        const [flag, inline] = argument.startsWith('--') && argument.includes('=') ? [argument.slice(0, argument.indexOf('=')), argument.slice(argument.indexOf('=') + 1)] : [argument, undefined];
        const shortWithValue = /^-[fco]./.test(argument) ? [argument.slice(0, 2), argument.slice(2)] : undefined;
        if (shortWithValue) {
            remember(scanned, shortWithValue[0], shortWithValue[1]);
        } else if (optionsWithValues.has(flag)) {
            remember(scanned, flag, inline ?? argv[++index]);
        } else if (!argument.startsWith('-') || argument === '-') {
            scanned.operands.push(argument);
        }
    }
    return scanned;
}

function remember(scanned: ScannedArguments, flag: string, value: string | undefined): void {
    if (flag === '--lang') {
        scanned.lang = value;
    } else if (flag === '-c' || flag === '--config') {
        scanned.config = value;
    }
}

export function chooseCliLocale(argv: readonly string[], environment: Readonly<Record<string, string | undefined>>, cwd: string): Locale {
    const scanned = scanArguments(argv);
    const flag = (locales as readonly string[]).includes(scanned.lang ?? '') ? scanned.lang as Locale : undefined;
    if (flag) {
        return flag;
    }
    const configFile = scanned.config !== undefined ? resolve(cwd, scanned.config) : nearestConfigFile(startFolder(scanned.operands[1], cwd));
    return chooseLocale(configFile ? configLanguage(configFile) : undefined, localeFromEnvironment(environment));
}

/** Where to look for the configuration: the first path's folder (or the path, if it is a folder), else the working folder. */
function startFolder(firstPath: string | undefined, cwd: string): string {
    if (firstPath === undefined) {
        return cwd;
    }
    return folderOf(resolve(cwd, firstPath));
}
