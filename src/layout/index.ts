export {layoutTimeline} from './layout-timeline.js';
export {formatDuration} from './duration.js';
export {LABEL_LINE_HEIGHT, LABEL_PADDING, MAX_DATE_LINES, MAX_TITLE_LINES} from './labels.js';
export {MIN_MARKER_DISTANCE} from './clusters.js';
export {MARKER_ROOM, REACH, TICK_BAND, TICK_TOP} from './lanes.js';
export {TICK_LINE_HEIGHT, TICK_OFFSET} from './ticks.js';
export type {
  AxisBreak,
  AxisTick,
  Box,
  GapMode,
  LayoutItem,
  LayoutOptions,
  MeasureText,
  Orientation,
  PlacedCluster,
  PlacedMilestone,
  Point,
  TimelineLayout,
} from './types.js';
