// `provisio check --help` tells everything needed to use it in CI: every flag with its
// default, the formats, the exit codes and two examples, in English and in Dutch.
import { describe, expect, test } from 'vitest';
import { formatters } from '../../src/cli/formatters/registry.js';
import { runCli } from './run-cli.js';

describe('provisio check --help', () => {
    test('lists the formats from the registry, -o, the color flags, the exit codes and two examples', () => {
        const help = runCli(['check', '--help']);
        expect(help.status).toBe(0);
        // Commander wraps the descriptions to the width of the terminal.
        const options = help.stdout.replace(/\s+/g, ' ');
        expect(options).toContain('-f, --format <format> output format; repeat it, each followed by its own -o, to write several at once (choices: "stylish", "json", "json-with-metadata", "sarif", "junit", "github", "gitlab", "markdown", "text", default: "stylish")');
        expect(options).toContain('-o, --output-file <file> write the output of the -f before it to this file');
        expect(options).toContain('--color color the stylish output even when it does not go to a terminal');
        expect(options).toContain('--no-color never color the text output');
        expect(help.stdout).toContain(`Formats: ${formatters.map(formatter => formatter.name).join(', ')}.`);
        expect(help.stdout).toMatch(/Exit codes:\n {2}0 {2}no errors.*\n {2}1 {2}errors, or too many warnings\n {2}2 {2}a usage or configuration error/);
        expect(help.stdout).toMatch(/Examples:\n {2}provisio check dossiers\/\n {2}provisio check --max-warnings 0 -f sarif -o provisio\.sarif -f github dossiers\/\n$/);
    });

    test('in Dutch', () => {
        const help = runCli(['check', '--help', '--lang', 'nl']).stdout;
        expect(help.replace(/\s+/g, ' ')).toContain('-f, --format <format> uitvoerformaat; herhaal het');
        expect(help).toContain('Exitcodes:\n  0  geen fouten');
        expect(help).toContain('Voorbeelden:\n  provisio check dossiers/');
        expect(help).not.toContain('Exit codes');
    });
});
