// The documentation of a keyword, for its hover and its completion item: what it states, and
// the domain's term for it, with the Dutch term beside the English one.
import type { KeyOf } from '../i18n/messages.js';
import { Translator } from '../i18n/translator.js';
import { messages } from './editor.messages.js';
import { keywordDocs } from './keyword-docs.messages.js';

type DocumentedKeyword = KeyOf<typeof keywordDocs> extends `term.${infer K}` ? K : never;

/** The time units of `destroy-after` share one entry. */
const timeUnits = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years']);

const dutch = new Translator('nl');

/** The catalogue entry a keyword is documented under; undefined for punctuation and unknown words. */
export function documentedKeyword(keyword: string): DocumentedKeyword | undefined {
    const entry = timeUnits.has(keyword) ? 'time' : keyword;
    return `term.${entry}` in keywordDocs.texts.en ? entry as DocumentedKeyword : undefined;
}

/** Markdown: the keyword with its term (and the Dutch term when the editor speaks English), then its meaning. */
export function keywordDocumentation(keyword: string, translator: Translator): string | undefined {
    const entry = documentedKeyword(keyword);
    if (!entry) {
        return undefined;
    }
    const term = keywordDocs.message(`term.${entry}`);
    let heading = translator.format(messages.message('hover.keyword', { keyword, term }));
    if (translator.locale !== 'nl') {
        heading += ` · ${translator.format(messages.message('hover.keyword.dutch', { term: dutch.format(term) }))}`;
    }
    return `${heading}\n\n${translator.format(keywordDocs.message(`meaning.${entry}`))}`;
}
