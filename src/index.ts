/**
 * The package entry: `import 'partner-timeline'` registers `<partner-timeline>`, and the class and
 * types are named exports. This is the only module with a side effect (see `sideEffects` in
 * package.json); `partner-timeline/partner-timeline.js` gives the class without registering it.
 */
import {PartnerTimeline} from './partner-timeline.js';

// Guarded so that two copies of the package on one page do not throw.
if (!customElements.get('partner-timeline')) {
  customElements.define('partner-timeline', PartnerTimeline);
}

declare global {
  interface HTMLElementTagNameMap {
    'partner-timeline': PartnerTimeline;
  }
}

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
} from './model/index.js';
export type {GapMode, Orientation} from './layout/index.js';
