import {expect} from '@open-wc/testing';
import reference from '../../data/cqmu-pleven.json';
import {html, intersects, renderTimeline} from '../harness.js';

const uncategorised = reference.milestones.map(({category: _category, ...milestone}) => milestone);

const markerFill = (marker: Element) => getComputedStyle(marker, '::before').backgroundColor;

describe('theming: tokens cascade from any ancestor', () => {
  it('applies colours set on an ancestor to the markers and the label text', async () => {
    const timeline = await renderTimeline(
      html`<div
        class="dark-theme"
        style="--partner-timeline-marker-color: rgb(1, 2, 3); --partner-timeline-color: rgb(4, 5, 6)"
      >
        <partner-timeline .milestones=${uncategorised}></partner-timeline>
      </div>`,
    );
    for (const milestone of timeline.milestones) {
      expect(markerFill(timeline.markerOf(milestone))).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(milestone.querySelector('.title')!).color).to.equal('rgb(4, 5, 6)');
    }
  });

  it('applies a category colour set on an ancestor', async () => {
    const timeline = await renderTimeline(
      html`<div style="--partner-timeline-category-1: rgb(7, 8, 9)">
        <partner-timeline .milestones=${reference.milestones}></partner-timeline>
      </div>`,
    );
    const first = timeline.milestones[0];
    expect(markerFill(timeline.markerOf(first))).to.equal('rgb(7, 8, 9)');
  });

  it('lets a value on the element itself win over the ancestor', async () => {
    const timeline = await renderTimeline(
      html`<div style="--partner-timeline-marker-color: rgb(1, 2, 3)">
        <partner-timeline
          style="--partner-timeline-marker-color: rgb(10, 20, 30)"
          .milestones=${uncategorised}
        ></partner-timeline>
      </div>`,
    );
    expect(markerFill(timeline.markerOf(timeline.milestones[0]))).to.equal('rgb(10, 20, 30)');
  });

  for (const width of [1280, 360]) {
    it(`draws label lines --partner-timeline-line-height tall, without overlap, at ${width} px`, async () => {
      const timeline = await renderTimeline(
        html`<div style="width: ${width}px; --partner-timeline-line-height: 30px">
          <partner-timeline .milestones=${reference.milestones}></partner-timeline>
        </div>`,
      );
      const labels = timeline.parts('label');
      expect(labels).to.have.length(4);
      const boxes = labels.map((label) => label.getBoundingClientRect());
      labels.forEach((label, i) => {
        const title = label.querySelector('.title')!;
        expect(getComputedStyle(title).lineHeight).to.equal('30px');
        // Every line is shown whole: the box holds all of them.
        expect(label.scrollHeight).to.be.at.most(label.clientHeight + 1);
        expect(title.getBoundingClientRect().height % 30).to.be.closeTo(0, 0.5);
        boxes.slice(i + 1).forEach((other) => expect(intersects(boxes[i], other)).to.be.false);
      });
    });
  }
});
