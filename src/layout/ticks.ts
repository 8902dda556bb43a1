import {bisectLeft, bisectRight} from 'd3-array';
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
import type {AxisTick, LinearPiece, MeasureText, Orientation, TimeScale} from './types.js';

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

/** Finest spacing of the ticks tried for a stretch that got none, px. */
const MIN_FILL_SPACING = 2;
/** How many ticks of a step, nearest the stretch's milestones, are tried for it. */
const FILL_CANDIDATES = 12;

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
  /**
   * The breaks' duration labels: ticks keep clear of them. One may move aside to let in the only
   * tick of a stretch, as long as its mark stays within its extent.
   */
  readonly breaks?: readonly BreakLabel[];
  /** Instants of the visible milestones, sorted: each stretch holding one gets a tick. */
  readonly milestones?: ArrayLike<number>;
  /** Room at the start and the end of the axis that ticks keep clear of (edge controls), px. */
  readonly keepClear?: {readonly start: number; readonly end: number};
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
 * whatever still collides is left out. Each stretch between breaks that holds a milestone gets
 * a tick, from a finer step if need be.
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
    if (finer.length > ticks.length) {
      ticks = finer;
      k--;
    }
  }
  const row = labelEveryStretch({ticks, breaks}, k, scale, options);
  return {
    ticks: row.ticks.map(({time, position, label}) => ({time, position, label})),
    breakPositions: row.breaks.map((label) => label.position),
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
  let width = options.measure(label, 'tick');
  // Beside a vertical axis, a plain label is better than none when the named one is too wide.
  if (named && options.orientation === 'vertical' && width > options.room) {
    ({label, named} = tickLabel(date, date, unit, options.locale));
    width = options.measure(label, 'tick');
  }
  const half = options.orientation === 'horizontal' ? width / 2 : TICK_LINE_HEIGHT / 2;
  return {time, position: scale.position(time), label, unit, half, named, width};
}

function fitsAxis(tick: Tick, options: TickOptions): boolean {
  const {start = 0, end = 0} = options.keepClear ?? {};
  const inside =
    tick.position - tick.half >= start && tick.position + tick.half <= options.length - end;
  return inside && (options.orientation === 'horizontal' || tick.width <= options.room);
}

/** Rounding slack for extents computed along different paths (a label moved aside), px. */
const SLACK = 1e-6;

/** Whether two extents along the axis keep {@link TICK_LABEL_GAP} between them. */
function clear(a: Extent, b: Extent): boolean {
  return (
    a.position + a.half + TICK_LABEL_GAP <= b.position - b.half + SLACK ||
    b.position + b.half + TICK_LABEL_GAP <= a.position - a.half + SLACK
  );
}

function clearOfBreaks(tick: Tick, breaks: readonly BreakLabel[]): boolean {
  return breaks.every((label) => clear(tick, label));
}

/** `tick` lies after `last` with room between their labels. */
function apart(last: Tick, tick: Tick): boolean {
  return last.position + last.half + TICK_LABEL_GAP <= tick.position - tick.half;
}

/** A stretch of the axis between breaks (or between an end and a break). */
interface Stretch {
  readonly piece: LinearPiece;
  /** Its extent along the axis, px. */
  readonly from: number;
  readonly to: number;
  /** The indices of its milestones in `TickOptions.milestones`: [first, end). */
  readonly first: number;
  readonly end: number;
}

/** Tick labels and break labels as they stand. */
interface AxisRow {
  readonly ticks: readonly Tick[];
  readonly breaks: readonly BreakLabel[];
}

function stretchesOf(scale: TimeScale, milestones: ArrayLike<number>): Stretch[] {
  return scale.pieces.map((piece, p) => {
    const first = bisectLeft(milestones, piece.start);
    return {
      piece,
      from: scale.range[2 * p],
      to: scale.range[2 * p + 1],
      first,
      // The piece's last instant belongs to it too.
      end: bisectRight(milestones, piece.end, first),
    };
  });
}

/** Whether a tick's label lies inside a stretch. */
function inside(stretch: Stretch, tick: Tick): boolean {
  return (
    tick.position - tick.half >= stretch.from - SLACK &&
    tick.position + tick.half <= stretch.to + SLACK
  );
}

function labelled(stretch: Stretch, ticks: readonly Tick[]): boolean {
  return ticks.some((tick) => inside(stretch, tick));
}

/**
 * Adds a tick to each stretch that holds a milestone and has no tick label inside it: from the
 * coarsest step that finds room, nearest the stretch's milestones. A break label in the way moves
 * aside if it can; failing that, ticks of other stretches may give way to it, as long as each
 * stretch with a milestone keeps a tick.
 */
function labelEveryStretch(
  row: AxisRow,
  k: number,
  scale: TimeScale,
  options: TickOptions,
): AxisRow {
  const {milestones} = options;
  if (!milestones || milestones.length === 0) return row;
  const stretches = stretchesOf(scale, milestones);
  for (const stretch of stretches) {
    if (stretch.first === stretch.end || labelled(stretch, row.ticks)) continue;
    row = fillStretch(stretch, row, k, {scale, options, stretches}) ?? row;
  }
  return row;
}

interface Fill {
  readonly scale: TimeScale;
  readonly options: TickOptions;
  readonly stretches: readonly Stretch[];
}

function fillStretch(stretch: Stretch, row: AxisRow, k: number, fill: Fill): AxisRow | undefined {
  const milestones = fill.options.milestones ?? [];
  const distance = (time: number) => {
    const at = bisectLeft(milestones, time, stretch.first, stretch.end);
    const after = at < stretch.end ? milestones[at] - time : Infinity;
    const before = at > stretch.first ? time - milestones[at - 1] : Infinity;
    return Math.min(after, before);
  };
  const {start, end} = stretch.piece;
  // Candidates nearest the milestones first, from the axis's step down to ticks 2 px apart; a
  // finer step is only listed when the coarser ones found no room.
  const candidates: number[][] = [];
  const candidatesAt = (s: number) =>
    (candidates[s] ??= STEPS[s].interval
      .range(new Date(start), new Date(end + 1))
      .map(Number)
      .sort((a, b) => distance(a) - distance(b)));
  // Ticks already drawn give way only when nothing else fits.
  for (const giveWay of [false, true]) {
    for (let s = k; s >= 0 && STEPS[s].duration * fill.scale.rate >= MIN_FILL_SPACING; s--) {
      // The nearest few: a stretch too short for any label would otherwise format and
      // measure every day or month of it, at every step, on every zoom step.
      for (const time of candidatesAt(s).slice(0, FILL_CANDIDATES)) {
        const found = withTick(time, STEPS[s].unit, stretch, row, giveWay, fill);
        if (found) return found;
      }
    }
  }
  return undefined;
}

/** The row with a tick at `time` inside `stretch`, if it fits. */
function withTick(
  time: number,
  unit: TickUnit,
  stretch: Stretch,
  row: AxisRow,
  giveWay: boolean,
  {scale, options, stretches}: Fill,
): AxisRow | undefined {
  const {ticks, breaks} = row;
  const at = ticks.findIndex((other) => other.time > time);
  const index = at < 0 ? ticks.length : at;
  const tick = makeTick(time, unit, ticks[index - 1], scale, options);
  if (!inside(stretch, tick)) return undefined;
  const moved = breaks.map((label) => (clear(tick, label) ? label : moveAside(label, tick)));
  // A label moved aside still covers its mark, stays inside the axis, and keeps clear of the
  // other break labels it was clear of.
  const movedFit = moved.every(
    (label, b) =>
      label === breaks[b] ||
      (Math.abs(label.position - label.mark) <= label.half + SLACK &&
        label.position - label.half >= -SLACK &&
        label.position + label.half <= options.length + SLACK &&
        moved.every((other, c) => c === b || clear(label, other) || !clear(breaks[b], breaks[c]))),
  );
  if (!movedFit) return undefined;
  const inTheWay = (other: Tick) =>
    !(other.time < time ? apart(other, tick) : apart(tick, other)) ||
    moved.some((label, b) => label !== breaks[b] && !clear(other, label));
  const blocking = ticks.filter(inTheWay);
  if (blocking.length > 0 && !giveWay) return undefined;
  const kept = ticks.filter((other) => !blocking.includes(other));
  // A tick gives way only where its stretch keeps another, or had none.
  const stillLabelled = stretches.every(
    (other) => other.first === other.end || labelled(other, kept) || !labelled(other, ticks),
  );
  if (!stillLabelled) return undefined;
  const settled = settle(
    [...kept, tick].sort((a, b) => a.time - b.time),
    moved,
    scale,
    options,
  );
  return settled && labelled(stretch, settled) ? {ticks: settled, breaks: moved} : undefined;
}

/**
 * The ticks labelled again from the first, each against the one before it (a tick given a new
 * neighbour may name fewer units, or more when one before it gave way), if every label still
 * fits and keeps clear.
 */
function settle(
  ticks: readonly Tick[],
  breaks: readonly BreakLabel[],
  scale: TimeScale,
  options: TickOptions,
): Tick[] | undefined {
  const settled: Tick[] = [];
  for (const {time, unit} of ticks) {
    const last = settled.at(-1);
    const tick = makeTick(time, unit, last, scale, options);
    const fits =
      fitsAxis(tick, options) && clearOfBreaks(tick, breaks) && (!last || apart(last, tick));
    if (!fits) return undefined;
    settled.push(tick);
  }
  return settled;
}

/** The break label moved just clear of `tick`, on its own side of it. */
function moveAside(label: BreakLabel, tick: Tick): BreakLabel {
  const position =
    label.position >= tick.position
      ? tick.position + tick.half + TICK_LABEL_GAP + label.half
      : tick.position - tick.half - TICK_LABEL_GAP - label.half;
  return {...label, position};
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
