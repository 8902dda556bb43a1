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

/**
 * Milliseconds per pixel where time runs at its normal rate (breaks squeeze years into a few
 * pixels): the rate at which markers follow a drag.
 */
export function msPerPixel(scale: TimeScale): number {
  return scale.rate > 0 && Number.isFinite(scale.rate) ? 1 / scale.rate : 0;
}

/** The first and last instant of a scale: the range it shows. */
export function rangeOf(scale: TimeScale): TimeRange {
  return [scale.domain[0], scale.domain[scale.domain.length - 1]];
}

/**
 * `range` made valid against `home` (the whole timeline): its span between {@link MIN_SPAN}
 * and {@link MAX_SPAN_FACTOR} × home's span, its centre inside home so that some of the
 * timeline always shows.
 */
export function clampRange(range: TimeRange, home: TimeRange): TimeRange {
  const homeSpan = home[1] - home[0];
  const maxSpan = Math.max(MIN_SPAN, homeSpan * MAX_SPAN_FACTOR);
  const span = Math.min(maxSpan, Math.max(MIN_SPAN, Math.abs(range[1] - range[0])));
  const centre = Math.min(home[1], Math.max(home[0], (range[0] + range[1]) / 2));
  return [centre - span / 2, centre + span / 2];
}

/**
 * The span of time a zoom by `factor` (below 1 zooms in) asks for. Breaks squeeze empty years
 * into a few pixels, so a range with breaks draws its milestones further apart than its span
 * suggests. Zooming in therefore magnifies what is drawn at the normal rate, and zooming out
 * widens the range of time: in always shows more detail, out always shows more time.
 */
export function zoomedSpan(scale: TimeScale, factor: number): number {
  const [start, end] = rangeOf(scale);
  const length = scale.range[scale.range.length - 1] - scale.range[0];
  const drawn = msPerPixel(scale) * length;
  return factor < 1 && drawn > 0 ? drawn * factor : (end - start) * factor;
}

/**
 * A range of `span` (kept within limits) that puts `anchor` at `share` of it, so that the
 * instant under the pointer or the focused milestone stays where it was drawn.
 */
export function zoomRange(anchor: number, span: number, share: number, home: TimeRange): TimeRange {
  const maxSpan = Math.max(MIN_SPAN, (home[1] - home[0]) * MAX_SPAN_FACTOR);
  const wanted = Math.min(maxSpan, Math.max(MIN_SPAN, span));
  const from = anchor - Math.min(1, Math.max(0, share)) * wanted;
  return clampRange([from, from + wanted], home);
}

/** `range` moved later by `delta` ms (earlier when negative), its centre kept inside `home`. */
export function panRange(range: TimeRange, delta: number, home: TimeRange): TimeRange {
  return clampRange([range[0] + delta, range[1] + delta], home);
}

/** Share of the span kept between a revealed instant and the edge of the range. */
const REVEAL_MARGIN = 0.1;

/** The smallest move of `range` that shows `time` with a margin; `range` itself if it does. */
export function revealRange(range: TimeRange, time: number, home: TimeRange): TimeRange {
  const [start, end] = range;
  if (time >= start && time <= end) return range;
  const margin = (end - start) * REVEAL_MARGIN;
  const delta = time < start ? time - margin - start : time + margin - end;
  return panRange(range, delta, home);
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
  // Built once per locale and fields: every zoom or pan step announces its range.
  const format = dateFormat(locale, options);
  return [format.format(range[0]), format.format(range[1])];
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
