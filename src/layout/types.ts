/** Which way the time axis runs. */
export type Orientation = 'horizontal' | 'vertical';

/** `auto` compresses long empty stretches of time into axis breaks; `linear` keeps true proportions. */
export type GapMode = 'auto' | 'linear';

/** What a piece of text is, for measuring it in the style it is drawn in. */
export type TextRole = 'title' | 'date' | 'tick';

/**
 * Width in px of one line of text in the style of its role (a title when none is given);
 * injected so the layout stays free of the DOM.
 */
export type MeasureText = (text: string, role?: TextRole) => number;

/** What the layout needs to know about one milestone (already sorted by `start`). */
export interface LayoutItem {
  /** Start instant, ms since the epoch (UTC). */
  readonly start: number;
  /** End instant of a span, ms since the epoch. */
  readonly end?: number;
  /** Title text, wrapped and truncated by the layout. */
  readonly title: string;
  /** The formatted date shown on the label's first line, e.g. "July 2014". */
  readonly dateLabel: string;
}

export interface LayoutOptions {
  /** Length of the time axis in px (width when horizontal, height when vertical). */
  readonly length: number;
  /** Room across the axis in px (height when horizontal, width when vertical). */
  readonly crossLength: number;
  readonly orientation: Orientation;
  /** Default `auto`. */
  readonly gaps?: GapMode;
  readonly measure: MeasureText;
  /** BCP 47 locale for tick labels; default `en`. */
  readonly locale?: string;
  /** Visible range [start, end] in ms (zoom); default the data extent with padding. */
  readonly domain?: readonly [number, number];
  /**
   * Height of one line of label text, px: the line height the labels are drawn with. Default 18
   * (`LABEL_LINE_HEIGHT`).
   */
  readonly lineHeight?: number;
  /**
   * A height the plot must keep, px (horizontal only): a zoomed view keeps the height of the
   * whole timeline's, so that the page does not jump. Labels use the lanes that fit in it and the
   * rest cluster, and the layout reports this height. Default: as tall as the lanes used.
   */
  readonly height?: number;
  /**
   * The text of a control at an end of the axis that says how many items lie beyond the view
   * ("3 earlier"): given, the layout places one where items lie beyond, and keeps ticks clear.
   */
  readonly edgeLabel?: (side: EdgeSide, count: number) => string;
}

/** Which end of the axis: `earlier` at its start, `later` at its end. */
export type EdgeSide = 'earlier' | 'later';

/** A control at an end of the axis for the items beyond the view. */
export interface PlacedEdge {
  readonly side: EdgeSide;
  /** How many items lie beyond that end. */
  readonly count: number;
  readonly label: string;
  /** Its extent along the axis, px: from the axis's start, or up to its end. */
  readonly start: number;
  readonly size: number;
}

/** A stretch of time `[start, end]`, ms since the epoch, `start < end`. */
export type TimeRange = readonly [number, number];

/** A stretch of the axis drawn at the common rate: where ticks go. */
export interface LinearPiece {
  readonly start: number;
  readonly end: number;
}

/**
 * The timeline's time scale: d3's polylinear `scaleUtc`, linear pieces at one rate joined by
 * fixed-size breaks. Maps both ways; outside the domain the end pieces extend.
 */
export interface TimeScale {
  /** Position of an instant along the axis, px. */
  readonly position: (time: number) => number;
  /** The instant drawn at a position along the axis: the inverse of `position`. */
  readonly invert: (position: number) => number;
  /** The stops of the pieces, ms, with the breaks out of view and linear end pieces. */
  readonly domain: readonly number[];
  /** Where each stop is drawn, px, increasing. */
  readonly range: readonly number[];
  /** The linear pieces inside the visible range: where ticks go. */
  readonly pieces: readonly LinearPiece[];
  /** Px per ms in the linear pieces. */
  readonly rate: number;
  /** The range of time the axis shows, `[start, end]`: drawn from 0 to the axis length. */
  readonly visible: TimeRange;
  /** The compressed stretches `[from, to]` of the whole timeline, in or out of view. */
  readonly breaks: readonly TimeRange[];
  /** Length of a whole break on the axis, px. */
  readonly breakSize: number;
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface PlacedMilestone {
  /** Index into the items passed to the layout. */
  readonly index: number;
  /** Centre of the marker along the axis, px. */
  readonly position: number;
  /** Position of the end of a span, px. */
  readonly endPosition?: number;
  /** Marker centre in plot coordinates. */
  readonly marker: Point;
  /** Which side of the axis the label sits on: above/left is `before`. */
  readonly side: 'before' | 'after';
  /** 0 is nearest the axis. */
  readonly lane: number;
  /** The label's box in plot coordinates; never intersects another label, always inside the plot. */
  readonly label: Box;
  /**
   * The date label wrapped to at most two lines (a span's "March 2012 to September 2013" may
   * need both); absent means one line.
   */
  readonly dateLines?: readonly string[];
  /** The title wrapped to at most three lines, the last one ellipsised when cut. */
  readonly lines: readonly string[];
  /** True when the label was moved away from its marker and needs a leader line. */
  readonly leader: boolean;
  /** Where the leader line from the marker meets the label's edge; present when `leader` is. */
  readonly anchor?: Point;
  /**
   * The bar of a span, in plot coordinates: along the axis from `position` to `endPosition`
   * (at least 2 px), in its own lane just past the tick labels (horizontal) or beside the axis
   * (vertical). Bars of overlapping spans never overlap. Absent for points.
   */
  readonly bar?: Box;
}

/** A marker standing for several milestones too dense to draw apart. */
export interface PlacedCluster {
  /** Indices into the items, in date order. */
  readonly indices: readonly number[];
  readonly position: number;
  readonly marker: Point;
  /** Time range the cluster covers, ms. */
  readonly start: number;
  readonly end: number;
}

export interface AxisTick {
  readonly time: number;
  readonly position: number;
  readonly label: string;
}

/** A compressed stretch of empty time, drawn as a break in the axis. */
export interface AxisBreak {
  /** The empty stretch, ms. */
  readonly start: number;
  readonly end: number;
  /** Centre of the break mark along the axis, px. */
  readonly position: number;
  /** Length of the break on the axis, px. */
  readonly size: number;
  /** Human duration, e.g. "33 years". */
  readonly label: string;
  /**
   * Centre of the duration label along the axis, px: under the mark (horizontal, in the tick row)
   * or beside it (vertical, in the tick column), moved only as far as needed to stay inside the
   * plot or to let in the only tick of a stretch beside it, and always covering the mark's
   * centre. Ticks keep clear of it.
   */
  readonly labelPosition: number;
}

export interface TimelineLayout {
  readonly orientation: Orientation;
  /** Size of the plot in px: everything placed lies inside it. */
  readonly width: number;
  readonly height: number;
  /** Cross-axis coordinate of the axis line, px. */
  readonly axis: number;
  /** The time scale as drawn (piecewise when there are breaks), for zoom and hit tests. */
  readonly scale: TimeScale;
  /** The whole timeline's range, as drawn when not zoomed: where zoom and pan come home to. */
  readonly home: TimeRange;
  /** Height of one line of label text the labels were sized with, px. */
  readonly lineHeight: number;
  /** How many items lie before and after the visible range (outside the view when zoomed). */
  readonly beyond: {readonly earlier: number; readonly later: number};
  /** The controls at the ends of the axis for them (see `LayoutOptions.edgeLabel`). */
  readonly edges: readonly PlacedEdge[];
  readonly ticks: readonly AxisTick[];
  readonly breaks: readonly AxisBreak[];
  readonly milestones: readonly PlacedMilestone[];
  readonly clusters: readonly PlacedCluster[];
}
