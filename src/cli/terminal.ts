// What the terminal can show: color and OSC 8 hyperlinks. Decided from the flags, then the
// conventions of the environment, then whether the output is a terminal at all; a pipe or a
// file never gets escape sequences unless asked for.

type Environment = Readonly<Record<string, string | undefined>>;

/**
 * Color: `--color`/`--no-color` first; then FORCE_COLOR (`0` or `false` turns it off, any
 * other value on); then NO_COLOR (set and not empty: off); else only on a terminal that is not `dumb`.
 */
export function colorEnabled(flag: boolean | undefined, environment: Environment, isTerminal: boolean): boolean {
    if (flag !== undefined) {
        return flag;
    }
    const force = environment.FORCE_COLOR;
    if (force !== undefined) {
        return !['0', 'false'].includes(force.trim().toLowerCase());
    }
    if (environment.NO_COLOR) {
        return false;
    }
    return isTerminal && environment.TERM !== 'dumb';
}

/**
 * OSC 8 hyperlinks: FORCE_HYPERLINK (`0` off, any other value on); else never outside a terminal
 * or in CI logs, and on a terminal only where it is known to show them.
 */
export function hyperlinksEnabled(environment: Environment, isTerminal: boolean): boolean {
    const force = environment.FORCE_HYPERLINK;
    if (force !== undefined) {
        return !['0', 'false'].includes(force.trim().toLowerCase());
    }
    if (!isTerminal || environment.CI || environment.TEAMCITY_VERSION || environment.TERM === 'dumb') {
        return false;
    }
    if (environment.WT_SESSION || environment.KONSOLE_VERSION || environment.DOMTERM || environment.KITTY_WINDOW_ID || environment.WEZTERM_PANE) {
        return true;
    }
    if (['iTerm.app', 'WezTerm', 'vscode', 'ghostty', 'Hyper', 'Tabby'].includes(environment.TERM_PROGRAM ?? '')) {
        return true;
    }
    if (/^(xterm-kitty|alacritty|foot|xterm-ghostty|wezterm)/.test(environment.TERM ?? '')) {
        return true;
    }
    // GNOME Terminal and other VTE terminals from 0.50 on.
    return Number(environment.VTE_VERSION ?? 0) >= 5000;
}
