// A """ text block that is never closed would otherwise run on to the next """ in the file,
// swallowing the declarations in between without a word. The block is cut off before the
// first line that starts a declaration, and reported as not closed where it opens.
// A /* comment that is never closed is cut off the same way, and reported once where it opens;
// as a regular expression it was sought to the end of the file and then given up at every /*.
// A quoted text is read as its grammar rule says, but once: a line with an unclosed quote and
// many \" in it was read again from each \", where the lexer looks for a token to resume with.
// Every scan here moves forward through the text, so lexing stays linear in its length.
import { DefaultTokenBuilder, type GrammarAST } from 'langium';
import type { Translator } from '../i18n/translator.js';
import { messages } from './language.messages.js';

type TokenType = ReturnType<DefaultTokenBuilder['buildTerminalToken']>;

/** A line that starts a declaration: its keyword and name; the rest of the line is checked apart. */
const declarationStart = /^[ \t]*(?:service|category|recipient|umbrella|provision|group-provision|background-check)[ \t]+[A-Za-z_][\w-]*([^\n\r]*)$/gm;
/** What may follow the name on a declaration's first line: a title, an opening brace. */
const declarationRest = /^(?:[ \t]+"[^"\n\r]*")?[ \t]*(?:\{[ \t]*)?$/;

export class ProvisioTokenBuilder extends DefaultTokenBuilder {
    readonly lines = new LineTracker();
    /** Characters the comment and quoted-text scans looked at so far, over all texts: what a test counts to see they stay linear. */
    charactersExamined = 0;
    // The text and offset after which no comment is closed: every comment opened after it is unclosed as well.
    private unclosedFrom: { text: string; offset: number } | undefined;
    // The last quoted text found unclosed: where it opens, and where reading it failed.
    private unclosedQuote: { text: string; start: number; end: number } | undefined;

    constructor(private readonly translator: Translator) {
        super();
    }

    protected override buildTerminalToken(terminal: GrammarAST.TerminalRule): TokenType {
        const token = super.buildTerminalToken(terminal);
        if (terminal.name === 'TEXT_BLOCK') {
            token.PATTERN = (text: string, offset: number) => this.matchTextBlock(text, offset);
            token.LINE_BREAKS = true;
            token.START_CHARS_HINT = ['"'];
        } else if (terminal.name === 'ML_COMMENT') {
            // Still a hidden comment for Langium: the group is set from the grammar's rule.
            token.PATTERN = (text: string, offset: number) => this.matchComment(text, offset);
            token.LINE_BREAKS = true;
            token.START_CHARS_HINT = ['/'];
        } else if (terminal.name === 'STRING') {
            token.PATTERN = (text: string, offset: number) => this.matchString(text, offset);
            token.LINE_BREAKS = false;
            token.START_CHARS_HINT = ['"'];
        }
        return token;
    }

    override flushLexingReport(text: string): ReturnType<DefaultTokenBuilder['flushLexingReport']> {
        // What was learnt about one text is not kept with it once it is lexed.
        this.unclosedFrom = undefined;
        this.unclosedQuote = undefined;
        return super.flushLexingReport(text);
    }

    /**
     * A quoted text as the grammar's rule `"(\\.|[^"\\\r\n])*"` reads it: a backslash takes the next
     * character along unless it ends the line, and the text must close on its own line. An
     * unclosed one does not match, and the lexer reports the quote.
     *
     * Every `"` inside an unclosed text was escaped, so reading on from it follows the same
     * characters and fails at the same place: after an unclosed text, those quotes fail at once.
     */
    private matchString(text: string, offset: number): RegExpExecArray | null {
        if (text.charCodeAt(offset) !== 0x22) {
            return null;
        }
        const unclosed = this.unclosedQuote;
        if (unclosed && offset > unclosed.start && offset < unclosed.end && unclosed.text === text) {
            return null;
        }
        let index = offset + 1;
        for (; index < text.length; index++) {
            const character = text.charCodeAt(index);
            if (character === 0x22) {
                this.charactersExamined += index + 1 - offset;
                const match = [text.slice(offset, index + 1)] as unknown as RegExpExecArray;
                match.index = offset;
                return match;
            }
            if (character === 0x5c) {
                if (index + 1 >= text.length || endsLine(text.charCodeAt(index + 1))) {
                    break;
                }
                index++;
            } else if (character === 0x0a || character === 0x0d) {
                break;
            }
        }
        this.charactersExamined += index - offset;
        this.unclosedQuote = { text, start: offset, end: index };
        return null;
    }

    // A comment from its opening to the first close after it, as the grammar's rule reads it.
    // One that is never closed is one comment up to the line before the next declaration, or
    // to the end of the file: the declarations after it are still checked, and its text is not
    // read again.
    private matchComment(text: string, offset: number): RegExpExecArray | null {
        if (text.charCodeAt(offset) !== 0x2f || text.charCodeAt(offset + 1) !== 0x2a) {
            return null;
        }
        const close = this.commentEnd(text, offset + 2);
        let image: string;
        if (close >= 0) {
            image = text.slice(offset, close + 2);
        } else {
            const rest = text.slice(offset);
            const runaway = firstDeclarationLine(rest);
            this.charactersExamined += runaway ?? rest.length;
            image = (runaway !== undefined ? rest.slice(0, runaway) : rest).trimEnd();
            this.reportUnclosed(text, offset, 2, runaway !== undefined ? 'unclosedCommentBeforeDeclaration' : 'unclosedComment');
        }
        const match = [image] as unknown as RegExpExecArray;
        match.index = offset;
        return match;
    }

    // Where the first close of a comment from `from` starts, or -1: known at once past a point with none after it.
    private commentEnd(text: string, from: number): number {
        const unclosed = this.unclosedFrom;
        if (unclosed && from >= unclosed.offset && unclosed.text === text) {
            return -1;
        }
        const close = text.indexOf('*/', from);
        this.charactersExamined += (close < 0 ? text.length : close + 2) - from;
        if (close < 0) {
            this.unclosedFrom = { text, offset: from };
        }
        return close;
    }

    private matchTextBlock(text: string, offset: number): RegExpExecArray | null {
        if (!text.startsWith('"""', offset)) {
            return null;
        }
        const close = text.indexOf('"""', offset + 3);
        const candidate = text.slice(offset, close < 0 ? text.length : close + 3);
        const runaway = firstDeclarationLine(candidate);
        const image = runaway !== undefined ? candidate.slice(0, runaway).trimEnd() : close < 0 ? candidate.trimEnd() : candidate;
        if (runaway !== undefined || close < 0) {
            this.reportUnclosed(text, offset, 3, 'unclosedTextBlockBeforeDeclaration');
        }
        const match = [image] as unknown as RegExpExecArray;
        match.index = offset;
        return match;
    }

    /**
     * Reports text opened at `offset` and never closed. After an unexpected character the lexer
     * tries each pattern at the next offsets to find where to resume, and then matches the
     * pattern it found again: the second match at the same place is not reported twice. The
     * list holds one text's diagnostics: Langium takes them after each text is lexed.
     */
    private reportUnclosed(text: string, offset: number, length: number, key: 'unclosedTextBlockBeforeDeclaration' | 'unclosedComment' | 'unclosedCommentBeforeDeclaration'): void {
        const last = this.diagnostics.at(-1);
        if (last?.offset === offset) {
            return;
        }
        const { line, column } = this.lines.positionOf(text, offset);
        this.diagnostics.push({ offset, length, line, column, severity: 'error', message: this.translator.format(messages.message(key)) });
    }
}

/** The characters a regular expression's `.` does not match. */
function endsLine(character: number): boolean {
    return character === 0x0a || character === 0x0d || character === 0x2028 || character === 0x2029;
}

function firstDeclarationLine(text: string): number | undefined {
    declarationStart.lastIndex = 0;
    for (let match = declarationStart.exec(text); match; match = declarationStart.exec(text)) {
        if (declarationRest.test(match[1])) {
            return match.index;
        }
    }
    return undefined;
}

/**
 * Line and column (from 1) of offsets in one text, as editors count them: `\r\n`, `\n` and a
 * lone `\r` each end a line. Offsets asked for in increasing order are found by scanning on
 * from the last one, so a whole lexing pass costs one pass over the text.
 */
export class LineTracker {
    /** Characters looked at so far, over all texts: what a test counts to see the scan stays linear. */
    charactersScanned = 0;
    private text = '';
    private offset = 0;
    private line = 1;
    private lineStart = 0;

    positionOf(text: string, offset: number): { line: number; column: number } {
        if (text !== this.text || offset < this.offset) {
            this.text = text;
            this.offset = 0;
            this.line = 1;
            this.lineStart = 0;
        }
        this.charactersScanned += Math.max(0, offset - this.offset);
        for (let index = this.offset; index < offset; index++) {
            const character = text.charCodeAt(index);
            const endsLine = character === 0x0a || (character === 0x0d && text.charCodeAt(index + 1) !== 0x0a);
            if (endsLine) {
                this.line++;
                this.lineStart = index + 1;
            }
        }
        this.offset = offset;
        return { line: this.line, column: offset - this.lineStart + 1 };
    }
}
