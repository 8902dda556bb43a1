import {scaleUtc, type ScaleTime} from 'd3-scale';
import {utcDay, utcMonth, utcYear, type CountableTimeInterval} from 'd3-time';
import {parsePartialDate, type DatePrecision} from '../model/index.js';
import {dateFormat} from '../shared/intl.js';
import {DAY, YEAR} from '../shared/time-units.js';
import type {TimeRange, TimeScale} from './types.js';

/** Shortest span zoom can show: one day. */
export const MIN_SPAN = DAY;
/** Zooming out stops at this multiple of the whole timeline's span. */
export const MAX_SPAN_FACTOR = 1.5;

/** The period a partial date stands for; finer precisions stand for their instant. */
const PERIODS: Partial<Record<DatePrecision, CountableTimeInterval>> = {
  year: utcYear,
  month: utcMonth,
  day: utcDay,
};

/** A date as `zoomTo` accepts it: a Date, ms since the epoch, or ISO 8601 text. */
export type Instant = Date | number | string;

/**
 * Milliseconds since the epoch of a date given to `zoomTo`, or `NaN` when it is not a date.
 * Text keeps its precision as an edge: as an `end`, `"2017"` means the end of 2017, so that
 * `zoomTo('2007', '2017')` shows all of both years.
 */
export function toInstant(value: Instant, edge: 'start' | 'end'): number {
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'number') return value;
  const parsed = parsePartialDate(String(value));
  if (typeof parsed === 'string') return NaN;
  if (edge === 'start') return parsed.time;
  const period = PERIODS[parsed.precision];
  return period ? +period.offset(new Date(parsed.time), 1) : parsed.time;
}

/** The range of time a scale's axis shows. */
export function rangeOf(scale: TimeScale): TimeRange {
  return scale.visible;
}

/**
 * `range` made valid against `home` (the whole timeline): its span between {@link MIN_SPAN}
 * and {@link MAX_SPAN_FACTOR} × home's span, its centre inside home so that some of the
 * timeline always shows. For ranges asked for by time (`zoomTo`).
 */
export function clampRange(range: TimeRange, home: TimeRange): TimeRange {
  const homeSpan = home[1] - home[0];
  const maxSpan = Math.max(MIN_SPAN, homeSpan * MAX_SPAN_FACTOR);
  const span = Math.min(maxSpan, Math.max(MIN_SPAN, Math.abs(range[1] - range[0])));
  const centre = Math.min(home[1], Math.max(home[0], (range[0] + range[1]) / 2));
  return [centre - span / 2, centre + span / 2];
}

// Zoom and pan act on what is drawn: in pixels of the axis, with every break keeping its size,
// so that markers follow the pointer 1:1 and a compressed gap stays compressed in view.

/** Where the axis of a scale starts and how long it is, px. */
function axisOf(scale: TimeScale): {start: number; length: number} {
  const start = scale.position(scale.visible[0]);
  return {start, length: scale.position(scale.visible[1]) - start};
}

/** Whether the piece of the scale from stop `i` to stop `i + 1` is (part of) a break. */
function isBreakPiece(scale: TimeScale, i: number): boolean {
  const from = scale.domain[i];
  const to = scale.domain[i + 1];
  return scale.breaks.some(([start, end]) => start <= from && to <= end);
}

/**
 * The scale redrawn at `rate` px per ms in its linear pieces (breaks keep their size), moved so
 * that `time` sits at `position` px: a d3 polylinear scale over the same stops.
 */
function redrawn(
  scale: TimeScale,
  rate: number,
  time: number,
  position: number,
): ScaleTime<number, number> {
  const {domain, range} = scale;
  const drawn = [0];
  for (let i = 1; i < domain.length; i++) {
    const width = isBreakPiece(scale, i - 1)
      ? range[i] - range[i - 1]
      : (domain[i] - domain[i - 1]) * rate;
    drawn.push(drawn[i - 1] + width);
  }
  const view = scaleUtc().domain(domain).range(drawn);
  const shift = position - view(time);
  return view.range(drawn.map((at) => at + shift));
}

/** The linear time and the number of (whole or partial) breaks within `[start, end]`. */
function contents(scale: TimeScale, [start, end]: TimeRange): {linear: number; breaks: number} {
  let linear = end - start;
  let breaks = 0;
  for (const [from, to] of scale.breaks) {
    const shown = Math.min(end, to) - Math.max(start, from);
    if (shown <= 0) continue;
    linear -= shown;
    breaks += shown / (to - from);
  }
  return {linear, breaks};
}

/**
 * The rates zoom may reach: in, until the axis shows {@link MIN_SPAN}; out, until the whole
 * timeline takes 1 / {@link MAX_SPAN_FACTOR} of the axis.
 */
function rateLimits(scale: TimeScale, home: TimeRange): {min: number; max: number} {
  const {length} = axisOf(scale);
  const max = length / MIN_SPAN;
  const {linear, breaks} = contents(scale, home);
  const min = (length / MAX_SPAN_FACTOR - scale.breakSize * breaks) / Math.max(linear, 1);
  return {min: Math.min(Math.max(min, 0), max), max};
}

/**
 * The range a redrawn axis shows once kept at the data: zoomed in, the whole timeline still
 * covers the axis (a pan stops where its first or last milestone, with home's margin, reaches
 * the edge); zoomed out, it stays wholly on the axis.
 */
function keptAtData(view: ScaleTime<number, number>, scale: TimeScale, home: TimeRange): TimeRange {
  const {start, length} = axisOf(scale);
  const end = start + length;
  const first = view(home[0]);
  const last = view(home[1]);
  let shift = 0;
  if (last - first >= length) {
    if (first > start) shift = start - first;
    else if (last < end) shift = end - last;
  } else if (first < start) shift = start - first;
  else if (last > end) shift = end - last;
  return [+view.invert(start - shift), +view.invert(end - shift)];
}

/** Whether zooming in would show more detail. */
export function canZoomIn(scale: TimeScale, home: TimeRange): boolean {
  return scale.rate < rateLimits(scale, home).max * (1 - 1e-9);
}

/** Whether zooming out would show more time. */
export function canZoomOut(scale: TimeScale, home: TimeRange): boolean {
  return scale.rate > rateLimits(scale, home).min * (1 + 1e-9);
}

/**
 * The range shown after zooming by `factor` (below 1 zooms in) around the point `anchor` px
 * along the axis: the instant drawn there stays there, linear stretches grow or shrink and
 * breaks keep their size, within the limits of zoom and kept at the data.
 */
export function zoomAround(
  scale: TimeScale,
  home: TimeRange,
  factor: number,
  anchor: number,
): TimeRange {
  const limits = rateLimits(scale, home);
  const rate = Math.min(limits.max, Math.max(limits.min, scale.rate / factor));
  return keptAtData(redrawn(scale, rate, scale.invert(anchor), anchor), scale, home);
}

/**
 * The range shown once what is drawn moves `delta` px along the axis (forward brings earlier
 * time into view): every marker moves by exactly `delta`, until the data's edge stops it.
 */
export function panBy(scale: TimeScale, home: TimeRange, delta: number): TimeRange {
  const {start} = axisOf(scale);
  return keptAtData(redrawn(scale, scale.rate, scale.invert(start), start + delta), scale, home);
}

/** Share of the axis kept between a revealed instant and the edge. */
const REVEAL_MARGIN = 0.1;

/** The smallest pan that shows `time` with a margin; the range drawn now if it shows. */
export function revealTime(scale: TimeScale, home: TimeRange, time: number): TimeRange {
  const {start, length} = axisOf(scale);
  const position = scale.position(time);
  const margin = length * REVEAL_MARGIN;
  if (position >= start && position <= start + length) return scale.visible;
  const target = position < start ? start + margin : start + length - margin;
  return panBy(scale, home, target - position);
}

/** True when two ranges are the same to the millisecond. */
export function sameRange(a: TimeRange | null, b: TimeRange | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.round(a[0]) === Math.round(b[0]) && Math.round(a[1]) === Math.round(b[1]);
}

/**
 * The ends of a range as people say them at a precision that tells them apart: years for a
 * range of years ("2007", "2017"), months for a range of months, else days.
 */
export function formatRange(range: TimeRange, locale: string): [string, string] {
  const span = range[1] - range[0];
  const options: Intl.DateTimeFormatOptions =
    span >= 3 * YEAR
      ? {year: 'numeric'}
      : span >= 90 * MIN_SPAN
        ? {year: 'numeric', month: 'long'}
        : {year: 'numeric', month: 'long', day: 'numeric'};
  // Built once per locale and fields: every zoom or pan step announces its range. The end is
  // exclusive (zoomTo('1995', '2001') ends as 2002 begins), so its last millisecond is named.
  const format = dateFormat(locale, options);
  return [format.format(range[0]), format.format(Math.max(range[0], range[1] - 1))];
}

/**
 * The index nearest to `index`, towards `range`, whose instant lies in it (instants in
 * increasing order, `time(i)` for `i` below `count`): where the tab stop goes when a zoom or pan
 * leaves its milestone outside the view. `index` itself when it shows or when none does.
 */
export function nearestInRange(
  count: number,
  time: (i: number) => number,
  index: number,
  [start, end]: TimeRange,
): number {
  const inRange = (i: number) => time(i) >= start && time(i) <= end;
  if (index < 0 || index >= count || inRange(index)) return index;
  let i = index;
  if (time(i) < start) while (i < count - 1 && time(i) < start) i++;
  else while (i > 0 && time(i) > end) i--;
  return inRange(i) ? i : index;
}
