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

/** The custom property that colours a milestone of this category, if it has one. */
export function categoryColor(
  slots: ReadonlyMap<string, number>,
  category: string | undefined,
): Record<'--_category-color', string> | Record<string, never> {
  const slot = category === undefined ? undefined : slots.get(category);
  return slot === undefined ? {} : {'--_category-color': `var(--_category-${slot})`};
}
