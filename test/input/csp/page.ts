// The script of page.html: renders three timelines under the strict CSP and reports what the
// browser blocked. The listener is added before the first render, which happens in a microtask
// after this module (and the element it imports) has run.
import '../../../src/index.js';
import type {PartnerTimeline} from '../../../src/partner-timeline.js';

/** What the page tells the test in its parent frame. */
export interface CspReport {
  /** `directive blocked-uri sample` of each violation, in order. */
  readonly violations: string[];
  /** Drawn milestones per timeline id, once every timeline has loaded. */
  drawn?: Record<string, number>;
}

declare global {
  interface Window {
    cspReport?: CspReport;
  }
}

const report: CspReport = {violations: []};
window.cspReport = report;
document.addEventListener('securitypolicyviolation', (event) => {
  report.violations.push(`${event.effectiveDirective} ${event.blockedURI} ${event.sample}`);
});

const timelines = [...document.querySelectorAll<PartnerTimeline>('partner-timeline')];
await Promise.all(
  timelines.map((timeline) =>
    timeline.items.length > 0
      ? Promise.resolve()
      : new Promise((resolve) => {
          timeline.addEventListener('partner-timeline-load', resolve, {once: true});
        }),
  ),
);
// Draw the detail view too: it holds the link, the category and the description.
for (const timeline of timelines) timeline.select(timeline.items[3]?.id ?? null);
await Promise.all(timelines.map((timeline) => timeline.updateComplete));
report.drawn = Object.fromEntries(
  timelines.map((timeline) => [
    timeline.id,
    timeline.shadowRoot?.querySelectorAll('[part~="milestone"]').length ?? 0,
  ]),
);
