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
    const lines = body.split(/\r?\n/);
    if (lines.length > 1 && lines[0].trim() === '') {
        lines.shift();
    }
    if (lines.length > 1 && lines[lines.length - 1].trim() === '') {
        lines.pop();
    }
    const indents = lines.filter(line => line.trim() !== '').map(line => /^[ \t]*/.exec(line)![0].length);
    const common = indents.length ? Math.min(...indents) : 0;
    return lines.map(line => line.slice(common).trimEnd()).join('\n');
}
