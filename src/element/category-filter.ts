import type {TimelineItem} from '../model/index.js';

/**
 * The milestones the legend leaves shown: those whose category is not switched off. Kept until
 * the items or the hidden categories change, so that every render reads the same array and the
 * layout's caches hold.
 *
 * @example
 * const filter = new CategoryFilter();
 * filter.shown(items, ['Chongqing Medical University']); // the Pleven milestones and the rest
 */
export class CategoryFilter {
  #items: readonly TimelineItem[] = [];
  #hidden: readonly string[] = [];
  #shown: readonly TimelineItem[] = [];

  /** Read on every access to the element's items: arrays compared by identity, as Lit does. */
  shown(items: readonly TimelineItem[], hidden: readonly string[]): readonly TimelineItem[] {
    if (items !== this.#items || hidden !== this.#hidden) {
      this.#items = items;
      this.#hidden = hidden;
      const off = new Set(hidden);
      this.#shown =
        off.size === 0
          ? items
          : items.filter((item) => item.category === undefined || !off.has(item.category));
    }
    return this.#shown;
  }
}

/** `hidden` with `category` switched: added when shown, removed when hidden, in `order`. */
export function toggleCategory(
  hidden: readonly string[],
  category: string,
  order: Iterable<string>,
): string[] {
  const off = new Set(hidden);
  if (off.has(category)) off.delete(category);
  else off.add(category);
  return [...order].filter((name) => off.has(name));
}
