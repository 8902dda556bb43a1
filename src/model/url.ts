// Browsers drop tabs and newlines anywhere in a URL and controls or spaces at its ends, so
// `java\tscript:` still runs as `javascript:`.
// eslint-disable-next-line no-control-regex -- finding control characters is the point.
const CONTROL_CHARACTERS = /[\u0000-\u001F\u007F]/g;
// eslint-disable-next-line no-control-regex -- as above.
const CONTROL_OR_WHITESPACE = /[\u0000-\u0020\u007F\s]/g;
const NUMERIC_REFERENCE = /&#(x[0-9a-f]+|\d+);?/gi;
const NAMED_REFERENCE = /&(colon|tab|newline|sol|quest|num);/gi;
const NAMED_CHARACTERS: Record<string, string> = {
  colon: ':',
  tab: '\t',
  newline: '\n',
  sol: '/',
  quest: '?',
  num: '#',
};
const SAFE_SCHEME = /^https?$/i;

/**
 * Decodes the HTML character references that can spell out a scheme (`jav&#x61;script&colon;`),
 * in case the link is ever written into HTML by something other than this component.
 */
function decodeCharacterReferences(text: string): string {
  return text
    .replace(NUMERIC_REFERENCE, (_, code: string) => {
      const point = code[0] === 'x' || code[0] === 'X' ? parseInt(code.slice(1), 16) : Number(code);
      return point <= 0x10ffff ? String.fromCodePoint(point) : '';
    })
    .replace(NAMED_REFERENCE, (_, name: string) => NAMED_CHARACTERS[name.toLowerCase()]);
}

/**
 * Returns the link if it is http(s) or relative (`/x`, `./x`, `../x`, `x`, `?q`, `#f`, `//host`),
 * trimmed and without control characters; `undefined` for any other scheme (`javascript:`,
 * `data:`, `vbscript:`, `file:`, `blob:` …), for an empty string and for anything not a string.
 *
 * The rule: once control characters, whitespace and character references are taken out, a `:`
 * before the first `/`, `?` or `#` means the link has a scheme, and it must be http or https.
 *
 * @example
 * safeUrl(' https://example.org/ '); // "https://example.org/"
 * safeUrl('java\tscript:alert(1)'); // undefined
 */
export function safeUrl(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const cleaned = raw.replace(CONTROL_CHARACTERS, '').trim();
  const compact = decodeCharacterReferences(cleaned).replace(CONTROL_OR_WHITESPACE, '');
  if (compact === '') return undefined;
  const schemeEnd = compact.search(/[:/?#]/);
  if (schemeEnd !== -1 && compact[schemeEnd] === ':') {
    return SAFE_SCHEME.test(compact.slice(0, schemeEnd)) ? cleaned : undefined;
  }
  return cleaned;
}
