import {bisectLeft, bisectRight} from 'd3-array';
import {groupMarkers, withRepresentatives, type Entry} from './clusters.js';
import {formatDuration} from './duration.js';
import {safeLocale} from '../shared/intl.js';
import {
  horizontalLabelWidth,
  LABEL_LINE_HEIGHT,
  LABEL_PADDING,
  labelContent,
  PLOT_EDGE as EDGE,
  VERTICAL_LABEL_MAX,
  VERTICAL_LABEL_MIN,
  type LabelContent,
} from './labels.js';
import {
  horizontalBands,
  MARKER_ROOM,
  MAX_SLOTS,
  placeAlongAxis,
  placeInLanes,
  slotSide,
  STACK_GAP,
} from './lanes.js';
import {measureCache} from './measure.js';
import {indexItems, type ItemIndex} from './item-index.js';
import {buildTimeScale, homeRange, planTimeScale, visibleStarts, type ScalePlan} from './scale.js';
import {
  assignBarLanes,
  BAR_GAP,
  BAR_THICKNESS,
  barExtent,
  barLaneCount,
  type BarLanes,
} from './spans.js';
import {axisTicks, TICK_LINE_HEIGHT, TICK_OFFSET} from './ticks.js';
import type {
  AxisBreak,
  Box,
  LayoutItem,
  Point,
  LayoutOptions,
  MeasureText,
  Orientation,
  PlacedCluster,
  EdgeSide,
  PlacedEdge,
  PlacedMilestone,
  TimelineLayout,
  TimeScale,
} from './types.js';

/** Where a vertical axis sits at least, px from the left, and at most, as a share of the width. */
const VERTICAL_AXIS_MIN = 24;
const VERTICAL_AXIS_SHARE = 0.4;
const BAR_PITCH = BAR_THICKNESS + BAR_GAP;

/** Everything both orientations share once the scale is planned. */
interface Context {
  readonly items: readonly LayoutItem[];
  readonly index: ItemIndex;
  readonly plan: ScalePlan;
  /** Starts of the visible items, in order. */
  readonly starts: Float64Array;
  readonly length: number;
  readonly crossLength: number;
  readonly locale: string;
  readonly measure: MeasureText;
  /** Height of one line of label text, px. */
  readonly lineHeight: number;
  /** A height the plot keeps, px; see `LayoutOptions.height`. */
  readonly height: number | undefined;
  /** Items beyond the visible range, and the text of a control for each end that has some. */
  readonly beyond: {readonly earlier: number; readonly later: number};
  readonly edgeLabel: LayoutOptions['edgeLabel'];
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
 * `length` is the minimum length of the axis, grown when the labels need more, and the plot
 * grows past the ends of the axis where labels by the first or last markers stick out.
 * Tick labels keep clear of each other and of the breaks' duration labels; the first tick and
 * each tick where a larger unit changes name it ("Jul 2016", "Oct", "Jan 2017"), and each stretch
 * of the axis between breaks that holds a milestone gets a tick where one fits.
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
  const index = indexItems(items);
  const gaps = options.gaps ?? 'auto';
  const plan = planTimeScale(items, {length, gaps, domain: options.domain});
  const context: Context = {
    items,
    index,
    plan,
    starts: visibleStarts(index, plan.visible),
    length,
    crossLength: positiveOr(options.crossLength, 1),
    locale: safeLocale(options.locale),
    measure: measureCache(options.measure),
    lineHeight: positiveOr(options.lineHeight ?? LABEL_LINE_HEIGHT, LABEL_LINE_HEIGHT),
    height: options.height === undefined ? undefined : positiveOr(options.height, 1),
    beyond: countBeyond(index, plan.domain),
    edgeLabel: options.edgeLabel,
  };
  const layout =
    options.orientation === 'vertical' ? layoutVertical(context) : layoutHorizontal(context);
  // A zoomed view lays out less than the whole timeline; where home is comes from a plan of all.
  const home = options.domain === undefined ? plan.domain : homeRange(items, gaps);
  return {...layout, home, beyond: context.beyond};
}

function layoutHorizontal(context: Context): Omit<TimelineLayout, 'home' | 'beyond'> {
  const {items, plan, length, crossLength, measure, lineHeight} = context;
  const scale = buildTimeScale(plan, length);
  const {positions, bars: fine, representatives} = placeMarkers(scale, context);
  const maxWidth = horizontalLabelWidth(length);
  const label = labelCache((k) =>
    labelContent(items[plan.visible[k]], {maxWidth, measure, lineHeight, limit: length}),
  );

  const arrange = (bars: BarLanes, slots: number) => {
    const lanes = placeInLanes(bars.entries, slots, length, (k) => positions[k], label);
    const barLanes = barLaneCount(lanes.entries, bars.lanes);
    return {bars, lanes, bands: horizontalBands(lanes, label, barLanes, BAR_PITCH)};
  };
  // Fewer lanes mean more clusters: use as many as the allowed height holds. A height the plot
  // must keep may leave no lane at all; otherwise one lane is used even if it is taller.
  const fixed = context.height;
  const allowed = fixed ?? crossLength;
  const fewest = fixed === undefined ? 1 : 0;
  const fit = (bars: BarLanes) => {
    let slots = MAX_SLOTS;
    let arranged = arrange(bars, slots);
    while (arranged.bands.height > allowed && slots > fewest) arranged = arrange(bars, --slots);
    return arranged;
  };
  // Dense data: whichever grouping draws more labels, so that clusters do not hide them all.
  let arranged = fit(fine);
  const coarse = representatives();
  if (coarse) {
    const other = fit(coarse);
    if (other.lanes.placements.size > arranged.lanes.placements.size) arranged = other;
  }
  const {bars, lanes, bands} = arranged;

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
  // Labels slide along the axis by at most half their width, so the marker always lies within
  // a label's extent: a leader is needed only for labels in outer lanes, and runs straight.
  const anchor = (position: number, {side, lane, label: box}: Placement) =>
    lane === 0 ? undefined : {x: position, y: side === 'before' ? box.y + box.height : box.y};
  return assemble(context, scale, positions, {
    entries: lanes.entries,
    bars,
    barBox,
    placements,
    label,
    anchor,
    width: length,
    height: Math.max(bands.height, fixed ?? 0),
    axis: bands.axis,
    orientation: 'horizontal',
    tickRoom: Infinity,
  });
}

function layoutVertical(context: Context): Omit<TimelineLayout, 'home' | 'beyond'> {
  const {items, plan, length, crossLength, measure, lineHeight} = context;
  const initial = buildTimeScale(plan, length);
  const {positions: initialPositions, bars} = placeMarkers(initial, context);
  const barLanes = barLaneCount(bars.entries, bars.lanes);
  const axis = verticalAxis(initial, context);
  const barsLeft = axis + MARKER_ROOM;
  const labelX = barsLeft + barLanes * BAR_PITCH + EDGE;
  const room = crossLength - labelX - EDGE;
  const maxWidth = Math.max(VERTICAL_LABEL_MIN, Math.min(VERTICAL_LABEL_MAX, room));
  const label = labelCache((k) =>
    labelContent(items[plan.visible[k]], {
      maxWidth,
      measure,
      lineHeight,
      limit: Math.max(maxWidth, room),
    }),
  );

  const heights = bars.entries.filter((entry) => !entry.cluster).map((e) => label(e.from).height);
  const needed =
    heights.reduce((sum, height) => sum + height, 0) + STACK_GAP * (heights.length - 1);
  const axisLength = Math.max(length, needed);
  // Growing the axis only spreads markers apart, so the grouping made at `length` still holds.
  const grown = axisLength > length ? buildTimeScale(plan, axisLength) : initial;
  const grownPositions =
    axisLength > length ? Float64Array.from(context.starts, grown.position) : initialPositions;
  const stack = placeAlongAxis(
    bars.entries,
    (k) => grownPositions[k],
    (k) => label(k).height,
  );
  // Labels sticking out past the ends of the axis grow the plot; the axis moves down with them.
  let first = 0;
  let last = axisLength;
  for (const [k, top] of stack.tops) {
    first = Math.min(first, top);
    last = Math.max(last, top + label(k).height);
  }
  const scale = first === 0 ? grown : buildTimeScale(plan, axisLength, -first);
  const positions =
    first === 0 ? grownPositions : Float64Array.from(context.starts, scale.position);
  const height = last - first;
  const placements = new Map<number, Placement>();
  for (const [k, top] of stack.tops) {
    const {width, height: labelHeight} = label(k);
    placements.set(k, {
      side: 'after',
      lane: 0,
      label: {x: labelX, y: top - first, width, height: labelHeight},
    });
  }
  // A label beside a vertical axis may sit up to REACH past its marker: the leader then meets
  // the label's edge at its first (or last) line.
  const inset = LABEL_PADDING + lineHeight / 2;
  const anchor = (position: number, {label: box}: Placement): Point | undefined =>
    position >= box.y && position <= box.y + box.height
      ? undefined
      : {x: box.x, y: clamp(position, box.y + inset, box.y + box.height - inset)};
  const barBox = (lane: number, start: number, end: number): Box => ({
    x: barsLeft + lane * BAR_PITCH,
    y: start,
    width: BAR_THICKNESS,
    height: barExtent(start, end),
  });
  return assemble(context, scale, positions, {
    entries: stack.entries,
    bars,
    barBox,
    placements,
    label,
    anchor,
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
  /** Where a leader from the marker at `position` meets its label, if the label was moved. */
  readonly anchor: (position: number, placement: Placement) => Point | undefined;
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
): Omit<TimelineLayout, 'home' | 'beyond'> {
  const {plan, locale, measure} = context;
  const {starts, ends} = context.index;
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
      const indices = Array.from(plan.visible.subarray(entry.from, entry.to));
      let sum = 0;
      let end = -Infinity;
      for (let k = entry.from; k < entry.to; k++) {
        sum += positions[k];
        end = Math.max(end, ends[plan.visible[k]]);
      }
      const position = sum / indices.length;
      clusters.push({
        indices,
        position,
        marker: marker(position),
        start: starts[indices[0]],
        end,
      });
      continue;
    }
    const k = entry.from;
    const index = plan.visible[k];
    const placement = placements.get(k);
    if (!placement) throw new Error(`unreachable: milestone ${index} has no label`);
    const position = positions[k];
    const end = endPosition(index);
    const lane = assembly.bars.lanes.get(k);
    const anchor = assembly.anchor(position, placement);
    const {dateLines, lines} = assembly.label(k);
    milestones.push({
      index,
      position,
      ...(end === undefined ? {} : {endPosition: end}),
      marker: marker(position),
      side: placement.side,
      lane: placement.lane,
      label: placement.label,
      dateLines,
      lines,
      leader: anchor !== undefined,
      ...(anchor ? {anchor} : {}),
      ...(end === undefined || lane === undefined
        ? {}
        : {bar: assembly.barBox(lane, position, end)}),
    });
  }

  // A break's duration label sits in the tick row (horizontal) or column (vertical), centred on
  // the mark and kept inside the axis; ticks make way for it, except that it steps aside for the
  // only tick of a stretch.
  const length = horizontal ? assembly.width : assembly.height;
  const labels = breakLabels(context);
  const [start, end] = scale.visible;
  // Only breaks the scale draws, where the view shows (part of) them.
  const shown = plan.gaps.flatMap((gap, g) => {
    const from = Math.max(gap.from, start);
    const to = Math.min(gap.to, end);
    if (to <= from || !scale.breaks.some(([first]) => first === gap.from)) return [];
    return [{gap, label: labels[g], from: scale.position(from), to: scale.position(to)}];
  });
  const marks = shown.map(({label, from, to}) => {
    const position = (from + to) / 2;
    const half = Math.min((horizontal ? measure(label, 'tick') : TICK_LINE_HEIGHT) / 2, length / 2);
    return {mark: position, position: clamp(position, half, length - half), half};
  });
  const edges = placeEdges(context, length, horizontal);
  const clearAt = (side: EdgeSide) => edges.find((edge) => edge.side === side)?.size ?? 0;
  const {ticks, breakPositions} = axisTicks(scale, {
    length,
    orientation,
    locale,
    measure,
    room: assembly.tickRoom,
    breaks: marks,
    milestones: context.starts,
    keepClear: {start: clearAt('earlier'), end: clearAt('later')},
  });
  const breaks: AxisBreak[] = shown.map(({gap, label, from, to}, g) => ({
    start: gap.start,
    end: gap.end,
    position: marks[g].mark,
    size: to - from,
    label,
    labelPosition: breakPositions[g],
  }));
  return {
    orientation,
    width: assembly.width,
    height: assembly.height,
    axis,
    scale,
    lineHeight: context.lineHeight,
    ticks,
    breaks,
    edges,
    milestones,
    clusters,
  };
}

/** Room an edge control takes beside its text (an arrow, padding), px. */
const EDGE_CHROME = 32;
/** An edge control's extent along a vertical axis: one 24 px target. */
const EDGE_TALL = 24;

/** The text of the control at each end with items beyond it, and its length along the axis. */
function edgeTexts(
  context: Context,
): {side: EdgeSide; count: number; label: string; width: number}[] {
  const {beyond, edgeLabel, measure} = context;
  if (!edgeLabel) return [];
  return (['earlier', 'later'] as const)
    .filter((side) => beyond[side] > 0)
    .map((side) => {
      const label = edgeLabel(side, beyond[side]);
      return {
        side,
        count: beyond[side],
        label,
        width: Math.ceil(measure(label, 'tick')) + EDGE_CHROME,
      };
    });
}

/** The controls for the items beyond each end of the axis, in the tick row or column. */
function placeEdges(context: Context, length: number, horizontal: boolean): PlacedEdge[] {
  return edgeTexts(context).map(({side, count, label, width}) => {
    // At most a third of the axis each, so that both fit with room between.
    const size = Math.min(length / 3, horizontal ? width : EDGE_TALL);
    return {side, count, label, start: side === 'earlier' ? 0 : length - size, size};
  });
}

/** The duration of each compressed gap, e.g. "33 years". */
function breakLabels({plan, locale}: Context): string[] {
  return plan.gaps.map((gap) => formatDuration(gap.end - gap.start, locale));
}

/**
 * Cross position of a vertical axis: room for the widest tick or break label at the minimum
 * length to its left, within limits. Should the plot grow, tick labels too wide for the room
 * are dropped.
 */
function verticalAxis(scale: TimeScale, context: Context): number {
  const {length, crossLength, locale, measure} = context;
  const {ticks} = axisTicks(scale, {
    length,
    orientation: 'vertical',
    locale,
    measure,
    room: Infinity,
    milestones: context.starts,
  });
  const labels = [...ticks.map((tick) => tick.label), ...breakLabels(context)];
  const edges = edgeTexts(context).map((edge) => edge.width);
  const widest = Math.max(0, ...labels.map((label) => measure(label, 'tick')), ...edges);
  // On a narrow plot the labels keep their minimum width first: the axis gives way, and tick
  // labels too wide for what is left are dropped.
  const labelRoom = MARKER_ROOM + VERTICAL_LABEL_MIN + 2 * EDGE;
  return Math.max(
    VERTICAL_AXIS_MIN,
    Math.min(
      Math.ceil(widest) + TICK_OFFSET,
      Math.round(crossLength * VERTICAL_AXIS_SHARE),
      crossLength - labelRoom,
    ),
  );
}

/** How many items start before and after the visible range. */
function countBeyond(
  {starts, finite}: ItemIndex,
  [start, end]: readonly [number, number],
): {earlier: number; later: number} {
  // Sorted finite starts: two binary searches; otherwise each item is looked at.
  if (finite) {
    return {earlier: bisectLeft(starts, start), later: starts.length - bisectRight(starts, end)};
  }
  let earlier = 0;
  let later = 0;
  for (const time of starts) {
    if (time < start) earlier++;
    else if (time > end) later++;
  }
  return {earlier, later};
}

/** `value` within [low, high]; `low` wins when the range is empty. */
function clamp(value: number, low: number, high: number): number {
  return Math.max(low, Math.min(value, high));
}

function positiveOr(value: number, fallback: number): number {
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

/**
 * Markers along the scale: each visible item's position, grouped into milestones and clusters,
 * with span bars in lanes (spans that find no lane join a cluster).
 */
/**
 * A rank of each visible item the same in every view: how many times 2 divides its place in the
 * whole timeline (1-based). Drawing the highest-ranked milestone of each group keeps the same
 * ones labelled while the reader zooms, as more of them come into view.
 */
function rankOf({plan}: Context): (k: number) => number {
  return (k) => {
    const place = plan.visible[k] + 1;
    return 31 - Math.clz32(place & -place);
  };
}

function placeMarkers(
  scale: TimeScale,
  context: Context,
): {positions: Float64Array; bars: BarLanes; representatives: () => BarLanes | null} {
  const positions = Float64Array.from(context.starts, scale.position);
  const extent = spanExtent(scale, positions, context);
  const entries = groupMarkers(positions, context.starts);
  const bars = assignBarLanes(entries, extent);
  // Where markers cluster, another grouping that draws a milestone of each coarse group: made
  // only by the layout that weighs it (the horizontal one).
  const representatives = () =>
    entries.some((entry) => entry.cluster)
      ? assignBarLanes(withRepresentatives(positions, context.starts, rankOf(context)), extent)
      : null;
  return {positions, bars, representatives};
}

/** Position of the end of a span, clamped to the visible domain; `undefined` for a point. */
function spanEnd(scale: TimeScale, {index, plan}: Context): (i: number) => number | undefined {
  const [d0, d1] = plan.domain;
  const {starts, ends} = index;
  return (i) =>
    ends[i] > starts[i] ? scale.position(Math.min(Math.max(ends[i], d0), d1)) : undefined;
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
