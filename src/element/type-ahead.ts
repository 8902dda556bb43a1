/** How long after the last key typed characters still add up to one search, ms (as in APG). */
const TYPE_AHEAD_DELAY = 500;

/**
 * Type-ahead for a list (WAI-ARIA APG listbox): typed characters within half a second of each
 * other make up a prefix, and the next item whose text starts with it takes the focus; the same
 * character again cycles through the items that start with it.
 *
 * @example
 * const typeAhead = new TypeAhead();
 * typeAhead.find('s', active, count, (i) => titles[i]); // the next title starting with "s"
 */
export class TypeAhead {
  #typed = '';
  #last = -Infinity;

  /** Whether `event` types a character (and not a shortcut). */
  static types(event: KeyboardEvent): boolean {
    return [...event.key].length === 1 && event.key !== ' ' && !event.ctrlKey && !event.metaKey;
  }

  /**
   * The index of the item to move to for the character `key`, searching from `from` (or just
   * after it, for a repeated character) round to the start; `-1` when none matches.
   */
  find(
    key: string,
    from: number,
    count: number,
    text: (index: number) => string,
    locale?: string,
    now = performance.now(),
  ): number {
    if (now - this.#last > TYPE_AHEAD_DELAY) this.#typed = '';
    this.#last = now;
    this.#typed += key.toLocaleLowerCase(locale);
    const typed = this.#typed;
    // "sss" is "s" three times: each press moves on to the next item starting with "s".
    const repeated = [...typed].every((char) => char === typed[0]);
    const prefix = repeated ? typed[0] : typed;
    const start = repeated ? from + 1 : from;
    for (let step = 0; step < count; step++) {
      const index = (start + step) % count;
      if (text(index).trim().toLocaleLowerCase(locale).startsWith(prefix)) return index;
    }
    return -1;
  }
}
