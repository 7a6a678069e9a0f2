// Syntax errors in the author's terms. Chevrotain's messages name token types ("Expecting
// token of type 'DATE'"); these name what to write, list the clauses a block accepts, and
// suggest the nearest keyword for a misspelt one.
import { GrammarAST, type Grammar } from 'langium';
import { closestMatch } from '../config/suggest.js';

interface TokenLike { image: string }
interface TokenTypeLike { name: string }

const tokenLabels: Record<string, string> = {
    DATE: 'a date (YYYY-MM-DD)',
    INT: 'a whole number',
    STRING: 'a quoted text',
    TEXT_BLOCK: 'a """ text block',
    ID: 'a name',
    EOF: 'the end of the file'
};

/** Clauses that belong to a sibling block, written in the wrong one. */
const blockAliases: Record<string, Record<string, string>> = {
    Umbrella: { data: 'scope', date: 'valid', to: 'recipients' },
    Provision: { scope: 'data', valid: 'date', recipients: 'to' }
};

const blockLabels: Record<string, string> = {
    Recipient: 'a recipient',
    WeighingNote: 'a weighing note',
    Umbrella: 'an umbrella',
    Provision: 'a provision',
    DataScope: 'a data block'
};

export class ProvisioSyntaxMessages {
    /** The keywords that start each clause of a block, per grammar rule; and the declarations. */
    private readonly clauses: Map<string, string[]>;
    /** The same, with every choice spelled out (each criterion, say), to suggest from. */
    private readonly allKeywords: Map<string, string[]>;
    private readonly declarations: string[];

    constructor(grammar: Grammar) {
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
            const block = blockLabels[rule] ?? 'this block';
            return this.declarations.includes(actual.image)
                ? `\`${actual.image}\` starts a new declaration, but ${block.replace(/^an? /, 'the ')} above is not closed. Add \`}\` before it.`
                : this.notAClause(actual.image, block, [...clauses, '}'], rule);
        }
        if (expected.name === 'EOF') {
            return this.notADeclaration(actual.image);
        }
        return `Expected ${label(expected)} but found ${found(actual)}.`;
    }

    buildNotAllInputParsedMessage({ firstRedundant }: { firstRedundant: TokenLike }): string {
        return this.notADeclaration(firstRedundant.image);
    }

    buildNoViableAltMessage({ expectedPathsPerAlt, actual }: { expectedPathsPerAlt: TokenTypeLike[][][]; actual: TokenLike[] }): string {
        return `Expected ${alternatives(expectedPathsPerAlt.flatMap(paths => paths.map(path => path[0])))} but found ${found(actual[0])}.`;
    }

    buildEarlyExitMessage({ expectedIterationPaths, actual }: { expectedIterationPaths: TokenTypeLike[][]; actual: TokenLike[] }): string {
        return `Expected ${alternatives(expectedIterationPaths.map(path => path[0]))} but found ${found(actual[0])}.`;
    }

    buildUnexpectedCharactersMessage(fullText: string, startOffset: number): string {
        const character = fullText.charAt(startOffset);
        if (character === '"') {
            return fullText.slice(Math.max(0, startOffset - 2), startOffset + 3).includes('"""')
                ? 'This """ text block is not closed. End it with """.'
                : 'This quoted text is not closed before the end of the line. End it with ". Use """ … """ for text over several lines.';
        }
        return `Unexpected character \`${character}\`.`;
    }

    buildUnableToPopLexerModeMessage(token: TokenLike): string {
        return `Unexpected ${found(token)}.`;
    }

    private notAClause(word: string, block: string, expected: string[], rule: string): string {
        const suggestion = blockAliases[rule]?.[word] ?? closestMatch(word, this.allKeywords.get(rule) ?? expected);
        const hint = suggestion && suggestion !== '}' ? ` Did you mean \`${suggestion}\`?` : '';
        return `\`${word}\` is not a clause of ${block}.${hint} Expected one of: ${expected.map(keyword => `\`${keyword}\``).join(', ')}.`;
    }

    private notADeclaration(word: string): string {
        if (word === 'classification') {
            return 'A file has one `classification`, on its first line.';
        }
        if (word === '}') {
            return 'This `}` closes no block. Remove it, or check the braces above it.';
        }
        const suggestion = closestMatch(word, this.declarations);
        const hint = suggestion ? ` Did you mean \`${suggestion}\`?` : '';
        return `\`${word}\` does not start a declaration.${hint} A file declares: ${this.declarations.map(keyword => `\`${keyword}\``).join(', ')}.`;
    }
}

/** Terminals by what they hold; keywords (every other token type) as written. */
function label(tokenType: TokenTypeLike): string {
    return tokenLabels[tokenType.name] ?? `\`${tokenType.name}\``;
}

function found(token: TokenLike | undefined): string {
    return token && token.image !== '' ? `\`${token.image}\`` : 'the end of the file';
}

function alternatives(tokenTypes: TokenTypeLike[]): string {
    const labels = [...new Set(tokenTypes.filter(Boolean).map(label))];
    if (labels.length > 2) {
        return `one of ${labels.join(', ')}`;
    }
    return labels.join(' or ') || 'something else';
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
