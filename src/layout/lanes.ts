import {mergeIntoPrevious, type Entry} from './clusters.js';
import {LABEL_PADDING, type LabelContent} from './labels.js';
import {TICK_LINE_HEIGHT} from './ticks.js';

/** Room kept free between two labels in a lane, or between lanes, px. */
export const LANE_GAP = 6;
/** Label lanes on a horizontal axis: before 0, after 0, before 1, after 1, … */
export const MAX_SLOTS = 6;

/** Where a label went: its slot (see {@link slotSide}) and left edge. */
export interface LanePlacement {
  readonly slot: number;
  readonly x: number;
}

/** Labels placed in lanes, and the entries left once the labels that fit nowhere merged. */
export interface LaneLayout {
  readonly entries: Entry[];
  readonly placements: ReadonlyMap<number, LanePlacement>;
}

/** The side of the axis and the lane (0 nearest) of a slot. */
export function slotSide(slot: number): {side: 'before' | 'after'; lane: number} {
  return {side: slot % 2 === 0 ? 'before' : 'after', lane: slot >> 1};
}

/**
 * Places each milestone's label, centred on its marker and clamped to [0, width], in the first
 * of `slots` lanes where it clears the labels already there. Entries arrive in position order,
 * so one rightmost edge per lane is enough: the pass is linear. A label may slide right by up to
 * half its width to fit; one that fits in no lane folds its milestone into a cluster with the
 * entry before it, whose label then leaves its lane.
 */
export function placeInLanes(
  entries: readonly Entry[],
  slots: number,
  width: number,
  position: (k: number) => number,
  label: (k: number) => LabelContent,
): LaneLayout {
  const rightmost = new Array<number>(slots).fill(-Infinity);
  const placements = new Map<number, LanePlacement>();
  // What each placed label's lane looked like before it, to undo the placement when merging.
  const undo = new Map<number, number>();
  const kept: Entry[] = [];
  for (const entry of entries) {
    if (entry.cluster) {
      kept.push(entry);
      continue;
    }
    const {width: w} = label(entry.from);
    const centred = Math.min(Math.max(position(entry.from) - w / 2, 0), width - w);
    let placed = false;
    for (let slot = 0; slot < slots && !placed; slot++) {
      const x = Math.max(centred, rightmost[slot] + LANE_GAP);
      if (x + w > width || x - centred > w / 2) continue;
      placements.set(entry.from, {slot, x});
      undo.set(entry.from, rightmost[slot]);
      rightmost[slot] = x + w;
      placed = true;
    }
    if (placed) {
      kept.push(entry);
      continue;
    }
    const previous = kept.at(-1);
    const previousPlacement = previous && placements.get(previous.from);
    if (previous && !previous.cluster && previousPlacement) {
      rightmost[previousPlacement.slot] = undo.get(previous.from) ?? -Infinity;
      placements.delete(previous.from);
    }
    mergeIntoPrevious(kept, entry);
  }
  return {entries: kept, placements};
}

/** Cross-axis bands of a horizontal plot, px from the top. */
export interface HorizontalBands {
  readonly axis: number;
  /** Top of the first bar lane. */
  readonly bars: number;
  /** Top and height of each used slot's lane. */
  readonly laneTop: readonly number[];
  readonly laneHeight: readonly number[];
  readonly height: number;
}

/**
 * Room between the axis and the nearest label, px: half a 24 px marker (the target size of
 * milestones and clusters) and a little air, so that no marker touches a label.
 */
export const MARKER_ROOM = 14;
/** Distance from a horizontal axis to the top of its tick and break labels, px. */
export const TICK_TOP = MARKER_ROOM;
/** Band under a horizontal axis kept for tick and break labels, past the markers, px. */
export const TICK_BAND = TICK_TOP + TICK_LINE_HEIGHT;
const BAND_GAP = 4;

/**
 * Stacks, from the top: the 'before' lanes (outermost first), the axis, the tick labels, the
 * span bars and the 'after' lanes. Each lane is as tall as its tallest label; unused lanes take
 * no room, so the height is what the lanes actually used need.
 */
export function horizontalBands(
  layout: LaneLayout,
  label: (k: number) => LabelContent,
  barLanes: number,
  barPitch: number,
): HorizontalBands {
  const laneHeight: number[] = new Array<number>(MAX_SLOTS).fill(0);
  for (const [k, {slot}] of layout.placements) {
    laneHeight[slot] = Math.max(laneHeight[slot], label(k).height);
  }
  const laneTop: number[] = new Array<number>(MAX_SLOTS).fill(0);
  let y = 0;
  for (let slot = MAX_SLOTS - 2; slot >= 0; slot -= 2) {
    if (!laneHeight[slot]) continue;
    laneTop[slot] = y;
    y += laneHeight[slot] + LANE_GAP;
  }
  const axis = Math.max(y - LANE_GAP, 0) + MARKER_ROOM;
  const bars = axis + TICK_BAND;
  y = bars + barLanes * barPitch + (barLanes ? BAND_GAP : 0);
  let height = y;
  for (let slot = 1; slot < MAX_SLOTS; slot += 2) {
    if (!laneHeight[slot]) continue;
    laneTop[slot] = y;
    height = y + laneHeight[slot];
    y = height + LANE_GAP;
  }
  return {axis, bars, laneTop, laneHeight, height};
}

/**
 * The height of a horizontal plot with one lane of labels on each side of the axis, each label
 * a date and two lines of title: what a dense timeline keeps, so that zooming into its clusters
 * finds room for their labels without the plot growing.
 */
export function denseHeight(lineHeight: number): number {
  const label = 3 * lineHeight + 2 * LABEL_PADDING;
  return label + MARKER_ROOM + TICK_BAND + label;
}

/** Gap between labels stacked along a vertical axis, px. */
export const STACK_GAP = 6;
/**
 * Farthest a label beside a vertical axis may sit from its marker, px: the marker lies within
 * the label's extent along the axis or at most this far beyond it, so that a short leader line
 * joins them. Three labels at one instant (each two lines) still fit around their marker.
 */
export const REACH = 36;

/** Labels stacked beside a vertical axis: their tops, and the entries left once some merged. */
export interface StackLayout {
  readonly entries: Entry[];
  /** May be negative, and labels may end past the axis: the plot grows to hold them. */
  readonly tops: ReadonlyMap<number, number>;
}

/**
 * Stacks labels beside a vertical axis, in date order, without overlap and each within
 * {@link REACH} of its marker. A first pass puts each label as high as its reach and the label
 * above allow; one that still cannot reach its marker folds its milestone into a cluster with
 * the entry before it, whose label then leaves the stack. A second pass, from the bottom, moves
 * each label down towards being centred on its marker as far as the label below allows.
 * Labels near the ends may stick out past the axis (three at the first instant do): the caller
 * grows the plot rather than push them away from their markers.
 */
export function placeAlongAxis(
  entries: readonly Entry[],
  position: (k: number) => number,
  height: (k: number) => number,
): StackLayout {
  const kept: Entry[] = [];
  // The labels placed so far, in order, with the highest top each can have.
  const stack: {k: number; top: number}[] = [];
  const bottom = () => {
    const last = stack.at(-1);
    return last ? last.top + height(last.k) + STACK_GAP : -Infinity;
  };
  for (const entry of entries) {
    if (entry.cluster) {
      kept.push(entry);
      continue;
    }
    const k = entry.from;
    const marker = position(k);
    const top = Math.max(marker - height(k) - REACH, bottom());
    if (top <= marker + REACH) {
      stack.push({k, top});
      kept.push(entry);
      continue;
    }
    const previous = kept.at(-1);
    if (previous && !previous.cluster) stack.pop();
    mergeIntoPrevious(kept, entry);
  }

  const tops = new Map<number, number>();
  let limit = Infinity;
  for (let i = stack.length - 1; i >= 0; i--) {
    const {k, top: highest} = stack[i];
    const h = height(k);
    const top = Math.max(highest, Math.min(position(k) - h / 2, limit - h));
    tops.set(k, top);
    limit = top - STACK_GAP;
  }
  return {entries: kept, tops};
}
