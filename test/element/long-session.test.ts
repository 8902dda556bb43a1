import {expect} from '@open-wc/testing';
import {sendKeys, sendMouse} from '@web/test-runner-commands';
import type {PartnerTimeline} from '../../src/partner-timeline.js';
import {generatedMilestones, mulberry32} from '../../stories/fixtures.js';
import {html, renderTimeline, type TimelineHarness} from '../harness.js';

const milestones = generatedMilestones(1000);
const FIRST = Date.UTC(1990, 0, 1);
const LAST = Date.UTC(2025, 11, 31);

function timelineAt1280(): Promise<TimelineHarness> {
  return renderTimeline(
    html`<div style="width: 1280px">
      <partner-timeline label="Long session" .milestones=${milestones}></partner-timeline>
    </div>`,
  );
}

/** Elements, text and comments (Lit's part markers) in the shadow root, by kind. */
function census(timeline: TimelineHarness): {elements: number; texts: number; comments: number} {
  const counts = {elements: 0, texts: 0, comments: 0};
  const walker = document.createTreeWalker(timeline.root, NodeFilter.SHOW_ALL);
  while (walker.nextNode()) {
    const type = walker.currentNode.nodeType;
    if (type === Node.ELEMENT_NODE) counts.elements++;
    else if (type === Node.TEXT_NODE) counts.texts++;
    else if (type === Node.COMMENT_NODE) counts.comments++;
  }
  return counts;
}

/** The range the element shows now, as its last `partner-timeline-range-change` said. */
function followRange(element: PartnerTimeline): () => [Date, Date] {
  let range: [Date, Date] | null = null;
  element.addEventListener('partner-timeline-range-change', (event) => {
    range = [event.detail.start, event.detail.end];
  });
  return () => {
    if (!range) throw new Error('no range-change event yet');
    return range;
  };
}

/** The shadow root of a fresh element at the same width that was only zoomed to `range`. */
async function freshCensus(range: [Date, Date]): Promise<ReturnType<typeof census>> {
  const fresh = await timelineAt1280();
  fresh.element.zoomTo(...range);
  await fresh.element.updateComplete;
  return census(fresh);
}

describe('a long session', () => {
  it('500 zoomTo steps leave the shadow root as large as a fresh element showing that view', async function () {
    this.timeout(60_000);
    const timeline = await timelineAt1280();
    const shown = followRange(timeline.element);
    const random = mulberry32(20);
    for (let step = 1; step <= 500; step++) {
      if (step % 10 === 0) {
        timeline.element.resetZoom();
      } else {
        const span = (LAST - FIRST) * (0.01 + random() * 0.5);
        const start = FIRST + random() * (LAST - FIRST - span);
        timeline.element.zoomTo(start, start + span);
      }
      await timeline.element.updateComplete;
    }
    timeline.element.zoomTo(Date.UTC(2001, 0), Date.UTC(2009, 0));
    await timeline.element.updateComplete;
    expect(census(timeline)).to.deep.equal(await freshCensus(shown()));
  });

  it('drag pans with the mouse leave the shadow root as large as a fresh element showing that view', async function () {
    this.timeout(60_000);
    const timeline = await timelineAt1280();
    const shown = followRange(timeline.element);
    timeline.element.zoomTo('2004', '2008');
    await timeline.element.updateComplete;
    const box = timeline.root.querySelector('.plot')!.getBoundingClientRect();
    const [x, y] = [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
    for (let drag = 0; drag < 60; drag++) {
      // Back and forth, further back than forth: the view wanders into earlier years.
      const dx = drag % 2 === 0 ? 240 : -180;
      await sendMouse({type: 'move', position: [x, y]});
      await sendMouse({type: 'down'});
      await sendMouse({type: 'move', position: [x + dx / 2, y]});
      await sendMouse({type: 'move', position: [x + dx, y]});
      await sendMouse({type: 'up'});
      await timeline.element.updateComplete;
    }
    const [start] = shown();
    expect(start.getTime()).to.be.below(Date.UTC(2003, 0));
    expect(census(timeline)).to.deep.equal(await freshCensus(shown()));
  });

  it('arrow keys through lifted milestones leave the shadow root as it was', async function () {
    this.timeout(60_000);
    const timeline = await timelineAt1280();
    // Settled on the first milestone with a move there and back, as a reader tabbing in would be.
    timeline.tabStop!.focus();
    await sendKeys({press: 'ArrowRight'});
    await sendKeys({press: 'ArrowLeft'});
    await timeline.element.updateComplete;
    const before = census(timeline);
    // Each move lifts the next milestone out of its cluster and puts the last one back.
    for (let move = 0; move < 60; move++) {
      await sendKeys({press: move % 6 < 4 ? 'ArrowRight' : 'ArrowLeft'});
      await timeline.element.updateComplete;
    }
    for (let move = 0; move < 20; move++) {
      await sendKeys({press: 'ArrowLeft'});
      await timeline.element.updateComplete;
    }
    expect(census(timeline)).to.deep.equal(before);
  });
});
