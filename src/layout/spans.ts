import {mergeIntoPrevious, type Entry} from './clusters.js';

/** Thickness of a span bar and the room between bar lanes, px. */
export const BAR_THICKNESS = 6;
export const BAR_GAP = 2;
/** Most bar lanes; a span that finds none free joins a cluster. */
export const MAX_BAR_LANES = 3;
/** Shortest bar drawn, px, so that a span of a few hours is still visible. */
export const MIN_BAR_LENGTH = 2;

/** The span bars' lanes, by visible index, and the entries left once unplaceable spans merged. */
export interface BarLanes {
  readonly entries: Entry[];
  readonly lanes: ReadonlyMap<number, number>;
}

/** Along-axis extent of a bar from its start and end positions. */
export function barExtent(start: number, end: number): number {
  return Math.max(end - start, MIN_BAR_LENGTH);
}

/**
 * Gives each span the first bar lane whose last bar ends before it starts, so overlapping spans
 * never share a lane. `span(k)` is the start and end position of visible item `k`, or
 * `undefined` when it is not a span.
 */
export function assignBarLanes(
  entries: readonly Entry[],
  span: (k: number) => readonly [number, number] | undefined,
): BarLanes {
  const ends: number[] = [];
  const lanes = new Map<number, number>();
  const kept: Entry[] = [];
  for (const entry of entries) {
    const extent = entry.cluster ? undefined : span(entry.from);
    if (!extent) {
      kept.push(entry);
      continue;
    }
    const [start, end] = extent;
    let lane = 0;
    while (lane < ends.length && ends[lane] + BAR_GAP > start) lane++;
    if (lane === MAX_BAR_LANES) {
      mergeIntoPrevious(kept, entry);
      continue;
    }
    ends[lane] = start + barExtent(start, end);
    lanes.set(entry.from, lane);
    kept.push(entry);
  }
  return {entries: kept, lanes};
}

/** Number of bar lanes the surviving milestones use. */
export function barLaneCount(
  entries: readonly Entry[],
  lanes: ReadonlyMap<number, number>,
): number {
  let count = 0;
  for (const entry of entries) {
    const lane = entry.cluster ? undefined : lanes.get(entry.from);
    if (lane !== undefined) count = Math.max(count, lane + 1);
  }
  return count;
}
