import {expect} from '@open-wc/testing';
import {setViewport} from '@web/test-runner-commands';
import reference from '../../data/cqmu-pleven.json';
import {frames, html, intersects, renderTimeline, type TimelineHarness} from '../harness.js';

/**
 * Axis context where people read it: real Chromium, real fonts, the tick labels' boxes read back.
 * Zoomed, the first tick names its year; unzoomed, each stretch of the axis between breaks that
 * holds a milestone has a tick label of its own.
 */

/** Sub-pixel slack for boxes that touch. */
const SLACK = 0.5;

async function referenceAt(width: number, orientation = 'auto'): Promise<TimelineHarness> {
  await setViewport({width: width + 40, height: 900});
  return renderTimeline(
    html`<div style="width: ${width}px">
      <partner-timeline
        label="CQMU and Pleven"
        locale="en-GB"
        orientation=${orientation}
        .milestones=${reference.milestones}
      ></partner-timeline>
    </div>`,
  );
}

/** The view of the issue: 18 months, mid-June 2016 to mid-December 2017. */
async function zoomToEighteenMonths(timeline: TimelineHarness): Promise<void> {
  timeline.element.zoomTo(new Date(Date.UTC(2016, 5, 15)), new Date(Date.UTC(2017, 11, 15)));
  await timeline.element.updateComplete;
  await frames();
  await timeline.element.updateComplete;
}

function isHorizontal(timeline: TimelineHarness): boolean {
  return timeline.listbox?.getAttribute('aria-orientation') === 'horizontal';
}

/** A box's extent along the axis. */
function along(timeline: TimelineHarness, box: DOMRect): [number, number] {
  return isHorizontal(timeline) ? [box.left, box.right] : [box.top, box.bottom];
}

const text = (element: Element) => element.textContent.trim();

/**
 * The stretches of the axis between its ends and the break marks, along the axis, each with
 * the tick labels lying inside it and whether a milestone's marker lies in it.
 */
function stretches(timeline: TimelineHarness) {
  const axis = timeline.part('axis');
  if (!axis) throw new Error('no axis');
  const [start, end] = along(timeline, timeline.boxOf(axis));
  const marks = timeline.parts('break').map((mark) => along(timeline, timeline.boxOf(mark)));
  const bounds = [start, ...marks.flat(), end];
  const markers = timeline
    .parts('marker')
    .map((marker) => along(timeline, timeline.boxOf(marker)))
    .map(([from, to]) => (from + to) / 2);
  const ticks = timeline.parts('tick').map((tick) => ({
    label: text(tick),
    extent: along(timeline, timeline.boxOf(tick)),
  }));
  return Array.from({length: bounds.length / 2}, (_, s) => {
    const [from, to] = [bounds[2 * s], bounds[2 * s + 1]];
    return {
      from,
      to,
      holdsMilestone: markers.some((centre) => centre >= from && centre <= to),
      ticks: ticks
        .filter(({extent}) => extent[0] >= from - SLACK && extent[1] <= to + SLACK)
        .map(({label}) => label),
    };
  });
}

/** Tick labels overlap neither each other nor the breaks' duration labels. */
function expectLabelsApart(timeline: TimelineHarness): void {
  const boxes = [
    ...timeline.parts('tick'),
    ...timeline.parts('break').map((mark) => mark.querySelector('.break-text')!),
  ].map((element) => ({label: text(element), box: timeline.boxOf(element)}));
  for (const [i, a] of boxes.entries()) {
    for (const b of boxes.slice(i + 1)) {
      expect(intersects(a.box, b.box), `"${a.label}" overlaps "${b.label}"`).to.be.false;
    }
  }
}

describe('<partner-timeline> axis context', () => {
  for (const width of [768, 1280]) {
    it(`names the year on the first tick when zoomed to 18 months at ${width} px`, async () => {
      const timeline = await referenceAt(width);
      await zoomToEighteenMonths(timeline);
      const labels = timeline.parts('tick').map(text);
      expect(labels.length, labels.join(' | ')).to.be.at.least(3);
      expect(labels[0], labels.join(' | ')).to.match(/\b2016\b/);
      // The year is named again where it changes: "Jan 2017" after "Oct 2016".
      expect(
        labels.filter((label) => /\b2017\b/.test(label)),
        labels.join(' | '),
      ).to.have.length(1);
      expectLabelsApart(timeline);
    });
  }

  for (const [width, orientation] of [
    [768, 'auto'],
    [1280, 'auto'],
    [480, 'horizontal'],
    [375, 'auto'],
  ] as const) {
    it(`gives every stretch with a milestone a tick label of its own at ${width} px, ${orientation}`, async () => {
      const timeline = await referenceAt(width, orientation);
      const found = stretches(timeline);
      expect(found.length, 'the 33 years are one break: two stretches').to.equal(2);
      for (const stretch of found.filter((candidate) => candidate.holdsMilestone)) {
        expect(stretch.ticks, `${stretch.from}–${stretch.to} px`).to.not.be.empty;
      }
      expectLabelsApart(timeline);
    });
  }
});
