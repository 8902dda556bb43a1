import './define.js';

export {PartnerTimeline, VERTICAL_BELOW, type OrientationSetting} from './partner-timeline.js';
export * from './events.js';
export type {TimelineStrings} from './i18n.js';
export type {
  Milestone,
  DatePrecision,
  PartialDate,
  TimelineItem,
  ParseIssue,
  ParseResult,
} from './model/types.js';
export type {GapMode, Orientation} from './layout/types.js';
