/** The benchmark adapter for <partner-timeline>, built from the sources in production mode. */
import type {PartnerTimeline} from '../src/index.js';
import '../src/index.js';
import {installBench} from './page.js';

let element: PartnerTimeline;

installBench({
  async setup(host) {
    element = document.createElement('partner-timeline');
    element.label = 'Benchmark';
    host.append(element);
    await element.updateComplete;
  },
  async draw(_host, milestones) {
    element.milestones = milestones;
    await element.updateComplete;
  },
  root: () => element.shadowRoot ?? element,
  async showRange(start, end) {
    element.zoomTo(start, end);
    await element.updateComplete;
  },
  rangeMethod: 'zoomTo',
});
