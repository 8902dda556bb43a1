import {groupMarkers, type Entry} from './clusters.js';
import {formatDuration} from './duration.js';
import {safeLocale} from './intl.js';
import {horizontalLabelWidth, labelContent, type LabelContent} from './labels.js';
import {
  horizontalBands,
  MARKER_ROOM,
  MAX_SLOTS,
  placeInLanes,
  slotSide,
  STACK_GAP,
  stackAlongAxis,
} from './lanes.js';
import {measureCache} from './measure.js';
import {buildTimeScale, endOf, planTimeScale, type ScalePlan, type TimeScale} from './scale.js';
import {
  assignBarLanes,
  BAR_GAP,
  BAR_THICKNESS,
  barExtent,
  barLaneCount,
  type BarLanes,
} from './spans.js';
import {axisTicks, TICK_OFFSET} from './ticks.js';
import type {
  AxisBreak,
  Box,
  LayoutItem,
  LayoutOptions,
  MeasureText,
  Orientation,
  PlacedCluster,
  PlacedMilestone,
  TimelineLayout,
} from './types.js';

/** Where a vertical axis sits at least, px from the left, and at most, as a share of the width. */
const VERTICAL_AXIS_MIN = 24;
const VERTICAL_AXIS_SHARE = 0.4;
/** Label widths along a vertical axis, px. */
const VERTICAL_LABEL_MAX = 320;
const VERTICAL_LABEL_MIN = 64;
/** Margin kept at the far edge of the plot, px. */
const EDGE = 4;
const BAR_PITCH = BAR_THICKNESS + BAR_GAP;

/** Everything both orientations share once the scale is planned. */
interface Context {
  readonly items: readonly LayoutItem[];
  readonly plan: ScalePlan;
  readonly length: number;
  readonly crossLength: number;
  readonly locale: string;
  readonly measure: MeasureText;
}

/** Placement of one milestone in plot coordinates, before it becomes a `PlacedMilestone`. */
interface Placement {
  readonly side: 'before' | 'after';
  readonly lane: number;
  readonly label: Box;
}

/**
 * Lays out a timeline: the time scale (with long empty stretches compressed into breaks unless
 * `gaps` is `linear`), axis ticks, milestone markers, span bars, labels in lanes, and clusters
 * where markers are too dense or labels do not fit. Pure and deterministic.
 *
 * Items must be sorted by start. Items outside `options.domain` (zoom) are not placed: their
 * indices appear in neither `milestones` nor `clusters`; every other item appears exactly once.
 * A span counts as inside when its start is. Horizontally the plot is `length` wide and as tall
 * as the lanes used (at most `crossLength`, unless even one lane is taller); vertically
 * `length` is the minimum height, grown when the labels need more.
 *
 * @example
 * const layout = layoutTimeline(items, {
 *   length: 1280,
 *   crossLength: 400,
 *   orientation: 'horizontal',
 *   measure: (text) => context.measureText(text).width,
 * });
 */
export function layoutTimeline(
  items: readonly LayoutItem[],
  options: LayoutOptions,
): TimelineLayout {
  const length = positiveOr(options.length, 1);
  const context: Context = {
    items,
    plan: planTimeScale(items, {length, gaps: options.gaps ?? 'auto', domain: options.domain}),
    length,
    crossLength: positiveOr(options.crossLength, 1),
    locale: safeLocale(options.locale),
    measure: measureCache(options.measure),
  };
  return options.orientation === 'vertical' ? layoutVertical(context) : layoutHorizontal(context);
}

function layoutHorizontal(context: Context): TimelineLayout {
  const {items, plan, length, crossLength, measure} = context;
  const scale = buildTimeScale(plan, length);
  const positions = positionsOf(scale, context);
  const bars = assignBarLanes(
    groupMarkers(positions, startsOf(context)),
    spanExtent(scale, positions, context),
  );
  const maxWidth = horizontalLabelWidth(length);
  const label = labelCache((k) => labelContent(items[plan.visible[k]], maxWidth, measure));

  const arrange = (slots: number) => {
    const lanes = placeInLanes(bars.entries, slots, length, (k) => positions[k], label);
    const barLanes = barLaneCount(lanes.entries, bars.lanes);
    return {lanes, bands: horizontalBands(lanes, label, barLanes, BAR_PITCH)};
  };
  // Fewer lanes mean more clusters: use as many as the allowed height holds.
  let slots = MAX_SLOTS;
  let arranged = arrange(slots);
  while (arranged.bands.height > crossLength && slots > 1) arranged = arrange(--slots);
  const {lanes, bands} = arranged;

  const placements = new Map<number, Placement>();
  for (const [k, {slot, x}] of lanes.placements) {
    const {side, lane} = slotSide(slot);
    const {width, height} = label(k);
    const top = bands.laneTop[slot];
    const y = side === 'before' ? top + bands.laneHeight[slot] - height : top;
    placements.set(k, {side, lane, label: {x, y, width, height}});
  }
  const barBox = (lane: number, start: number, end: number): Box => ({
    x: start,
    y: bands.bars + lane * BAR_PITCH,
    width: barExtent(start, end),
    height: BAR_THICKNESS,
  });
  return assemble(context, scale, positions, {
    entries: lanes.entries,
    bars,
    barBox,
    placements,
    label,
    width: length,
    height: bands.height,
    axis: bands.axis,
    orientation: 'horizontal',
    tickRoom: Infinity,
  });
}

function layoutVertical(context: Context): TimelineLayout {
  const {items, plan, length, crossLength, measure} = context;
  const initial = buildTimeScale(plan, length);
  const initialPositions = positionsOf(initial, context);
  const bars = assignBarLanes(
    groupMarkers(initialPositions, startsOf(context)),
    spanExtent(initial, initialPositions, context),
  );
  const barLanes = barLaneCount(bars.entries, bars.lanes);
  const axis = verticalAxis(initial, context);
  const barsLeft = axis + MARKER_ROOM;
  const labelX = barsLeft + barLanes * BAR_PITCH + EDGE;
  const maxWidth = Math.max(
    VERTICAL_LABEL_MIN,
    Math.min(VERTICAL_LABEL_MAX, crossLength - labelX - EDGE),
  );
  const label = labelCache((k) => labelContent(items[plan.visible[k]], maxWidth, measure));

  const stacked = bars.entries.filter((entry) => !entry.cluster).map((entry) => entry.from);
  const heights = stacked.map((k) => label(k).height);
  const needed =
    heights.reduce((sum, height) => sum + height, 0) + STACK_GAP * (heights.length - 1);
  const height = Math.max(length, needed);
  // Growing the axis only spreads markers apart, so the grouping made at `length` still holds.
  const scale = height > length ? buildTimeScale(plan, height) : initial;
  const positions = height > length ? positionsOf(scale, context) : initialPositions;
  const tops = stackAlongAxis(
    stacked.map((k) => positions[k]),
    heights,
    height,
  );
  const placements = new Map<number, Placement>();
  stacked.forEach((k, i) => {
    const {width, height: labelHeight} = label(k);
    placements.set(k, {
      side: 'after',
      lane: 0,
      label: {x: labelX, y: tops[i], width, height: labelHeight},
    });
  });
  const barBox = (lane: number, start: number, end: number): Box => ({
    x: barsLeft + lane * BAR_PITCH,
    y: start,
    width: BAR_THICKNESS,
    height: barExtent(start, end),
  });
  return assemble(context, scale, positions, {
    entries: bars.entries,
    bars,
    barBox,
    placements,
    label,
    width: Math.max(crossLength, labelX + maxWidth + EDGE),
    height,
    axis,
    orientation: 'vertical',
    tickRoom: axis - TICK_OFFSET,
  });
}

interface Assembly {
  readonly orientation: Orientation;
  readonly entries: readonly Entry[];
  readonly bars: BarLanes;
  readonly barBox: (lane: number, start: number, end: number) => Box;
  readonly placements: ReadonlyMap<number, Placement>;
  readonly label: (k: number) => LabelContent;
  readonly width: number;
  readonly height: number;
  readonly axis: number;
  /** Widest tick label beside a vertical axis, px. */
  readonly tickRoom: number;
}

/** Turns entries and placements into the public layout. */
function assemble(
  context: Context,
  scale: TimeScale,
  positions: Float64Array,
  assembly: Assembly,
): TimelineLayout {
  const {items, plan, locale, measure} = context;
  const {entries, placements, axis} = assembly;
  const {orientation} = assembly;
  const horizontal = orientation === 'horizontal';
  const marker = (position: number) =>
    horizontal ? {x: position, y: axis} : {x: axis, y: position};
  const endPosition = spanEnd(scale, context);

  const milestones: PlacedMilestone[] = [];
  const clusters: PlacedCluster[] = [];
  for (const entry of entries) {
    if (entry.cluster) {
      const indices = plan.visible.slice(entry.from, entry.to);
      let sum = 0;
      let end = -Infinity;
      for (let k = entry.from; k < entry.to; k++) {
        sum += positions[k];
        end = Math.max(end, endOf(items[plan.visible[k]]));
      }
      const position = sum / indices.length;
      clusters.push({
        indices,
        position,
        marker: marker(position),
        start: items[indices[0]].start,
        end,
      });
      continue;
    }
    const k = entry.from;
    const index = plan.visible[k];
    const placement = placements.get(k);
    if (!placement) throw new Error(`unreachable: milestone ${index} has no label`);
    const position = positions[k];
    const along = horizontal ? placement.label.x : placement.label.y;
    const extent = horizontal ? placement.label.width : placement.label.height;
    const end = endPosition(index);
    const lane = assembly.bars.lanes.get(k);
    milestones.push({
      index,
      position,
      ...(end === undefined ? {} : {endPosition: end}),
      marker: marker(position),
      side: placement.side,
      lane: placement.lane,
      label: placement.label,
      lines: assembly.label(k).lines,
      leader: placement.lane > 0 || position < along || position > along + extent,
      ...(end === undefined || lane === undefined
        ? {}
        : {bar: assembly.barBox(lane, position, end)}),
    });
  }

  const breaks: AxisBreak[] = plan.gaps.map((gap, g) => ({
    start: gap.start,
    end: gap.end,
    position: (scale.range[2 * g + 1] + scale.range[2 * g + 2]) / 2,
    size: plan.breakSize,
    label: formatDuration(gap.end - gap.start, locale),
  }));
  const ticks = axisTicks(scale, {
    length: horizontal ? assembly.width : assembly.height,
    orientation,
    locale,
    measure,
    room: assembly.tickRoom,
  });
  return {
    orientation,
    width: assembly.width,
    height: assembly.height,
    axis,
    scale: {domain: scale.domain.slice(), range: scale.range.slice()},
    ticks,
    breaks,
    milestones,
    clusters,
  };
}

/**
 * Cross position of a vertical axis: room for the widest tick label at the minimum length to
 * its left, within limits. Should the plot grow, tick labels too wide for the room are dropped.
 */
function verticalAxis(scale: TimeScale, {length, crossLength, locale, measure}: Context): number {
  const ticks = axisTicks(scale, {
    length,
    orientation: 'vertical',
    locale,
    measure,
    room: Infinity,
  });
  const widest = Math.max(0, ...ticks.map((tick) => measure(tick.label)));
  return Math.min(
    Math.max(VERTICAL_AXIS_MIN, Math.ceil(widest) + TICK_OFFSET),
    Math.round(crossLength * VERTICAL_AXIS_SHARE),
  );
}

function positiveOr(value: number, fallback: number): number {
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

function positionsOf(scale: TimeScale, {items, plan}: Context): Float64Array {
  return Float64Array.from(plan.visible, (i) => scale.position(items[i].start));
}

function startsOf({items, plan}: Context): Float64Array {
  return Float64Array.from(plan.visible, (i) => items[i].start);
}

/** Position of the end of a span, clamped to the visible domain; `undefined` for a point. */
function spanEnd(scale: TimeScale, {items, plan}: Context): (index: number) => number | undefined {
  const [d0, d1] = plan.domain;
  return (index) => {
    const item = items[index];
    const end = endOf(item);
    return end > item.start ? scale.position(Math.min(Math.max(end, d0), d1)) : undefined;
  };
}

function spanExtent(
  scale: TimeScale,
  positions: Float64Array,
  context: Context,
): (k: number) => readonly [number, number] | undefined {
  const endPosition = spanEnd(scale, context);
  return (k) => {
    const end = endPosition(context.plan.visible[k]);
    return end === undefined ? undefined : [positions[k], end];
  };
}

function labelCache(make: (k: number) => LabelContent): (k: number) => LabelContent {
  const labels = new Map<number, LabelContent>();
  return (k) => {
    let content = labels.get(k);
    if (!content) {
      content = make(k);
      labels.set(k, content);
    }
    return content;
  };
}
