// Turns messages into sentences in one language. Compiled formats are cached per text.
import { IntlMessageFormat } from 'intl-messageformat';
import { isMessage, type Locale, type Message, type MessageArgument, type MessageData } from './messages.js';

export class Translator {
    private readonly formats = new Map<string, IntlMessageFormat>();
    private readonly lists = new Map<string, Intl.ListFormat>();

    constructor(public locale: Locale = 'en') {}

    format(message: Message): string {
        const text = message.catalogue.texts[this.locale][message.key] ?? message.catalogue.texts.en[message.key];
        if (text === undefined) {
            return `${message.catalogue.namespace}/${message.key}`;
        }
        return String(this.compiled(text).format(this.values(message.data)));
    }

    private values(data: MessageData | undefined): Record<string, string | number> | undefined {
        if (!data) {
            return undefined;
        }
        return Object.fromEntries(Object.entries(data).map(([name, value]) => [name, this.value(value)]));
    }

    private value(argument: MessageArgument): string | number {
        if (typeof argument === 'string' || typeof argument === 'number') {
            return argument;
        }
        if (isMessage(argument)) {
            return this.format(argument);
        }
        const items = argument.list.map(item => String(this.value(item)));
        return argument.style === 'comma' ? items.join(', ') : this.listFormat(argument.style).format(items);
    }

    private compiled(text: string): IntlMessageFormat {
        const key = `${this.locale}\u0000${text}`;
        let format = this.formats.get(key);
        if (!format) {
            format = new IntlMessageFormat(text, this.locale, undefined, { ignoreTag: true });
            this.formats.set(key, format);
        }
        return format;
    }

    private listFormat(style: 'and' | 'or'): Intl.ListFormat {
        const key = `${this.locale}:${style}`;
        let format = this.lists.get(key);
        if (!format) {
            format = new Intl.ListFormat(this.locale, { type: style === 'and' ? 'conjunction' : 'disjunction' });
            this.lists.set(key, format);
        }
        return format;
    }
}
