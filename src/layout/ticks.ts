import {
  utcDay,
  utcHour,
  utcMinute,
  utcMonday,
  utcMonth,
  utcSecond,
  utcYear,
  type CountableTimeInterval,
  type TimeInterval,
} from 'd3-time';
import {dateFormat} from '../shared/intl.js';
import {DAY, HOUR, MINUTE, MONTH, SECOND, YEAR} from '../shared/time-units.js';
import type {AxisTick, MeasureText, Orientation, TimeScale} from './types.js';

/** Wanted distance between ticks, px: about one tick per 80–100 px. */
const TICK_SPACING = 80;
/** Room kept free between two tick labels, or a tick label and a break label, px. */
export const TICK_LABEL_GAP = 8;
/**
 * Room between a vertical axis and the right edge of its tick labels, px: past the half-width
 * of a cluster marker (24 px, wider with a long count), so that no marker covers a tick label.
 */
export const TICK_OFFSET = 16;
/** Height of a tick label on a vertical axis, px. */
export const TICK_LINE_HEIGHT = 16;

type TickUnit = 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second';

interface TickStep {
  readonly interval: TimeInterval;
  readonly unit: TickUnit;
  /** Typical time between two ticks, ms. */
  readonly duration: number;
}

function every(
  interval: CountableTimeInterval,
  counts: readonly number[],
  unit: TickUnit,
  duration: number,
): TickStep[] {
  return counts.map((count) => ({
    interval: interval.every(count) ?? interval,
    unit,
    duration: duration * count,
  }));
}

/** Tick steps from finest to coarsest, as in d3's own time ticks. */
const STEPS: readonly TickStep[] = [
  ...every(utcSecond, [1, 5, 15, 30], 'second', SECOND),
  ...every(utcMinute, [1, 5, 15, 30], 'minute', MINUTE),
  ...every(utcHour, [1, 3, 6, 12], 'hour', HOUR),
  ...every(utcDay, [1, 2], 'day', DAY),
  {interval: utcMonday, unit: 'day', duration: 7 * DAY},
  ...every(utcMonth, [1, 3], 'month', MONTH),
  ...every(
    utcYear,
    [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000, 20_000, 50_000, 100_000],
    'year',
    YEAR,
  ),
];

/** A label's centre and half its extent along the axis, px. */
interface Extent {
  readonly position: number;
  readonly half: number;
}

/** A break's duration label in the tick row (horizontal) or column (vertical). */
export interface BreakLabel {
  /** Centre of the break mark along the axis, px. */
  readonly mark: number;
  /** Centre of the label along the axis, px. */
  readonly position: number;
  /** Half the label's extent along the axis, px. */
  readonly half: number;
}

export interface TickOptions {
  readonly length: number;
  readonly orientation: Orientation;
  readonly locale: string;
  readonly measure: MeasureText;
  /** Widest tick label that fits beside a vertical axis, px. */
  readonly room: number;
  /** The breaks' duration labels: ticks keep clear of them. */
  readonly breaks?: readonly BreakLabel[];
}

/** Ticks, and where the break labels ended up (in the order given). */
export interface AxisLabels {
  readonly ticks: AxisTick[];
  readonly breakPositions: number[];
}

/**
 * Ticks for the linear pieces of the scale (never inside a break), labelled at the precision of
 * their step. The first tick and every tick where a larger unit changes since the tick before
 * it name that unit ("Jul 2016", "Oct", "Jan 2017"). Labels never overlap each other or the
 * break labels and never leave the axis: when plain labels collide the step is coarsened, and
 * whatever still collides is left out.
 */
export function axisTicks(scale: TimeScale, options: TickOptions): AxisLabels {
  const breaks = options.breaks ?? [];
  if (!(scale.rate > 0) || !Number.isFinite(scale.rate)) {
    return {ticks: [], breakPositions: breaks.map((label) => label.position)};
  }
  let k = STEPS.findIndex((step) => step.duration * scale.rate >= TICK_SPACING);
  if (k < 0) k = STEPS.length - 1;
  let ticks = ticksAt(k, scale, options, breaks);
  // A short axis may fit no more than one tick at the usual spacing: try one step finer.
  if (ticks.length < 2 && k > 0) {
    const finer = ticksAt(k - 1, scale, options, breaks);
    if (finer.length > ticks.length) ticks = finer;
  }
  return {
    ticks: ticks.map(({time, position, label}) => ({time, position, label})),
    breakPositions: breaks.map((label) => label.position),
  };
}

interface Tick extends AxisTick {
  readonly unit: TickUnit;
  /** Half the extent of the label along the axis, px. */
  readonly half: number;
  /** The label is wider than the step's: it names a larger unit than the tick's own. */
  readonly named: boolean;
  readonly width: number;
}

/**
 * Ticks at step `k`, coarsened while plain labels collide; what still collides is left out. A
 * step that finds no room at all is not taken: the crowded one's ticks are better than none.
 */
function ticksAt(
  k: number,
  scale: TimeScale,
  options: TickOptions,
  breaks: readonly BreakLabel[],
): Tick[] {
  let crowdedTicks: Tick[] = [];
  for (let tries = 0; ; tries++, k++) {
    const {kept, crowded} = keepTicks(STEPS[k], scale, options, breaks);
    if (kept.length === 0 && crowdedTicks.length > 0) return crowdedTicks;
    if (!crowded || tries === 2 || k === STEPS.length - 1) return kept;
    crowdedTicks = kept;
  }
}

/**
 * One greedy pass from the start of the axis: each candidate is labelled against the last tick
 * kept, so the first one kept names its year however many were left out before it.
 */
function keepTicks(
  step: TickStep,
  scale: TimeScale,
  options: TickOptions,
  breaks: readonly BreakLabel[],
): {kept: Tick[]; crowded: boolean} {
  const kept: Tick[] = [];
  let crowded = false;
  for (const piece of scale.pieces) {
    for (const date of step.interval.range(new Date(piece.start), new Date(piece.end + 1))) {
      const last = kept.at(-1);
      const tick = makeTick(+date, step.unit, last, scale, options);
      if (!fitsAxis(tick, options) || !clearOfBreaks(tick, breaks)) continue;
      if (last && !apart(last, tick)) {
        // A label naming a larger unit is wider than the step was chosen for: it may push out
        // a neighbour without making the whole axis coarser.
        if (!last.named && !tick.named) crowded = true;
        continue;
      }
      kept.push(tick);
    }
  }
  return {kept, crowded};
}

function makeTick(
  time: number,
  unit: TickUnit,
  previous: Tick | undefined,
  scale: TimeScale,
  options: TickOptions,
): Tick {
  const date = new Date(time);
  let {label, named} = tickLabel(date, previous && new Date(previous.time), unit, options.locale);
  let width = options.measure(label);
  // Beside a vertical axis, a plain label is better than none when the named one is too wide.
  if (named && options.orientation === 'vertical' && width > options.room) {
    ({label, named} = tickLabel(date, date, unit, options.locale));
    width = options.measure(label);
  }
  const half = options.orientation === 'horizontal' ? width / 2 : TICK_LINE_HEIGHT / 2;
  return {time, position: scale.position(time), label, unit, half, named, width};
}

function fitsAxis(tick: Tick, options: TickOptions): boolean {
  const inside = tick.position - tick.half >= 0 && tick.position + tick.half <= options.length;
  return inside && (options.orientation === 'horizontal' || tick.width <= options.room);
}

/** Whether two extents along the axis keep {@link TICK_LABEL_GAP} between them. */
function clear(a: Extent, b: Extent): boolean {
  return (
    a.position + a.half + TICK_LABEL_GAP <= b.position - b.half ||
    b.position + b.half + TICK_LABEL_GAP <= a.position - a.half
  );
}

function clearOfBreaks(tick: Tick, breaks: readonly BreakLabel[]): boolean {
  return breaks.every((label) => clear(tick, label));
}

/** `tick` lies after `last` with room between their labels. */
function apart(last: Tick, tick: Tick): boolean {
  return last.position + last.half + TICK_LABEL_GAP <= tick.position - tick.half;
}

/**
 * A label at the tick's precision ("2014", "Jul", "6", "14:00") naming each larger unit that
 * changed since the tick before it, and every unit on the first tick, so that the axis can be
 * read without context: "Jul 2016", "Oct", "Jan 2017"; "5 Jul 2016", "6", "1 Aug";
 * "5 Jul 2016, 14:00", "18:00", "6 Jul". Dates as the locale writes them.
 */
function tickLabel(
  date: Date,
  previous: Date | undefined,
  unit: TickUnit,
  locale: string,
): {label: string; named: boolean} {
  const changed = (interval: TimeInterval) =>
    !previous || +interval.floor(previous) !== +interval.floor(date);
  const year: Intl.DateTimeFormatOptions = changed(utcYear) ? {year: 'numeric'} : {};
  let fields: Intl.DateTimeFormatOptions;
  let named = false;
  switch (unit) {
    case 'year':
      fields = {year: 'numeric'};
      break;
    case 'month':
      named = changed(utcYear);
      fields = {...year, month: 'short'};
      break;
    case 'day':
      named = changed(utcMonth);
      fields = named ? {...year, month: 'short', day: 'numeric'} : {day: 'numeric'};
      break;
    case 'hour':
    case 'minute':
    case 'second': {
      const time: Intl.DateTimeFormatOptions =
        unit === 'second'
          ? {hour: '2-digit', minute: '2-digit', second: '2-digit'}
          : {hour: '2-digit', minute: '2-digit'};
      named = changed(utcDay);
      const midnight = +utcDay.floor(date) === +date;
      fields = !named ? time : {...year, month: 'short', day: 'numeric', ...(midnight ? {} : time)};
      break;
    }
  }
  return {label: dateFormat(locale, fields).format(date), named};
}
