/**
 * What the command line prints of things it did not write itself (file names, sheet names, cell values):
 * control characters escaped, so that a name cannot start a new line or fake a verdict, and long values cut.
 */

/**
 * C0 and C1 controls, DEL, line and paragraph separators, and the bidirectional controls that can reorder
 * what a terminal shows.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** What JSON.stringify leaves raw inside strings. */
const RAW_IN_JSON = /[\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/** The text with every unsafe character as a visible escape: "a\nb" → "a\\nb", U+202E → "\\u202E". */
export function printable(text: string): string {
  return text.replace(
    UNSAFE,
    (ch) => NAMED[ch] ?? `\\u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`,
  );
}

/** Longest value echoed in a message, in characters. */
export const ECHO_CHARS = 40;

/** A value to echo: escaped, and cut to ECHO_CHARS with the full length said. */
export function echo(text: string, max = ECHO_CHARS): string {
  const chars = [...text];
  if (chars.length <= max) return printable(text);
  return `${printable(chars.slice(0, max).join(""))}…（共 ${chars.length} 字）`;
}

/**
 * JSON for machines: JSON.stringify, then the characters it leaves raw (DEL, C1, separators, bidi controls)
 * as \u escapes too. The parsed values are unchanged.
 */
export function safeJson(value: unknown): string {
  // C0 controls inside strings are escaped by JSON.stringify already; the ones left are its own layout.
  return JSON.stringify(value, null, 2).replace(
    RAW_IN_JSON,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}
