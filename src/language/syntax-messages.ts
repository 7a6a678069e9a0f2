// Syntax errors in the author's terms. Chevrotain's messages name token types ("Expecting
// token of type 'DATE'"); these name what to write, list the clauses a block accepts, and
// suggest the nearest keyword for a misspelt one.
import { GrammarAST, type Grammar } from 'langium';
import { closestMatch } from '../config/suggest.js';
import { code } from '../i18n/common.js';
import { list, type KeyOf, type Message, type MessageArgument, type MessageData } from '../i18n/messages.js';
import type { Translator } from '../i18n/translator.js';
import { messages } from './language.messages.js';

interface TokenLike { image: string }
interface TokenTypeLike { name: string }

type Key = KeyOf<typeof messages>;

const terminals = new Set(['DATE', 'INT', 'STRING', 'TEXT_BLOCK', 'ID', 'EOF']);
const blocks = new Set(['Recipient', 'WeighingNote', 'Umbrella', 'Provision', 'DataScope']);

/** Clauses that belong to a sibling block, written in the wrong one. */
const blockAliases: Record<string, Record<string, string>> = {
    Umbrella: { data: 'scope', date: 'valid', to: 'recipients' },
    Provision: { scope: 'data', valid: 'date', recipients: 'to' }
};

export class ProvisioSyntaxMessages {
    /** The keywords that start each clause of a block, per grammar rule; and the declarations. */
    private readonly clauses: Map<string, string[]>;
    /** The same, with every choice spelled out (each criterion, say), to suggest from. */
    private readonly allKeywords: Map<string, string[]>;
    private readonly declarations: string[];

    constructor(grammar: Grammar, private readonly translator: Translator) {
        const rules = grammar.rules.filter(GrammarAST.isParserRule);
        this.clauses = new Map(rules.map(rule => [rule.name, repeatedClauseKeywords(rule, true)]));
        this.allKeywords = new Map(rules.map(rule => [rule.name, repeatedClauseKeywords(rule, false)]));
        this.declarations = firstKeywords(rules.find(rule => rule.name === 'Declaration')!.definition, false);
    }

    buildMismatchTokenMessage({ expected, actual, ruleName }: { expected: TokenTypeLike; actual: TokenLike; ruleName: string }): string {
        // Langium marks its rule names with an invisible suffix.
        const rule = ruleName.replace(/\W/g, '');
        const clauses = this.clauses.get(rule) ?? [];
        if (expected.name === '}' && clauses.length > 0 && actual.image !== '') {
            const block = blocks.has(rule) ? rule : 'other';
            return this.declarations.includes(actual.image)
                ? this.say('unclosedBlock', { word: actual.image, block: messages.message(`theBlock.${block}` as Key) })
                : this.notAClause(actual.image, messages.message(`block.${block}` as Key), [...clauses, '}'], rule);
        }
        if (expected.name === 'EOF') {
            return this.notADeclaration(actual.image);
        }
        return this.say('expectedButFound', { expected: label(expected), found: found(actual) });
    }

    buildNotAllInputParsedMessage({ firstRedundant }: { firstRedundant: TokenLike }): string {
        return this.notADeclaration(firstRedundant.image);
    }

    buildNoViableAltMessage({ expectedPathsPerAlt, actual }: { expectedPathsPerAlt: TokenTypeLike[][][]; actual: TokenLike[] }): string {
        return this.say('expectedButFound', { expected: alternatives(expectedPathsPerAlt.flatMap(paths => paths.map(path => path[0]))), found: found(actual[0]) });
    }

    buildEarlyExitMessage({ expectedIterationPaths, actual }: { expectedIterationPaths: TokenTypeLike[][]; actual: TokenLike[] }): string {
        return this.say('expectedButFound', { expected: alternatives(expectedIterationPaths.map(path => path[0])), found: found(actual[0]) });
    }

    buildUnexpectedCharactersMessage(fullText: string, startOffset: number): string {
        const character = fullText.charAt(startOffset);
        if (character === '"') {
            return this.say(fullText.slice(Math.max(0, startOffset - 2), startOffset + 3).includes('"""') ? 'unclosedTextBlock' : 'unclosedQuote');
        }
        return this.say('unexpectedCharacter', { character });
    }

    buildUnableToPopLexerModeMessage(token: TokenLike): string {
        return this.say('unexpected', { found: found(token) });
    }

    private notAClause(word: string, block: Message, expected: string[], rule: string): string {
        const suggestion = blockAliases[rule]?.[word] ?? closestMatch(word, this.allKeywords.get(rule) ?? expected);
        const hint = suggestion && suggestion !== '}' ? messages.message('didYouMean', { suggestion }) : '';
        return this.say('notAClause', { word, block, hint, expected: list(expected.map(code), 'comma') });
    }

    private notADeclaration(word: string): string {
        if (word === 'classification') {
            return this.say('classificationFirst');
        }
        if (word === '}') {
            return this.say('strayBrace');
        }
        const suggestion = closestMatch(word, this.declarations);
        const hint = suggestion ? messages.message('didYouMean', { suggestion }) : '';
        return this.say('notADeclaration', { word, hint, declarations: list(this.declarations.map(code), 'comma') });
    }

    private say(key: Key, data?: MessageData): string {
        return this.translator.format(messages.message(key, data));
    }
}

/** Terminals by what they hold; keywords (every other token type) as written. */
function label(tokenType: TokenTypeLike): MessageArgument {
    return terminals.has(tokenType.name) ? messages.message(`token.${tokenType.name}` as Key) : code(tokenType.name);
}

function found(token: TokenLike | undefined): MessageArgument {
    return token && token.image !== '' ? code(token.image) : messages.message('endOfFile');
}

function alternatives(tokenTypes: TokenTypeLike[]): MessageArgument {
    const names = [...new Set(tokenTypes.filter(Boolean).map(tokenType => tokenType.name))];
    const labels = names.map(name => label({ name }));
    if (labels.length > 2) {
        return messages.message('oneOf', { choices: list(labels, 'comma') });
    }
    return labels.length > 0 ? list(labels, 'or') : messages.message('somethingElse');
}

/** The first keywords of the alternatives in a rule's repeated `( … | … )*` group. */
function repeatedClauseKeywords(rule: GrammarAST.ParserRule, collapseChoices: boolean): string[] {
    const group = findRepeatedAlternatives(rule.definition);
    return group ? [...new Set(group.elements.flatMap(element => firstKeywords(element, collapseChoices)))] : [];
}

function findRepeatedAlternatives(element: GrammarAST.AbstractElement): GrammarAST.Alternatives | undefined {
    if (GrammarAST.isAlternatives(element) && element.cardinality === '*') {
        return element;
    }
    if (GrammarAST.isGroup(element)) {
        for (const child of element.elements) {
            const found = findRepeatedAlternatives(child);
            if (found) {
                return found;
            }
        }
    }
    return undefined;
}

/** The keywords an element can start with; for a choice of many keywords (a criterion, say) the rule's name instead. */
function firstKeywords(element: GrammarAST.AbstractElement, collapseChoices = true): string[] {
    if (GrammarAST.isKeyword(element)) {
        return [element.value];
    }
    if (GrammarAST.isGroup(element) || GrammarAST.isUnorderedGroup(element)) {
        return element.elements.length > 0 ? firstKeywords(element.elements[0], collapseChoices) : [];
    }
    if (GrammarAST.isAssignment(element)) {
        return firstKeywords(element.terminal, collapseChoices);
    }
    if (GrammarAST.isAlternatives(element)) {
        return element.elements.flatMap(alternative => firstKeywords(alternative, collapseChoices));
    }
    if (GrammarAST.isRuleCall(element) && GrammarAST.isParserRule(element.rule.ref)) {
        const rule = element.rule.ref;
        const keywords = firstKeywords(rule.definition, collapseChoices);
        return collapseChoices && rule.dataType && keywords.length > 2 ? [`<${kebab(rule.name)}>`] : keywords;
    }
    return [];
}

function kebab(name: string): string {
    return name.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
}
