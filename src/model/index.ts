/**
 * The model layer: reads unknown input into validated, sorted milestones and formats their
 * dates. Pure: no DOM, no Lit.
 */
export {APPROXIMATE_PREFIX, formatPartialDate, parsePartialDate} from './dates.js';
export {parseMilestones} from './parse.js';
export {safeUrl} from './url.js';
export {describeError, quote} from './text.js';
export type {
  DatePrecision,
  Milestone,
  ParseIssue,
  ParseResult,
  PartialDate,
  TimelineItem,
} from './types.js';
