import type {TimelineItem} from './types.js';

/**
 * Returns the items in date order, then end order (a point before a span that starts with it,
 * a shorter span before a longer one), then input order.
 *
 * A merge sort of positions over typed arrays of the times: with 100,000 items, a comparator
 * that reaches each time through its item and date objects, scattered over the heap, takes
 * about twice as long, and it runs n log n times.
 */
export function inDateOrder(items: readonly TimelineItem[]): TimelineItem[] {
  const count = items.length;
  const starts = new Float64Array(count);
  const ends = new Float64Array(count);
  let order = new Uint32Array(count);
  let merged = new Uint32Array(count);
  items.forEach(({date, end}, i) => {
    starts[i] = date.time;
    ends[i] = (end ?? date).time;
    order[i] = i;
  });
  /** Whether the item at position `b` goes strictly before the one at position `a`. */
  const before = (b: number, a: number) =>
    starts[b] < starts[a] || (starts[b] === starts[a] && ends[b] < ends[a]);
  // Most data is written in date order already.
  let inOrder = true;
  for (let i = 1; i < count && inOrder; i++) inOrder = !before(i, i - 1);
  if (inOrder) return items.slice();
  // Merges runs of 1, 2, 4 … positions; on a tie the earlier run goes first, keeping input order.
  for (let width = 1; width < count; width *= 2) {
    for (let low = 0; low < count; low += 2 * width) {
      const middle = Math.min(low + width, count);
      const high = Math.min(middle + width, count);
      let left = low;
      let right = middle;
      for (let next = low; next < high; next++) {
        const takeRight = left === middle || (right < high && before(order[right], order[left]));
        merged[next] = takeRight ? order[right++] : order[left++];
      }
    }
    [order, merged] = [merged, order];
  }
  return Array.from(order, (i) => items[i]);
}
