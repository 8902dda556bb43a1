/** How many characters of a bad value an issue message echoes back. */
const ECHO_LENGTH = 60;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * Replaces lone UTF-16 surrogates with U+FFFD, like `String.prototype.toWellFormed`:
 * they cannot be encoded (TextEncoder, URLs, fetch bodies) and render as garbage.
 */
export function toWellFormed(text: string): string {
  // Most text has no surrogates at all, and a plain scan finds that faster than the lookarounds.
  return SURROGATE.test(text) ? text.replace(LONE_SURROGATE, '\uFFFD') : text;
}

/** Quotes text for an issue message, cut to a readable length; escapes control characters. */
export function quote(text: string): string {
  const cut = text.length > ECHO_LENGTH ? `${text.slice(0, ECHO_LENGTH)}…` : text;
  return JSON.stringify(toWellFormed(cut));
}

/** Names a value's type for an issue message: `a number (5)`, `an array`, `null`. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return `a string (${quote(value)})`;
    case 'number':
    case 'boolean':
    case 'bigint':
      return `a ${typeof value} (${String(value)})`;
    case 'undefined':
      return 'nothing';
    case 'object':
      return 'an object';
    default:
      return `a ${typeof value}`;
  }
}

/** The message of anything thrown, without itself ever throwing. */
export function describeError(error: unknown): string {
  try {
    const message = error instanceof Error ? error.message : String(error);
    return message.length > 200 ? `${message.slice(0, 200)}…` : message;
  } catch {
    return 'an unreadable error';
  }
}
