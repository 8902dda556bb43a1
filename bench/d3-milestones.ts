/** The benchmark adapter for d3-milestones, bundled from its ES module sources. */
import milestones, {type Milestones} from 'd3-milestones';
import 'd3-milestones/build/d3-milestones.css';
import {installBench} from './page.js';

let timeline: Milestones | undefined;

installBench({
  setup(host) {
    timeline = milestones(host)
      .mapping({timestamp: 'date', text: 'title'})
      .parseTime('%Y-%m-%d')
      .aggregateBy('day')
      .autoResize(false);
  },
  draw(_host, data) {
    timeline?.render(data);
  },
  root: (host) => host,
});
