import {expect, oneEvent} from '@open-wc/testing';
import {sendKeys, sendMouse, setViewport} from '@web/test-runner-commands';
import reference from '../../data/cqmu-pleven.json';
import type {PartnerTimelineSelectEvent} from '../../src/events.js';
import {frames, html, renderTimeline, type TimelineHarness} from '../harness.js';
import {click, tap, touch, type Point} from '../gestures.js';

/** The reference timeline, `width` px wide, in a page with room to scroll below it. */
function referenceTimeline(width = 1280): Promise<TimelineHarness> {
  return renderTimeline(
    html`<div style="width: ${width}px; padding-bottom: 2000px">
      <partner-timeline
        label="CQMU and Pleven"
        .milestones=${reference.milestones}
      ></partner-timeline>
    </div>`,
  );
}

/** Where each marker is drawn along the axis, by milestone id, viewport px. */
function markerXs(timeline: TimelineHarness): Map<string, number> {
  return new Map(
    timeline.milestones.map((option) => {
      const box = timeline.markerOf(option).getBoundingClientRect();
      return [option.dataset['id']!, box.x + box.width / 2];
    }),
  );
}

function axisPoint(timeline: TimelineHarness, share: number): Point {
  const plot = timeline.root.querySelector('.plot')!.getBoundingClientRect();
  const axis = timeline.root.querySelector('.axis-line')!.getBoundingClientRect();
  return {x: Math.round(plot.x + plot.width * share), y: Math.round(axis.y + axis.height / 2)};
}

async function drag(timeline: TimelineHarness, from: Point, dx: number, steps = 4): Promise<void> {
  await sendMouse({type: 'move', position: [from.x, from.y]});
  await sendMouse({type: 'down'});
  for (let step = 1; step <= steps; step++) {
    await sendMouse({type: 'move', position: [Math.round(from.x + (dx * step) / steps), from.y]});
  }
  await sendMouse({type: 'up'});
  await frames();
  await timeline.element.updateComplete;
}

describe('gestures act on the drawn axis', () => {
  before(() => setViewport({width: 1400, height: 900}));

  it('a drag on the opening view, where everything fits, moves nothing and keeps the break', async () => {
    const timeline = await referenceTimeline();
    const before = markerXs(timeline);
    await drag(timeline, axisPoint(timeline, 0.5), -40);
    expect(markerXs(timeline)).to.deep.equal(before);
    expect(timeline.parts('break')).to.have.length(1);
  });

  it('zoomed, a drag moves every marker with the pointer, 1:1, and keeps the break in view', async () => {
    const timeline = await referenceTimeline();
    timeline.element.zoomTo('2004', '2016');
    await timeline.element.updateComplete;
    await drag(timeline, axisPoint(timeline, 0.5), 40);
    const before = markerXs(timeline);
    const breaksBefore = timeline.parts('break').length;
    await drag(timeline, axisPoint(timeline, 0.5), -40);
    const after = markerXs(timeline);
    for (const [id, x] of after) {
      if (before.has(id)) expect(x - before.get(id)!, id).to.be.closeTo(-40, 1);
    }
    expect(timeline.parts('break')).to.have.length(breaksBefore);
  });

  for (const dx of [5000, -5000]) {
    it(`zoomed, dragging ${dx} px stops at the data and the element keeps its height`, async () => {
      const timeline = await referenceTimeline();
      const height = timeline.element.getBoundingClientRect().height;
      timeline.element.zoomTo('2009', '2016');
      await timeline.element.updateComplete;
      expect(timeline.element.getBoundingClientRect().height).to.equal(height);
      // 5,000 px in all, in drags a person makes: each within the window.
      for (let i = 0; i < 10; i++)
        await drag(timeline, axisPoint(timeline, dx > 0 ? 0.1 : 0.9), dx / 10);
      expect(timeline.element.getBoundingClientRect().height).to.equal(height);
      const host = timeline.element.getBoundingClientRect();
      const inView = timeline.milestones.filter((option) => {
        const box = timeline.markerOf(option).getBoundingClientRect();
        return box.x >= host.x && box.right <= host.right;
      });
      expect(inView.length + timeline.parts('edge').length).to.be.at.least(1);
      // Stopped at the data: the first or last milestone is in view.
      const titles = inView.map((option) => option.dataset['id']);
      expect(titles).to.include(dx > 0 ? 'pleven-founded' : 'student-exchange');
    });
  }
});

describe('edge controls', () => {
  before(() => setViewport({width: 1400, height: 900}));

  it('say how many milestones lie beyond each end, and go there', async () => {
    const timeline = await referenceTimeline();
    timeline.element.zoomTo('2014', '2015');
    await timeline.element.updateComplete;
    const edges = timeline.parts('edge');
    expect(edges.map((edge) => edge.textContent?.trim())).to.deep.equal(['2 earlier', '1 later']);
    const host = timeline.element.getBoundingClientRect();
    for (const edge of edges) {
      const box = edge.getBoundingClientRect();
      expect(box.left).to.be.at.least(host.left - 0.5);
      expect(box.right).to.be.at.most(host.right + 0.5);
      expect(box.height).to.be.at.least(24);
    }
    const later = timeline.part('edge--later')!.getBoundingClientRect();
    await sendMouse({type: 'click', position: [Math.round(later.x + 10), Math.round(later.y + 8)]});
    await frames();
    await timeline.element.updateComplete;
    expect(timeline.titles).to.include('Student exchange agreement signed');
    expect(timeline.announcement).to.match(/^Showing/);
  });

  it('are reached with Tab and pressed with Enter', async () => {
    const timeline = await referenceTimeline();
    timeline.element.zoomTo('2014', '2015');
    await timeline.element.updateComplete;
    timeline.tabStop!.focus();
    await sendKeys({press: 'Tab'});
    expect(timeline.focused?.getAttribute('part')).to.equal('edge edge--earlier');
    await sendKeys({press: 'Enter'});
    await frames();
    await timeline.element.updateComplete;
    expect(timeline.titles).to.include('Da Vinci surgical robot at Pleven');
  });
});

describe('milestones that zoom cannot take apart', () => {
  before(() => setViewport({width: 1400, height: 900}));

  const sameDay = Array.from({length: 13}, (_, i) => ({
    id: `visit-${i + 1}`,
    date: '2016-05-12',
    title: `Delegation visit ${i + 1}`,
  }));

  async function clusterTimeline(): Promise<TimelineHarness> {
    return renderTimeline(
      html`<div style="width: 1280px">
        <partner-timeline .milestones=${[...reference.milestones, ...sameDay]}></partner-timeline>
      </div>`,
    );
  }

  it('open a list where the mouse chooses the 7th of 13', async () => {
    const timeline = await clusterTimeline();
    const cluster = timeline.parts('cluster').find((part) => part.dataset['count'] === '13')!;
    await click(cluster);
    await timeline.element.updateComplete;
    const list = timeline.part('cluster-list')!;
    expect(list.getAttribute('aria-label')).to.equal(
      '13 milestones, May 12, 2016: Delegation visit 1, Delegation visit 2, …',
    );
    expect(cluster.getAttribute('aria-controls')).to.equal('cluster-list');
    const seventh = list.querySelectorAll('li button')[6].getBoundingClientRect();
    const selected = oneEvent<PartnerTimelineSelectEvent>(
      timeline.element,
      'partner-timeline-select',
    );
    await sendMouse({
      type: 'click',
      position: [Math.round(seventh.x + 20), Math.round(seventh.y + seventh.height / 2)],
    });
    const {detail} = await selected;
    expect(detail.milestone.title).to.equal('Delegation visit 7');
    await timeline.element.updateComplete;
    expect(timeline.element.selected).to.equal('visit-7');
    expect(timeline.part('cluster-list')).to.equal(null);
    // The cluster now holds the selection: said, and marked in the selected colour.
    const holder = timeline.parts('cluster').find((part) => part.dataset['count'] === '13')!;
    expect(holder.getAttribute('aria-selected')).to.equal('true');
    const ring = (part: Element) =>
      getComputedStyle(part.querySelector('.cluster-count')!).boxShadow;
    expect(ring(holder)).to.not.equal('none');
    const others = timeline.parts('cluster').filter((part) => part !== holder);
    for (const other of others) expect(ring(other)).to.equal('none');
  });

  it('take the focus into the list, move with keys and go back to the cluster with Escape', async () => {
    const timeline = await clusterTimeline();
    const cluster = timeline.parts('cluster').find((part) => part.dataset['count'] === '13')!;
    await click(cluster);
    await timeline.element.updateComplete;
    expect(timeline.focused?.textContent).to.contain('Delegation visit 1');
    await sendKeys({press: 'Tab'});
    expect(timeline.focused?.textContent).to.contain('Delegation visit 2');
    await sendKeys({press: 'Escape'});
    await timeline.element.updateComplete;
    expect(timeline.part('cluster-list')).to.equal(null);
    // Back in the list of milestones, on the first of the cluster, lifted out to be seen.
    expect(timeline.focused?.getAttribute('role')).to.equal('option');
    expect(timeline.focused?.textContent).to.contain('Delegation visit 1');
    await expect(timeline.element).to.be.accessible();
  });
});

describe('touch', () => {
  before(() => setViewport({width: 1400, height: 900}));

  it('a tap selects', async () => {
    const timeline = await referenceTimeline();
    const label = timeline.milestoneNamed('Student exchange').querySelector('[part~="label"]')!;
    const box = label.getBoundingClientRect();
    await tap({x: box.x + 10, y: box.y + 10});
    await timeline.element.updateComplete;
    expect(timeline.element.selected).to.equal('student-exchange');
  });

  it('a horizontal drag pans a zoomed view', async () => {
    const timeline = await referenceTimeline();
    timeline.element.zoomTo('2012', '2016');
    await timeline.element.updateComplete;
    const before = markerXs(timeline).get('hifu-joint-study')!;
    const from = axisPoint(timeline, 0.5);
    await touch('start', [from]);
    for (const dx of [20, 40, 60, 80]) await touch('move', [{x: from.x + dx, y: from.y}]);
    await touch('end');
    await frames();
    await timeline.element.updateComplete;
    expect(markerXs(timeline).get('hifu-joint-study')! - before).to.be.closeTo(80, 3);
    expect(timeline.element.selected).to.equal(null);
  });

  it('a vertical swipe over the timeline scrolls the page', async () => {
    const timeline = await referenceTimeline();
    window.scrollTo(0, 0);
    const from = axisPoint(timeline, 0.5);
    await touch('start', [from]);
    for (const dy of [-30, -60, -90, -120]) await touch('move', [{x: from.x, y: from.y + dy}]);
    await touch('end');
    await frames();
    expect(window.scrollY).to.be.above(40);
    window.scrollTo(0, 0);
  });
});
