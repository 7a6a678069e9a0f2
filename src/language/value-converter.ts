// Turns quoted text into the text the author meant: escapes resolved, and the common
// indentation of a """ block removed so a motivation reads the same wherever it is indented.
import { DefaultValueConverter, type CstNode, type GrammarAST, type ValueType } from 'langium';

export class ProvisioValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        if (rule.name === 'TEXT_BLOCK') {
            // An unclosed block (reported by the token builder) has no closing quotes to drop.
            return dedentBlock(input.slice(3, input.endsWith('"""') && input.length >= 6 ? -3 : undefined));
        }
        return super.runConverter(rule, input, cstNode);
    }
}

export function dedentBlock(body: string): string {
    const lines = body.split(/\r\n?|\n/);
    if (lines.length > 1 && lines[0].trim() === '') {
        lines.shift();
    }
    if (lines.length > 1 && lines[lines.length - 1].trim() === '') {
        lines.pop();
    }
    // A fold, not Math.min(...indents): a block may have more lines than a call has arguments.
    const common = lines.reduce((least, line) => line.trim() === '' ? least : Math.min(least, /^[ \t]*/.exec(line)![0].length), Number.POSITIVE_INFINITY);
    return lines.map(line => line.slice(Number.isFinite(common) ? common : 0).trimEnd()).join('\n');
}
