// Text from files (messages quote names and values, paths are file names) is shown with its
// control characters escaped, so a file cannot move the cursor, recolor or clear the
// terminal, or reorder what is shown with bidirectional controls.

// C0 controls but tab, DEL, C1 controls, and the bidirectional formatting characters.
const controls = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** One line of text with every control character written as an escape, such as `\x1b` or `\u202e`. */
export function visible(text: string): string {
    return text.replace(controls, character => {
        const code = character.charCodeAt(0);
        return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
    });
}
