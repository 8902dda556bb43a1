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
