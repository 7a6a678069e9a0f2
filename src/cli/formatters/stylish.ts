// The default: findings grouped by file, ESLint's `stylish` layout, then the totals. The rule
// id links to the rule's page on terminals that show hyperlinks.
import { styleText } from 'node:util';
import { messages } from '../cli.messages.js';
import type { Totals } from '../lint-results.js';
import { visible } from '../visible-text.js';
import type { Translator } from '../../i18n/translator.js';
import { docsUrlOf, relativePath, type Formatter } from './formatter.js';

const severityColor = { error: 'red', warning: 'yellow', info: 'cyan', hint: 'gray' } as const;

export const stylish: Formatter = {
    name: 'stylish',
    format(input) {
        const paint = (style: Parameters<typeof styleText>[0], text: string) => input.color ? styleText(style, text, { validateStream: false }) : text;
        const lines: string[] = [];
        for (const result of input.results) {
            if (result.messages.length === 0) {
                continue;
            }
            lines.push(paint('underline', visible(relativePath(result.filePath, input))));
            const locations = result.messages.map(message => `${message.line}:${message.column}`);
            // A fold, not Math.max(...): a file may have more findings than a call has arguments.
            const locationWidth = locations.reduce((widest, location) => Math.max(widest, location.length), 0);
            const severityWidth = result.messages.reduce((widest, message) => Math.max(widest, message.severityName.length), 0);
            result.messages.forEach((message, index) => {
                const severity = paint(severityColor[message.severityName], message.severityName) + ' '.repeat(severityWidth - message.severityName.length);
                const rule = message.ruleId === null ? '' : paint('dim', link(visible(message.ruleId), docsUrlOf(message.ruleId, input), input.hyperlinks));
                lines.push(`  ${locations[index].padEnd(locationWidth)}  ${severity}  ${visible(message.message)}  ${rule}`.trimEnd());
            });
            lines.push('');
        }
        lines.push(summary(input.totals, input.translator));
        return lines.join('\n') + '\n';
    }
};

/** An OSC 8 hyperlink: the terminal shows the text and opens the address. */
function link(text: string, url: string | undefined, hyperlinks: boolean): string {
    return hyperlinks && url !== undefined ? `\u001b]8;;${url}\u001b\\${text}\u001b]8;;\u001b\\` : text;
}

export function summary(counts: Totals, translator: Translator): string {
    const problems = counts.errors + counts.warnings + counts.infos + counts.hints;
    return translator.format(problems === 0
        ? messages.message('totals.clean', { files: counts.files })
        : messages.message('totals.problems', { problems, errors: counts.errors, warnings: counts.warnings, infos: counts.infos, hints: counts.hints, files: counts.files }));
}
