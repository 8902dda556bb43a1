/** How many characters of a bad value an issue message echoes back. */
const ECHO_LENGTH = 60;

const SURROGATE = /[\uD800-\uDFFF]/;
// With the `u` flag a surrogate pair reads as one code point, so only lone surrogates match.
const LONE_SURROGATE = /\p{Cs}/gu;

/**
 * Replaces lone UTF-16 surrogates with U+FFFD, like `String.prototype.toWellFormed`:
 * they cannot be encoded (TextEncoder, URLs, fetch bodies) and render as garbage.
 */
export function toWellFormed(text: string): string {
  // Most text has no surrogates at all, and a scan without the `u` flag finds that quicker.
  return SURROGATE.test(text) ? text.replace(LONE_SURROGATE, '\uFFFD') : text;
}

/**
 * Characters that draw nothing by themselves: white space, default-ignorable code points
 * (zero-width spaces and joiners, soft hyphens, bidi marks and isolates, variation selectors, the
 * Hangul fillers, tags) and format characters. The prepended concatenation marks (U+0600–0605,
 * U+06DD, U+070F, U+0890–0891, U+08E2, U+110BD, U+110CD) are format characters with a glyph of
 * their own, so they count as visible.
 */
const BLANK =
  /^(?:(?![\u0600-\u0605\u06DD\u070F\u0890\u0891\u08E2\u{110BD}\u{110CD}])[\s\p{Default_Ignorable_Code_Point}\p{Cf}])*$/u;

/**
 * Whether text shows nothing: empty, or made only of invisible characters. A title like that
 * would give a milestone no accessible name.
 */
export function isBlank(text: string): boolean {
  return BLANK.test(text);
}

/** Cuts text to `length` characters, marking the cut with an ellipsis. */
export function cut(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length)}…` : text;
}

/** Quotes text for an issue message, cut to a readable length; escapes control characters. */
export function quote(text: string): string {
  return JSON.stringify(toWellFormed(cut(text, ECHO_LENGTH)));
}

/** Names a value's type for an issue message: `a number (5)`, `an array`, `null`. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `a string (${quote(value)})`;
  // Numbers, booleans and bigints are short enough to show; functions and symbols are not.
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return `a ${typeof value} (${String(value)})`;
  }
  if (typeof value === 'undefined') return 'nothing';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** The message of anything thrown, without itself ever throwing. */
export function describeError(error: unknown): string {
  try {
    return cut(error instanceof Error ? error.message : String(error), 200);
  } catch {
    return 'an unreadable error';
  }
}
