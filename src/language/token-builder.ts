// A """ text block that is never closed would otherwise run on to the next """ in the file,
// swallowing the declarations in between without a word. The block is cut off before the
// first line that starts a declaration, and reported as not closed where it opens.
import { DefaultTokenBuilder, type GrammarAST } from 'langium';

type TokenType = ReturnType<DefaultTokenBuilder['buildTerminalToken']>;

const declarationLine = /^[ \t]*(?:service|category|recipient|umbrella|provision|group-provision|background-check)[ \t]+[A-Za-z_][\w-]*(?:[ \t]+"[^"\n]*")?[ \t]*\{?[ \t]*$/m;

export class ProvisioTokenBuilder extends DefaultTokenBuilder {
    protected override buildTerminalToken(terminal: GrammarAST.TerminalRule): TokenType {
        const token = super.buildTerminalToken(terminal);
        if (terminal.name === 'TEXT_BLOCK') {
            token.PATTERN = (text: string, offset: number) => this.matchTextBlock(text, offset);
            token.LINE_BREAKS = true;
            token.START_CHARS_HINT = ['"'];
        }
        return token;
    }

    private matchTextBlock(text: string, offset: number): RegExpExecArray | null {
        if (!text.startsWith('"""', offset)) {
            return null;
        }
        const close = text.indexOf('"""', offset + 3);
        const candidate = text.slice(offset, close < 0 ? text.length : close + 3);
        const runaway = declarationLine.exec(candidate);
        const image = runaway ? candidate.slice(0, runaway.index).trimEnd() : close < 0 ? candidate.trimEnd() : candidate;
        if (runaway || close < 0) {
            const before = text.slice(0, offset);
            const line = before.split('\n').length;
            const column = offset - before.lastIndexOf('\n');
            this.diagnostics.push({
                offset, length: 3, line, column, severity: 'error',
                message: 'This """ text block is not closed. End it with """ before the next declaration.'
            });
        }
        const match = [image] as unknown as RegExpExecArray;
        match.index = offset;
        return match;
    }
}
