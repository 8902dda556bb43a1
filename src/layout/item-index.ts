import type {LayoutItem} from './types.js';

/**
 * The numbers the layout reads from every item, gathered once into typed arrays: a zoom or pan
 * step then finds its stretch of the timeline by binary search and reads starts and ends
 * without touching 10,000 objects again.
 */
export interface ItemIndex {
  /** `items[i].start`. */
  readonly starts: Float64Array;
  /** The end of each item's extent: its `end` for a valid span, else its start. */
  readonly ends: Float64Array;
  /** `spans[i]` is how many of the items before `i` are spans (length n + 1). */
  readonly spans: Int32Array;
  /** Whether every start is a finite number: then the items of any time window are one run. */
  readonly finite: boolean;
}

// Keyed by the array itself: the element lays out the same array on every zoom and pan step.
// Item arrays are read-only by contract (`readonly LayoutItem[]`); a changed list is a new array.
const indices = new WeakMap<readonly LayoutItem[], ItemIndex>();

/** The {@link ItemIndex} of `items`, built on first use and kept while the array lives. */
export function indexItems(items: readonly LayoutItem[]): ItemIndex {
  let index = indices.get(items);
  if (index?.starts.length !== items.length) {
    index = buildIndex(items);
    indices.set(items, index);
  }
  return index;
}

function buildIndex(items: readonly LayoutItem[]): ItemIndex {
  const n = items.length;
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  const spans = new Int32Array(n + 1);
  let finite = true;
  for (let i = 0; i < n; i++) {
    const {start, end} = items[i];
    const isSpan = end !== undefined && Number.isFinite(end) && end > start;
    starts[i] = start;
    ends[i] = isSpan ? end : start;
    spans[i + 1] = spans[i] + (isSpan ? 1 : 0);
    finite &&= Number.isFinite(start);
  }
  return {starts, ends, spans, finite};
}
