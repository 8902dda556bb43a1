/** The benchmark adapter for vis-timeline (standalone build: vis-data and moment inside). */
import {Timeline} from 'vis-timeline/standalone';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import {installBench} from './page.js';

let timeline: Timeline | undefined;

installBench({
  // vis-timeline takes its items when it is built, so building it is part of the draw.
  draw: (host, milestones) =>
    new Promise<void>((resolve) => {
      timeline = new Timeline(
        host,
        milestones.map(({id, date, title}) => ({id, start: date, content: title})),
        {height: '600px', onInitialDrawComplete: resolve},
      );
    }),
  root: (host) => host,
  // setWindow only asks for a redraw, which vis-timeline makes in a later animation frame and
  // reports with `changed`: the step ends there, or the figure would leave the redraw out.
  showRange: (start, end) =>
    new Promise<void>((resolve) => {
      const shown = timeline;
      if (!shown) return resolve();
      const done = () => {
        shown.off('changed', done);
        resolve();
      };
      shown.on('changed', done);
      shown.setWindow(start, end, {animation: false});
    }),
  rangeMethod: 'setWindow',
});
