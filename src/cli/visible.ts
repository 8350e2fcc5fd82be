/**
 * Text for a terminal: control characters from the data (escape sequences that clear the
 * screen, write the clipboard or retitle the window, carriage returns that overwrite a line)
 * are shown as escapes such as `\x1b` instead of being obeyed. Newlines and tabs stay; JSON
 * output never holds raw control characters, so it passes unchanged.
 */

// C0 controls but tab and newline, DEL, C1 controls, and the bidirectional overrides and
// isolates, which reorder what a terminal shows after them.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** `text` with every control character written as an escape. */
export function visible(text: string): string {
  return text.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
