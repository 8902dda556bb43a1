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

export interface TickOptions {
  readonly length: number;
  readonly orientation: Orientation;
  readonly locale: string;
  readonly measure: MeasureText;
  /** Widest tick label that fits beside a vertical axis, px. */
  readonly room: number;
  /** Stretches of the tick row (along the axis, px) taken by break labels: ticks keep clear. */
  readonly reserved?: readonly (readonly [number, number])[];
}

/**
 * Ticks for the linear pieces of the scale (never inside a break), labelled at the precision of
 * their step. Labels never overlap and never leave the axis: when they would collide the step is
 * coarsened, and whatever still collides is dropped.
 */
export function axisTicks(scale: TimeScale, options: TickOptions): AxisTick[] {
  if (!(scale.rate > 0) || !Number.isFinite(scale.rate)) return [];
  let k = STEPS.findIndex((step) => step.duration * scale.rate >= TICK_SPACING);
  if (k < 0) k = STEPS.length - 1;
  let ticks = ticksAt(k, scale, options);
  // A short axis may fit no more than one tick at the usual spacing: try one step finer.
  if (ticks.length < 2 && k > 0) {
    const finer = ticksAt(k - 1, scale, options);
    if (finer.length > ticks.length) ticks = finer;
  }
  return ticks;
}

/** Ticks at step `k`, coarsened while their labels collide; what still collides is dropped. */
function ticksAt(k: number, scale: TimeScale, options: TickOptions): AxisTick[] {
  for (let tries = 0; ; tries++, k++) {
    const fitting = candidateTicks(STEPS[k], scale, options).filter((tick) =>
      fitsAxis(tick, options),
    );
    const kept = dropColliding(fitting, options);
    if (kept.length === fitting.length || tries === 2 || k === STEPS.length - 1) return kept;
  }
}

interface Candidate extends AxisTick {
  readonly width: number;
}

function candidateTicks(step: TickStep, scale: TimeScale, options: TickOptions): Candidate[] {
  const ticks: Candidate[] = [];
  let previous: Date | undefined;
  for (const piece of scale.pieces) {
    for (const date of step.interval.range(new Date(piece.start), new Date(piece.end + 1))) {
      const label = tickLabel(date, previous, step.unit, options.locale);
      const time = +date;
      ticks.push({
        time,
        position: scale.position(time),
        label,
        width: options.measure(label, 'tick'),
      });
      previous = date;
    }
  }
  return ticks;
}

/** Half the extent of a tick label along the axis. */
function halfExtent(tick: Candidate, orientation: Orientation): number {
  return orientation === 'horizontal' ? tick.width / 2 : TICK_LINE_HEIGHT / 2;
}

function fitsAxis(tick: Candidate, options: TickOptions): boolean {
  const half = halfExtent(tick, options.orientation);
  const from = tick.position - half;
  const to = tick.position + half;
  const inside = from >= 0 && to <= options.length;
  const clear = (options.reserved ?? []).every(
    ([start, end]) => to + TICK_LABEL_GAP <= start || from >= end + TICK_LABEL_GAP,
  );
  return inside && clear && (options.orientation === 'horizontal' || tick.width <= options.room);
}

function dropColliding(ticks: readonly Candidate[], options: TickOptions): AxisTick[] {
  const kept: AxisTick[] = [];
  let edge = -Infinity;
  for (const tick of ticks) {
    const half = halfExtent(tick, options.orientation);
    if (tick.position - half < edge + TICK_LABEL_GAP) continue;
    kept.push({time: tick.time, position: tick.position, label: tick.label});
    edge = tick.position + half;
  }
  return kept;
}

/**
 * A label at the tick's precision ("2014", "Jul", "5 Jul", "14:00"), with the larger unit added
 * on the first tick and where it changes, so the axis can be read without context.
 */
function tickLabel(date: Date, previous: Date | undefined, unit: TickUnit, locale: string): string {
  const newYear = !previous || previous.getUTCFullYear() !== date.getUTCFullYear();
  const newDay = !previous || +utcDay.floor(previous) !== +utcDay.floor(date);
  let fields: Intl.DateTimeFormatOptions;
  switch (unit) {
    case 'year':
      fields = {year: 'numeric'};
      break;
    case 'month':
      fields = newYear ? {year: 'numeric', month: 'short'} : {month: 'short'};
      break;
    case 'day':
      fields = newYear
        ? {year: 'numeric', month: 'short', day: 'numeric'}
        : {month: 'short', day: 'numeric'};
      break;
    case 'hour':
    case 'minute':
      if (+utcDay.floor(date) === +date) fields = {month: 'short', day: 'numeric'};
      else if (newDay)
        fields = {month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit'};
      else fields = {hour: '2-digit', minute: '2-digit'};
      break;
    case 'second':
      fields = {hour: '2-digit', minute: '2-digit', second: '2-digit'};
      break;
  }
  return dateFormat(locale, fields).format(date);
}
