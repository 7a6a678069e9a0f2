// Color and hyperlinks: the flags, NO_COLOR, FORCE_COLOR and FORCE_HYPERLINK, and the
// terminal; escape sequences never reach a pipe unless asked for, and only stylish is colored.
import { describe, expect, test } from 'vitest';
import { colorEnabled, hyperlinksEnabled } from '../../src/cli/terminal.js';
import { folderWith, runCli } from './run-cli.js';

describe('deciding color', () => {
    test('the flag decides first, then FORCE_COLOR, then NO_COLOR, then the terminal', () => {
        expect(colorEnabled(true, { NO_COLOR: '1', FORCE_COLOR: '0' }, false)).toBe(true);
        expect(colorEnabled(false, { FORCE_COLOR: '1' }, true)).toBe(false);
        expect(colorEnabled(undefined, { FORCE_COLOR: '1', NO_COLOR: '1' }, false)).toBe(true);
        expect(colorEnabled(undefined, { FORCE_COLOR: '0' }, true)).toBe(false);
        expect(colorEnabled(undefined, { FORCE_COLOR: 'false' }, true)).toBe(false);
        expect(colorEnabled(undefined, { FORCE_COLOR: '' }, false)).toBe(true);
        expect(colorEnabled(undefined, { NO_COLOR: '1' }, true)).toBe(false);
        expect(colorEnabled(undefined, { NO_COLOR: '' }, true)).toBe(true);
        expect(colorEnabled(undefined, {}, true)).toBe(true);
        expect(colorEnabled(undefined, { TERM: 'dumb' }, true)).toBe(false);
        expect(colorEnabled(undefined, {}, false)).toBe(false);
    });

    test('hyperlinks: FORCE_HYPERLINK, else never outside a terminal or in CI, else terminals known to show them', () => {
        expect(hyperlinksEnabled({ FORCE_HYPERLINK: '1' }, false)).toBe(true);
        expect(hyperlinksEnabled({ FORCE_HYPERLINK: '0', TERM_PROGRAM: 'iTerm.app' }, true)).toBe(false);
        expect(hyperlinksEnabled({ TERM_PROGRAM: 'iTerm.app' }, false)).toBe(false);
        expect(hyperlinksEnabled({ TERM_PROGRAM: 'vscode', CI: 'true' }, true)).toBe(false);
        expect(hyperlinksEnabled({ TERM_PROGRAM: 'vscode' }, true)).toBe(true);
        expect(hyperlinksEnabled({ WT_SESSION: 'x' }, true)).toBe(true);
        expect(hyperlinksEnabled({ VTE_VERSION: '6003' }, true)).toBe(true);
        expect(hyperlinksEnabled({ VTE_VERSION: '4600' }, true)).toBe(false);
        expect(hyperlinksEnabled({ TERM: 'xterm-256color' }, true)).toBe(false);
    });
});

describe('the CLI in a pipe', () => {
    const escape = '\u001b[';
    // A small workspace with one error, so each run is quick.
    const folder = folderWith({ 'p.provisio': 'provision P-1 "x" {\n    by AIVD\n}\n' });
    const defects = ['check', folder];

    test('no color by default, with NO_COLOR, or with FORCE_COLOR=0; color with --color or FORCE_COLOR=1; --no-color wins over FORCE_COLOR', () => {
        expect(runCli(defects, undefined, { NO_COLOR: undefined, FORCE_COLOR: undefined }).stdout).not.toContain(escape);
        expect(runCli([...defects, '--color'], undefined, { NO_COLOR: '1' }).stdout).toContain(`${escape}31merror`);
        expect(runCli(defects, undefined, { NO_COLOR: undefined, FORCE_COLOR: '1' }).stdout).toContain(`${escape}31merror`);
        expect(runCli(defects, undefined, { NO_COLOR: undefined, FORCE_COLOR: '0' }).stdout).not.toContain(escape);
        expect(runCli([...defects, '--no-color'], undefined, { FORCE_COLOR: '1' }).stdout).not.toContain(escape);
    });

    test('only stylish is colored: machine formats never are', () => {
        for (const format of ['json', 'sarif', 'github', 'markdown']) {
            expect(runCli([...defects, '--color', '-f', format]).stdout, format).not.toContain('\u001b');
        }
    });

    test('rule ids link to their page with OSC 8 only when FORCE_HYPERLINK asks for it in a pipe', () => {
        expect(runCli(defects, undefined, { FORCE_HYPERLINK: undefined, TERM_PROGRAM: 'iTerm.app' }).stdout).not.toContain('\u001b]8;;');
        const linked = runCli(defects, undefined, { FORCE_HYPERLINK: '1' }).stdout;
        expect(linked).toMatch(/\u001b\]8;;file:\/\/\/[^\u001b]*docs\/rules\/motivation\/necessity-required\.md\u001b\\motivation\/necessity-required\u001b\]8;;\u001b\\/);
    });
});
