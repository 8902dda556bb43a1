/**
 * The layout layer: the time scale, axis breaks, ticks, label lanes, clusters and zoom ranges.
 * Pure: no DOM, no Lit. The element reaches the layer only through this module.
 */
export {layoutTimeline} from './layout-timeline.js';
export {formatDuration} from './duration.js';
export {liftMilestone} from './lift.js';
export {homeRange} from './scale.js';
export {LABEL_LINE_HEIGHT, LABEL_PADDING, MAX_DATE_LINES, MAX_TITLE_LINES} from './labels.js';
export {MIN_MARKER_DISTANCE} from './clusters.js';
export {denseHeight, MARKER_ROOM, REACH, TICK_BAND, TICK_TOP} from './lanes.js';
export {TICK_LINE_HEIGHT, TICK_OFFSET} from './ticks.js';
export {
  canZoomIn,
  canZoomOut,
  clampRange,
  formatRange,
  MAX_SPAN_FACTOR,
  MIN_SPAN,
  nearestInRange,
  panBy,
  rangeOf,
  revealTime,
  sameRange,
  toInstant,
  zoomAround,
  type Instant,
} from './view-range.js';
export type {
  AxisBreak,
  AxisTick,
  Box,
  EdgeSide,
  GapMode,
  LayoutItem,
  LayoutOptions,
  LinearPiece,
  MeasureText,
  Orientation,
  PlacedCluster,
  PlacedEdge,
  PlacedMilestone,
  Point,
  TimelineLayout,
  TextRole,
  TimeRange,
  TimeScale,
} from './types.js';
