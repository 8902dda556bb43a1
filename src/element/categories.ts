import type {TimelineItem} from '../model/index.js';

/** How many category colours the theme defines (`--partner-timeline-category-1` …). */
export const CATEGORY_COLORS = 6;

/**
 * Gives each category a colour slot, in the order categories first appear in date order; past
 * {@link CATEGORY_COLORS} the slots repeat. Only the slot number reaches CSS, never the data.
 */
export function categorySlots(items: readonly TimelineItem[]): ReadonlyMap<string, number> {
  const slots = new Map<string, number>();
  for (const {category} of items) {
    if (category !== undefined && !slots.has(category)) {
      slots.set(category, (slots.size % CATEGORY_COLORS) + 1);
    }
  }
  return slots;
}

/**
 * The custom properties that colour and shape the marker of a milestone of this category, if it
 * has one: a colour and, so that colour is not the only cue (also in forced colours), a shape
 * per slot (circle, square, leaf, drop, turned leaf, turned drop).
 */
export function categoryColor(
  slots: ReadonlyMap<string, number>,
  category: string | undefined,
): Record<string, string> {
  const slot = category === undefined ? undefined : slots.get(category);
  return slot === undefined
    ? {}
    : {
        '--_category-color': `var(--_category-${slot})`,
        '--_category-radius': `var(--_category-radius-${slot})`,
      };
}

/**
 * The id of the legend's button for this category, which describes each of its milestones (the
 * category is read out, not only shown by colour and shape); none without a legend (one
 * category or none). Made of the slot's position, never of the data.
 */
export function categoryId(
  slots: ReadonlyMap<string, number>,
  category: string | undefined,
): string | undefined {
  if (slots.size < 2 || category === undefined || !slots.has(category)) return undefined;
  return `category-${[...slots.keys()].indexOf(category) + 1}`;
}
