import {expect} from '@open-wc/testing';
import {setViewport} from '@web/test-runner-commands';
import {mulberry32} from '../../stories/fixtures.js';
import {html, intersects, renderTimeline} from '../harness.js';

/** `count` seeded random milestones on days from 1969 to 2024: 56 years. */
function denseMilestones(count: number, seed = 56) {
  const random = mulberry32(seed);
  const start = Date.UTC(1969, 0, 1);
  const end = Date.UTC(2024, 11, 31);
  return Array.from({length: count}, (_, index) => ({
    id: `dense-${index}`,
    date: new Date(start + random() * (end - start)).toISOString().slice(0, 10),
    title: `Milestone ${index + 1}`,
  }));
}

describe('dense data: labels among clusters', () => {
  before(() => setViewport({width: 1400, height: 900}));

  it('draws at least 8 labelled milestones of 1,000 over 56 years at 1280 px, all accounted for', async () => {
    const timeline = await renderTimeline(
      html`<div style="width: 1280px">
        <partner-timeline .milestones=${denseMilestones(1000)}></partner-timeline>
      </div>`,
    );
    const labels = timeline.parts('label');
    expect(labels.length).to.be.at.least(8);
    expect(timeline.accountedFor).to.equal(1000);
    for (const milestone of timeline.milestones) {
      expect(milestone.getAttribute('aria-setsize')).to.equal('1000');
    }
    const boxes = labels.map((label) => label.getBoundingClientRect());
    boxes.forEach((box, i) => {
      for (const other of boxes.slice(i + 1)) expect(intersects(box, other)).to.be.false;
    });
    // Markers keep the 24 px target apart, labelled or clustered.
    const markers = [...timeline.milestones, ...timeline.parts('cluster')]
      .map((part) => timeline.markerOf(part).getBoundingClientRect())
      .map((box) => box.x + box.width / 2)
      .sort((a, b) => a - b);
    markers.slice(1).forEach((x, i) => expect(x - markers[i]).to.be.at.least(24 - 0.5));
  });
});
