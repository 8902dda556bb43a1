/** One drawn line of a label: its text as written in the data, and what stood before it. */
export interface LabelLine {
  /** The whitespace (or nothing, inside a word) between this line and the one before. */
  readonly before: string;
  readonly text: string;
  /** The text goes on past this line but is not drawn: the line ends in an ellipsis. */
  readonly cut: boolean;
}

/** The lines of a text as the layout wrapped it, and what of the text is not drawn. */
export interface LabelLines {
  readonly lines: readonly LabelLine[];
  readonly rest: string;
}

const ELLIPSIS = '…';

/**
 * Finds the layout's wrapped `lines` in `text` as written, so that each line is drawn as the
 * layout measured it (never wrapped again by the browser), while the element still holds the
 * whole text, whitespace and all: its text content is the text. The layout joins words with one
 * space and ends a cut last line with '…'; whitespace of any length in `text` matches a space.
 *
 * @example
 * labelLines('Student exchange  agreement signed', ['Student exchange', 'agreement…'])
 * // lines: 'Student exchange', then 'agreement' (cut); rest: ' signed'
 */
export function labelLines(text: string, lines: readonly string[]): LabelLines {
  const found: LabelLine[] = [];
  let at = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const start = at;
    while (at < text.length && isSpace(text[at])) at++;
    const before = text.slice(start, at);
    const last = i === lines.length - 1;
    let end = match(text, at, line);
    let cut = false;
    if (end < 0 && last && line.endsWith(ELLIPSIS)) {
      end = match(text, at, line.slice(0, -ELLIPSIS.length));
      cut = end >= 0;
    }
    // Lines that do not come from this text are drawn as they are.
    if (end < 0)
      return {lines: lines.map((text, k) => ({before: k ? ' ' : '', text, cut: false})), rest: ''};
    found.push({before: i === 0 ? '' : before, text: text.slice(at, end), cut});
    at = end;
  }
  const rest = text.slice(at);
  return {lines: found, rest: rest.trim() === '' ? '' : rest};
}

/** Where `line` ends if it is written in `text` from `at` (any whitespace for a space); or -1. */
function match(text: string, at: number, line: string): number {
  let position = at;
  for (const character of line) {
    if (character === ' ') {
      if (!isSpace(text[position] ?? '')) return -1;
      while (position < text.length && isSpace(text[position])) position++;
    } else {
      if (!text.startsWith(character, position)) return -1;
      position += character.length;
    }
  }
  return position;
}

function isSpace(character: string): boolean {
  return /\s/.test(character);
}
