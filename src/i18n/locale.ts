// Which language to speak: the first of an explicit choice (a flag, an editor setting), the
// configuration file's `language`, and the environment (LC_ALL, LC_MESSAGES, LANG); else English.
import { locales, type Locale } from './messages.js';

/** `nl`, `nl_NL.UTF-8`, `nl-BE` → nl; `en_GB` → en; `C`, `POSIX` or anything else → undefined. */
export function parseLocale(value: string | undefined): Locale | undefined {
    const language = value?.trim().toLowerCase().split(/[-_.@]/)[0];
    return (locales as readonly string[]).includes(language ?? '') ? language as Locale : undefined;
}

export function localeFromEnvironment(environment: Readonly<Record<string, string | undefined>>): Locale | undefined {
    // As gettext does: the first of these that is set decides, even when it names a language Provisio lacks.
    const setting = [environment.LC_ALL, environment.LC_MESSAGES, environment.LANG].find(value => value !== undefined && value !== '');
    return parseLocale(setting);
}

export function chooseLocale(...choices: Array<Locale | undefined>): Locale {
    return choices.find(choice => choice !== undefined) ?? 'en';
}
