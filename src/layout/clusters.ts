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
 * least {@link REPRESENTATIVE_SPACING} apart), and one milestone of each group is drawn on its
 * own between clusters of the rest wherever every marker stays {@link MIN_MARKER_DISTANCE} from
 * its neighbours: the group's highest-ranked item if it can be (`rank`, the same for an item in
 * every view, keeps the labels steady while the reader zooms), else its first or last. Every
 * item is still in exactly one entry, in date order.
 */
export function withRepresentatives(
  positions: Float64Array,
  starts: Float64Array,
  rank: (k: number) => number = () => 0,
): Entry[] {
  const coarse = groupMarkers(positions, starts, REPRESENTATIVE_SPACING);
  const sums = new Float64Array(positions.length + 1);
  positions.forEach((position, k) => (sums[k + 1] = sums[k] + position));
  const marker = (from: number, to: number) => (sums[to] - sums[from]) / (to - from);
  const run = (from: number, to: number): Entry => ({from, to, cluster: to - from > 1});
  const entries: Entry[] = [];
  let previous = -Infinity;
  /** Draws item `r` of group [from, to) alone, with the rest either side, if markers stay apart. */
  const split = (from: number, to: number, r: number, next: number): boolean => {
    if (starts[r - 1] === starts[r] || starts[r + 1] === starts[r]) return false;
    const before = r > from ? marker(from, r) : positions[r];
    const after = r + 1 < to ? marker(r + 1, to) : positions[r];
    const at = positions[r];
    const close = (a: number, b: number) => b - a < MIN_MARKER_DISTANCE;
    if (
      close(previous, before) ||
      (r > from && close(before, at)) ||
      (r + 1 < to && close(at, after)) ||
      close(after, next)
    ) {
      return false;
    }
    if (r > from) entries.push(run(from, r));
    entries.push(run(r, r + 1));
    if (r + 1 < to) entries.push(run(r + 1, to));
    previous = after;
    return true;
  };
  for (let g = 0; g < coarse.length; g++) {
    const {from, to, cluster} = coarse[g];
    const next = coarse[g + 1];
    const nextMarker = next ? marker(next.from, next.to) : Infinity;
    if (cluster) {
      let best = from;
      for (let k = from + 1; k < to; k++) if (rank(k) > rank(best)) best = k;
      if (split(from, to, best, nextMarker) || split(from, to, from, nextMarker)) continue;
      if (split(from, to, to - 1, nextMarker)) continue;
    }
    entries.push(coarse[g]);
    previous = marker(from, to);
  }
  return entries;
}
