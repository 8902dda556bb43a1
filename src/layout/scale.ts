import {bisectLeft, bisector, bisectRight} from 'd3-array';
import {scaleUtc} from 'd3-scale';
import {utcDay, utcHour, utcMonth, utcYear} from 'd3-time';
import {DAY} from '../shared/time-units.js';
import {indexItems, type ItemIndex} from './item-index.js';
import type {GapMode, LayoutItem, LinearPiece, TimeRange, TimeScale} from './types.js';

/** Share of the content's time span added as padding at each end (and beside each break). */
const PADDING = 0.05;
/** A gap is long when it exceeds this multiple of the median of the other gaps… */
const GAP_MEDIAN_RATIO = 3;
/** …and this share of the whole span. */
const GAP_SPAN_SHARE = 0.15;
/** Length of a break mark on the axis, px, and its cap as a share of short axes. */
const BREAK_SIZE = 40;
const BREAK_SHARE = 0.06;

/** Shown when there is nothing to show: the year 2000, so that an empty axis still reads well. */
export const DEFAULT_DOMAIN: TimeRange = [Date.UTC(2000, 0, 1), Date.UTC(2001, 0, 1)];

/** A long empty stretch of time that the scale squeezes into a break mark. */
export interface TimeGap {
  /** The empty stretch between two instants, ms. */
  readonly start: number;
  readonly end: number;
  /** The part of it squeezed into the mark; the rest keeps the normal scale, ms. */
  readonly from: number;
  readonly to: number;
}

/** What the scale will show, decided before any pixel is known except the axis length. */
export interface ScalePlan {
  readonly domain: readonly [number, number];
  /** Indices of the items inside the domain, in input order. */
  readonly visible: Int32Array;
  readonly gaps: readonly TimeGap[];
  /** Length of each break mark, px. */
  readonly breakSize: number;
}

/**
 * Decides the visible domain, which items fall inside it and which gaps become breaks.
 *
 * The breaks are always those of the whole timeline (its home view): a zoomed or panned view
 * shows the home view's breaks where they fall inside it, so that a compressed gap stays
 * compressed under the reader's hand, and the axis never changes type while zooming.
 */
export function planTimeScale(
  items: readonly LayoutItem[],
  options: {
    readonly length: number;
    readonly gaps: GapMode;
    readonly domain?: readonly [number, number] | undefined;
  },
): ScalePlan {
  const home = homePlan(items, options.gaps, options.length);
  const zoom = zoomDomain(options.domain);
  if (!zoom) return home;
  const visible = visibleItems(indexItems(items), zoom);
  return {domain: zoom, visible, gaps: home.gaps, breakSize: home.breakSize};
}

// Keyed by the item array, as the index is: every zoom and pan step of a view asks again.
const homes = new WeakMap<readonly LayoutItem[], Map<string, ScalePlan>>();

/**
 * The home view's plan: the data extent padded by {@link PADDING} of the time the axis really
 * shows (the extent less the compressed gaps), so that breaks do not inflate the padding, and
 * the long empty stretches that earn a break at this length.
 */
function homePlan(items: readonly LayoutItem[], mode: GapMode, length: number): ScalePlan {
  let known = homes.get(items);
  if (!known) {
    known = new Map();
    homes.set(items, known);
  }
  const key = `${mode}|${length}`;
  let plan = known.get(key);
  if (!plan) {
    // A page resized by hand asks for many lengths: keep the last few.
    if (known.size > 8) known.clear();
    plan = planHome(items, mode, length);
    known.set(key, plan);
  }
  return plan;
}

function planHome(items: readonly LayoutItem[], mode: GapMode, length: number): ScalePlan {
  const index = indexItems(items);
  const visible = visibleItems(index, undefined);
  if (visible.length === 0) return {domain: DEFAULT_DOMAIN, visible, gaps: [], breakSize: 0};
  let lo = Infinity;
  let hi = -Infinity;
  for (const i of visible) {
    lo = Math.min(lo, index.starts[i]);
    hi = Math.max(hi, index.ends[i]);
  }
  if (hi <= lo) return {domain: windowAround(lo), visible, gaps: [], breakSize: 0};

  const span = hi - lo;
  const found = mode === 'linear' ? [] : findLongGaps(index, visible, lo, hi);
  const content = span - found.reduce((sum, gap) => sum + gap.end - gap.start, 0);
  const padding = PADDING * content;
  const domain: [number, number] = [lo - padding, hi + padding];
  const gaps = found.map((gap) => {
    const margin = Math.min(padding, (gap.end - gap.start) / 4);
    return {...gap, from: gap.start + margin, to: gap.end - margin};
  });
  const breakSize = Math.min(BREAK_SIZE, BREAK_SHARE * length);
  // A break only earns its place when the gap would take more room than the mark.
  const squeezed = gaps.reduce((sum, gap) => sum + gap.to - gap.from, 0);
  const rate = (length - gaps.length * breakSize) / (domain[1] - domain[0] - squeezed);
  const kept = gaps.filter((gap) => (gap.to - gap.from) * rate > breakSize);
  return {domain, visible, gaps: kept, breakSize: kept.length ? breakSize : 0};
}

/**
 * The whole timeline's range, as drawn when not zoomed: the padded extent of every item. It does
 * not depend on the axis length.
 */
export function homeRange(items: readonly LayoutItem[], gaps: GapMode): TimeRange {
  return homePlan(items, gaps, 1).domain;
}

/**
 * The items a zoom domain shows (all of them without one). Items are sorted by start, so the
 * window is found by binary search: a zoom or pan step costs what it shows, not the timeline.
 */
function visibleItems(index: ItemIndex, zoom: readonly [number, number] | undefined): Int32Array {
  const {starts, finite} = index;
  const first = zoom ? bisectLeft(starts, zoom[0]) : 0;
  if (finite) {
    const end = zoom ? bisectRight(starts, zoom[1]) : starts.length;
    const visible = new Int32Array(Math.max(0, end - first));
    for (let k = 0; k < visible.length; k++) visible[k] = first + k;
    return visible;
  }
  // Items without a finite start are left out one by one.
  const visible: number[] = [];
  for (let i = first; i < starts.length; i++) {
    if (!Number.isFinite(starts[i])) continue;
    if (zoom && starts[i] > zoom[1]) break;
    visible.push(i);
  }
  return Int32Array.from(visible);
}

/**
 * The starts of the visible items, in order: a view into the index when they are one run (the
 * usual case), so no copy is made.
 */
export function visibleStarts(index: ItemIndex, visible: Int32Array): Float64Array {
  if (index.finite && visible.length > 0) {
    return index.starts.subarray(visible[0], visible[0] + visible.length);
  }
  return Float64Array.from(visible, (i) => index.starts[i]);
}

/**
 * Builds the piecewise (polylinear) D3 time scale for a plan and an axis length:
 * `scaleUtc().domain(stops).range(pixels)`. Linear pieces share one rate; each compressed gap is
 * a piece of `breakSize` px, or of its share of that where the view cuts through it. The stops
 * include the breaks outside the view too, so that positions past the view's ends (where a pan
 * or a zoom may go) follow the same axis, and the end pieces are linear, so that beyond the
 * stops time runs at the common rate.
 *
 * Ticks come from d3-time intervals (ticks.ts) and are labelled with Intl, not with the scale's
 * own tick format. The standalone bundle swaps the parts of d3-scale's dependencies that never
 * run here (colour interpolation, d3's tick-format locale) for stand-ins in src/standalone.
 */
export function buildTimeScale(plan: ScalePlan, length: number, offset = 0): TimeScale {
  const [start, end] = plan.domain;
  const {breakSize} = plan;
  // How much of each gap the view shows, as time and as a share of its break.
  let linearTime = end - start;
  let breakShare = 0;
  for (const gap of plan.gaps) {
    const shown = Math.min(end, gap.to) - Math.max(start, gap.from);
    if (shown <= 0) continue;
    linearTime -= shown;
    breakShare += shown / (gap.to - gap.from);
  }
  let rate = (length - breakSize * breakShare) / linearTime;
  let gaps: readonly TimeGap[] = plan.gaps;
  // A view asked for inside a gap (by zoomTo) has no linear time to spread: it is drawn linear.
  if (!(linearTime > 0 && rate > 0 && Number.isFinite(rate))) {
    gaps = [];
    rate = length / (end - start);
  }
  const stops = [start, end];
  for (const gap of gaps) stops.push(gap.from, gap.to);
  stops.sort((a, b) => a - b);
  const domain = stops.filter((stop, i) => i === 0 || stop > stops[i - 1]);
  const gapOf = (from: number, to: number) => gaps.find((gap) => gap.from <= from && to <= gap.to);
  // Beyond the stops d3 extends the end pieces: make sure they are linear ones.
  const guard = DAY * 366;
  if (gapOf(domain[0], domain[1])) domain.unshift(domain[0] - guard);
  if (gapOf(domain[domain.length - 2], domain[domain.length - 1]))
    domain.push(domain.at(-1)! + guard);

  const drawn = [0];
  const pieces: LinearPiece[] = [];
  for (let i = 1; i < domain.length; i++) {
    const from = domain[i - 1];
    const to = domain[i];
    const gap = gapOf(from, to);
    drawn.push(
      drawn[i - 1] + (gap ? (breakSize * (to - from)) / (gap.to - gap.from) : (to - from) * rate),
    );
    const clipped = {start: Math.max(from, start), end: Math.min(to, end)};
    if (!gap && clipped.end > clipped.start) pieces.push(clipped);
  }
  const origin = drawn[domain.indexOf(start)];
  const range = drawn.map((position) => position - origin + offset);
  // Rounding must not push the last instant past the end of the axis.
  range[domain.indexOf(end)] = length + offset;
  const scale = scaleUtc().domain(domain).range(range);
  return {
    position: (time) => scale(time),
    invert: (position) => +scale.invert(position),
    domain,
    range,
    pieces,
    rate,
    visible: [start, end],
    breaks: gaps.map((gap): TimeRange => [gap.from, gap.to]),
    breakSize: gaps.length ? breakSize : 0,
  };
}

/** A zoom domain in increasing order, widened around a single instant; `undefined` if unusable. */
function zoomDomain(domain: readonly [number, number] | undefined): [number, number] | undefined {
  if (!domain || !Number.isFinite(domain[0]) || !Number.isFinite(domain[1])) return undefined;
  const lo = Math.min(domain[0], domain[1]);
  const hi = Math.max(domain[0], domain[1]);
  // Under a millisecond (a range of one instant, or of rounding dust) the scale would divide by
  // almost nothing: a window around the instant instead.
  return hi - lo >= 1 ? [lo, hi] : windowAround(lo);
}

/**
 * A window around one instant sized by how round the instant is: a year either side of
 * 1 January, a month either side of the first of a month, a day around midnight, else an hour.
 */
export function windowAround(time: number): [number, number] {
  const date = new Date(time);
  const interval =
    [utcYear, utcMonth, utcDay].find((unit) => +unit.floor(date) === time) ?? utcHour;
  const window: [number, number] = [+interval.offset(date, -1), +interval.offset(date, 1)];
  return Number.isFinite(window[0]) && Number.isFinite(window[1])
    ? window
    : [time - DAY, time + DAY];
}

/**
 * The empty stretches between consecutive distinct instants (starts and span ends) that are
 * long both against the median of the other gaps and against the whole span. A stretch covered
 * by a span is not empty and is never compressed.
 */
function findLongGaps(
  index: ItemIndex,
  visible: Int32Array,
  lo: number,
  hi: number,
): {start: number; end: number}[] {
  const points = sortedPoints(index, visible, lo, hi);
  const shortest = GAP_SPAN_SHARE * (hi - lo);
  // Dense data usually has no stretch this long: then nothing is allocated or sorted.
  let longest = 0;
  for (let i = 1; i < points.length; i++) longest = Math.max(longest, points[i] - points[i - 1]);
  if (longest <= shortest) return [];

  // One stretch per pair of distinct neighbours, in typed arrays: this runs over every milestone.
  const count = points.length;
  const starts = new Float64Array(count);
  const lengths = new Float64Array(count);
  let stretches = 0;
  for (let i = 1; i < count; i++) {
    if (points[i] > points[i - 1]) {
      starts[stretches] = points[i - 1];
      lengths[stretches++] = points[i] - points[i - 1];
    }
  }
  if (stretches < 2) return [];

  // The median (a sort) and the spans' reach are computed for the first long stretch only.
  let sortedLengths: Float64Array | undefined;
  let reach: Float64Array | undefined;
  const gaps: {start: number; end: number}[] = [];
  for (let g = 0; g < stretches; g++) {
    const length = lengths[g];
    if (length <= shortest) continue;
    sortedLengths ??= lengths.slice(0, stretches).sort();
    // The stretch's own length is left out: the last of its value in the sorted lengths.
    const median = medianWithout(sortedLengths, bisectRight(sortedLengths, length) - 1);
    if (length <= GAP_MEDIAN_RATIO * median) continue;
    const start = starts[g];
    const end = start + length;
    reach ??= furthestEnds(index, visible);
    if (coveredBySpan(index, visible, reach, start, end)) continue;
    gaps.push({start, end});
  }
  return gaps;
}

/**
 * The visible items' starts and span ends within [lo, hi], sorted. Without spans these are the
 * starts themselves, already sorted: a view into the index.
 */
function sortedPoints(index: ItemIndex, visible: Int32Array, lo: number, hi: number): Float64Array {
  const first = visible[0];
  const end = visible[visible.length - 1] + 1;
  if (index.finite && index.spans[end] === index.spans[first]) {
    return index.starts.subarray(first, end);
  }
  const points = new Float64Array(visible.length * 2);
  let count = 0;
  for (const i of visible) {
    const start = index.starts[i];
    points[count++] = Math.min(Math.max(start, lo), hi);
    if (index.ends[i] > start) points[count++] = Math.min(index.ends[i], hi);
  }
  return points.subarray(0, count).sort();
}

/** For each visible item, the furthest end among it and the visible items before it. */
function furthestEnds({ends}: ItemIndex, visible: Int32Array): Float64Array {
  const reach = new Float64Array(visible.length);
  let furthest = -Infinity;
  visible.forEach((i, k) => {
    furthest = Math.max(furthest, ends[i]);
    reach[k] = furthest;
  });
  return reach;
}

function coveredBySpan(
  {starts}: ItemIndex,
  visible: Int32Array,
  reach: Float64Array,
  start: number,
  end: number,
): boolean {
  // The visible items starting at or before `start` (items are sorted by start).
  const before = bisector((i: number) => starts[i]).right(visible, start);
  return before > 0 && reach[before - 1] >= end;
}

/** Median of a sorted array with the element at `skip` left out. */
function medianWithout(sorted: Float64Array, skip: number): number {
  const n = sorted.length - 1;
  const at = (k: number) => sorted[k < skip ? k : k + 1];
  return n % 2 === 1 ? at((n - 1) / 2) : (at(n / 2 - 1) + at(n / 2)) / 2;
}
