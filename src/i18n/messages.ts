// Every sentence Provisio shows a person has an id, placeholders, and an English and a Dutch
// text, in the manner of ESLint's `meta.messages`. Code builds `Message`s (an id and data);
// only a `Translator` turns them into sentences, in the language the user chose.
// The texts use ICU MessageFormat: `{name}` inserts a value, `{count, plural, one {…} other {…}}`
// chooses by number, and literal braces are quoted as '{' and '}'.
// This module has no dependencies, so rule files and the CLI's fast commands may import it.

export const locales = ['en', 'nl'] as const;
export type Locale = typeof locales[number];

/** A list inserted into a sentence: "a, b and c", "a, b or c", or "a, b, c". */
export interface ListArgument {
    list: readonly MessageArgument[];
    style: 'and' | 'or' | 'comma';
}

export type MessageArgument = string | number | Message | ListArgument;
export type MessageData = Readonly<Record<string, MessageArgument>>;

/** A sentence not yet put into words: which one, and the values for its placeholders. */
export interface Message {
    readonly catalogue: MessageCatalogue<string>;
    readonly key: string;
    readonly data?: MessageData;
}

export type Texts<K extends string> = Readonly<Record<K, string>>;

/** A group of messages with one namespace, e.g. a rule's or the CLI's, in both languages. */
export interface MessageCatalogue<K extends string> {
    readonly namespace: string;
    readonly texts: Readonly<Record<Locale, Texts<K>>>;
    message(key: K, data?: MessageData): Message;
}

/**
 * Defines a catalogue. The Dutch texts must have exactly the English keys: a missing or extra
 * one is a type error. Placeholders are compared by a test (test/i18n/catalogues.test.ts).
 */
export function defineMessages<const E extends Record<string, string>>(namespace: string, en: E, nl: { readonly [K in keyof E]: string }): MessageCatalogue<keyof E & string> {
    const catalogue: MessageCatalogue<keyof E & string> = {
        namespace,
        texts: { en, nl: nl as Texts<keyof E & string> },
        message: (key, data) => ({ catalogue, key, data })
    };
    allCatalogues.push(catalogue);
    return catalogue;
}

/** Every catalogue defined so far, for the completeness test and the generated docs. */
export const allCatalogues: Array<MessageCatalogue<string>> = [];

export function list(items: readonly MessageArgument[], style: ListArgument['style'] = 'and'): ListArgument {
    return { list: items, style };
}

export function isMessage(value: unknown): value is Message {
    return typeof value === 'object' && value !== null && 'catalogue' in value && 'key' in value;
}

/** The keys of a catalogue, e.g. to type a rule's helper that yields its findings: `Finding<KeyOf<typeof messages>>`. */
export type KeyOf<C> = C extends MessageCatalogue<infer K> ? K : never;
