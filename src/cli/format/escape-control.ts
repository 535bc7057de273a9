/**
 * Characters that make a terminal (or a reader) do something instead of showing something: C0 controls but tab
 * and line feed, DEL, C1 controls (`\u009b` starts a sequence like ESC [ does), the bidirectional overrides and
 * isolates that reorder what is shown, and the Unicode line and paragraph separators.
 */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

/**
 * Makes catalog text safe to print: every control character becomes a visible `\u001b`-style escape, so a
 * front-matter value can neither clear the screen, retitle the terminal nor reverse a line. Tab and line feed stay,
 * as layout. The escapes are JSON's own, so JSON text passed through stays valid and means the same.
 */
export function escapeControl(text: string): string {
  return text.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
