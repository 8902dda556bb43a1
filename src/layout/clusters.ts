/**
 * A run of visible items drawn as one thing: a milestone (one item) or a cluster. `from` and
 * `to` index the list of visible items, so runs stay contiguous in date order and merge cheaply.
 */
export interface Entry {
  readonly from: number;
  /** Exclusive. */
  readonly to: number;
  readonly cluster: boolean;
}

/** Closest two markers may sit, px: the WCAG 2.2 minimum target size. */
export const MIN_MARKER_DISTANCE = 24;
/** Most milestones at one instant drawn apart; more become a cluster. */
export const MAX_STACK = 3;

/** Folds `entry` into the entry before it, as a cluster: used when it cannot be drawn alone. */
export function mergeIntoPrevious(entries: Entry[], entry: Entry): void {
  const previous = entries.pop();
  entries.push({from: previous ? previous.from : entry.from, to: entry.to, cluster: true});
}

/**
 * Groups the visible items (positions in date order) so that no two markers sit closer than
 * {@link MIN_MARKER_DISTANCE}. Items at the same instant form a stack that stays apart as
 * milestones (their labels go to different lanes) unless it is larger than {@link MAX_STACK}.
 * Each new group merges with the one before while their mean positions are too close, so the
 * pass is linear.
 */
export function groupMarkers(
  positions: Float64Array,
  starts: Float64Array,
  distance = MIN_MARKER_DISTANCE,
): Entry[] {
  // A stack of groups in parallel typed arrays: 10,000 items should not mean 10,000 objects.
  const n = positions.length;
  const from = new Int32Array(n);
  const to = new Int32Array(n);
  const sum = new Float64Array(n);
  // Each group's mean position, kept beside its sum: the merge test runs once per item.
  const mean = new Float64Array(n);
  const sameInstant = new Uint8Array(n);
  let top = -1;
  for (let i = 0; i < n;) {
    let j = i + 1;
    while (j < n && starts[j] === starts[i]) j++;
    top++;
    from[top] = i;
    to[top] = j;
    sum[top] = positions[i] * (j - i);
    mean[top] = sum[top] / (j - i);
    sameInstant[top] = 1;
    while (top > 0 && mean[top] - mean[top - 1] < distance) {
      to[top - 1] = to[top];
      sum[top - 1] += sum[top];
      mean[top - 1] = sum[top - 1] / (to[top - 1] - from[top - 1]);
      sameInstant[top - 1] = 0;
      top--;
    }
    i = j;
  }

  const entries: Entry[] = [];
  for (let g = 0; g <= top; g++) {
    const size = to[g] - from[g];
    if (size === 1 || (sameInstant[g] && size <= MAX_STACK)) {
      for (let k = from[g]; k < to[g]; k++) entries.push({from: k, to: k + 1, cluster: false});
    } else {
      entries.push({from: from[g], to: to[g], cluster: true});
    }
  }
  return entries;
}

/** Spacing of the coarse groups that {@link withRepresentatives} draws one milestone of, px. */
export const REPRESENTATIVE_SPACING = 2 * MIN_MARKER_DISTANCE;

/**
 * Dense data drawn with labels among its clusters: the items are grouped coarsely (markers at
 * least {@link REPRESENTATIVE_SPACING} apart), and each group's first milestone is drawn on its
 * own beside a cluster of the rest wherever every marker stays {@link MIN_MARKER_DISTANCE} from
 * its neighbours. Every item is still in exactly one entry, in date order.
 */
export function withRepresentatives(positions: Float64Array, starts: Float64Array): Entry[] {
  const coarse = groupMarkers(positions, starts, REPRESENTATIVE_SPACING);
  const marker = (from: number, to: number) => {
    let sum = 0;
    for (let k = from; k < to; k++) sum += positions[k];
    return sum / (to - from);
  };
  const entries: Entry[] = [];
  const apart = (a: number, b: number) => b - a >= MIN_MARKER_DISTANCE;
  let previous = -Infinity;
  for (let g = 0; g < coarse.length; g++) {
    const {from, to, cluster} = coarse[g];
    const next = coarse[g + 1];
    const nextMarker = next ? marker(next.from, next.to) : Infinity;
    const rest = (a: number, b: number): Entry => ({from: a, to: b, cluster: b - a > 1});
    // The group's first milestone drawn before the rest, or else its last one after them.
    if (cluster && starts[from] !== starts[from + 1]) {
      const first = positions[from];
      const afterFirst = marker(from + 1, to);
      if (apart(previous, first) && apart(first, afterFirst) && apart(afterFirst, nextMarker)) {
        entries.push({from, to: from + 1, cluster: false}, rest(from + 1, to));
        previous = afterFirst;
        continue;
      }
    }
    if (cluster && starts[to - 1] !== starts[to - 2]) {
      const last = positions[to - 1];
      const beforeLast = marker(from, to - 1);
      if (apart(previous, beforeLast) && apart(beforeLast, last) && apart(last, nextMarker)) {
        entries.push(rest(from, to - 1), {from: to - 1, to, cluster: false});
        previous = last;
        continue;
      }
    }
    entries.push(coarse[g]);
    previous = marker(from, to);
  }
  return entries;
}
