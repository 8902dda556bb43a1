import {expect, waitUntil} from '@open-wc/testing';
import {sendMouse, setViewport} from '@web/test-runner-commands';
import type {PartnerTimelineRangeChangeEvent} from '../../src/events.js';
import {zoomedTimeline} from '../../stories/interaction-templates.js';
import {generatedMilestones} from '../../stories/fixtures.js';
import {html, renderTimeline, type TimelineHarness} from '../harness.js';
import {frames, referenceAt} from './helpers.js';
import {click, touch, wheel} from '../gestures.js';

const DAY = 86_400_000;

function rangeEvents(timeline: TimelineHarness): PartnerTimelineRangeChangeEvent[] {
  const events: PartnerTimelineRangeChangeEvent[] = [];
  timeline.element.addEventListener('partner-timeline-range-change', (event) => events.push(event));
  return events;
}

/** Centre of a milestone's marker in viewport pixels. */
function markerCentre(timeline: TimelineHarness, title: string): {x: number; y: number} {
  const box = timeline.markerOf(timeline.milestoneNamed(title)).getBoundingClientRect();
  return {x: box.x + box.width / 2, y: box.y + box.height / 2};
}

function plot(timeline: TimelineHarness): HTMLElement {
  return timeline.root.querySelector<HTMLElement>('.plot')!;
}

/** A point on the plot's axis line, `share` of the way along, in viewport pixels. */
function onAxis(timeline: TimelineHarness, share: number): {x: number; y: number} {
  const box = plot(timeline).getBoundingClientRect();
  const y = markerCentre(timeline, 'Student exchange agreement signed').y;
  return {x: Math.round(box.x + box.width * share), y: Math.round(y)};
}

describe('zoomTo and resetZoom', () => {
  it('fire no range event on the first draw', async () => {
    let fired = 0;
    await renderTimeline(
      html`<partner-timeline
        .milestones=${generatedMilestones(20)}
        @partner-timeline-range-change=${() => fired++}
      ></partner-timeline>`,
    );
    expect(fired).to.equal(0);
  });

  it('zoomTo shows the range by laying out again, and fires the event', async () => {
    const timeline = await referenceAt(1280);
    const before = markerCentre(timeline, 'Da Vinci surgical robot at Pleven');
    const ranges = rangeEvents(timeline);
    timeline.element.zoomTo('2006', '2017');
    await timeline.element.updateComplete;
    expect(ranges).to.have.length(1);
    // Text keeps its precision: an end of "2017" is the end of 2017.
    expect(ranges[0].detail.start.toISOString()).to.equal('2006-01-01T00:00:00.000Z');
    expect(ranges[0].detail.end.toISOString()).to.equal('2018-01-01T00:00:00.000Z');
    expect(timeline.titles).to.deep.equal([
      'Da Vinci surgical robot at Pleven',
      'Joint HIFU clinical study application',
      'Student exchange agreement signed',
    ]);
    // A 12-year range over 1280 px: 2007 sits within the first twelfth (what lies before it is
    // the end of the compressed 33 empty years, which stays compressed), and the time from
    // 2007 on is drawn at one rate.
    const host = timeline.element.getBoundingClientRect();
    const after = markerCentre(timeline, 'Da Vinci surgical robot at Pleven');
    expect(after.x - host.x).to.be.within(0, 1280 / 12);
    expect(after.x).to.not.be.closeTo(before.x, 20);
    const hifu = markerCentre(timeline, 'Joint HIFU clinical study application');
    const exchange = markerCentre(timeline, 'Student exchange agreement signed');
    const perYear = (hifu.x - after.x) / 7.5;
    expect(exchange.x - hifu.x).to.be.closeTo(perYear * (3 + 4 / 12), 2);
    // Re-laid out, not stretched: nothing is scaled and the text keeps its size.
    const label = timeline.parts('label')[0];
    expect(getComputedStyle(label).transform).to.equal('none');
    expect(getComputedStyle(plot(timeline)).transform).to.equal('none');
    expect(getComputedStyle(label).fontSize).to.equal('14px');
  });

  it('zoomTo takes Dates and numbers and ignores what is not a date', async () => {
    const timeline = await referenceAt(1280);
    const ranges = rangeEvents(timeline);
    timeline.element.zoomTo(new Date(Date.UTC(2014, 0)), Date.UTC(2015, 0));
    await timeline.element.updateComplete;
    expect(ranges[0].detail.start.getTime()).to.equal(Date.UTC(2014, 0));
    expect(ranges[0].detail.end.getTime()).to.equal(Date.UTC(2015, 0));
    expect(timeline.titles).to.deep.equal(['Joint HIFU clinical study application']);
    timeline.element.zoomTo('not a date', '2015');
    timeline.element.zoomTo(NaN, 5);
    await timeline.element.updateComplete;
    expect(ranges).to.have.length(1);
  });

  it('keeps zoom between one day and one and a half times the whole timeline', async () => {
    const timeline = await referenceAt(1280);
    const ranges = rangeEvents(timeline);
    timeline.element.zoomTo('2014-07-01T10:00', '2014-07-01T11:00');
    await timeline.element.updateComplete;
    const narrow = ranges[0].detail;
    expect(narrow.end.getTime() - narrow.start.getTime()).to.equal(DAY);
    timeline.element.zoomTo('1000', '3000');
    await timeline.element.updateComplete;
    const wide = ranges[1].detail;
    const years = (wide.end.getTime() - wide.start.getTime()) / (365.25 * DAY);
    // The whole timeline is 1974–2017 with a little padding: about 46 years.
    expect(years).to.be.within(60, 75);
  });

  it('resetZoom shows everything again, once', async () => {
    const timeline = await renderTimeline(zoomedTimeline('1280px'));
    await waitUntil(() => timeline.milestones.length === 3, 'the story zooms after its first draw');
    const ranges = rangeEvents(timeline);
    timeline.element.resetZoom();
    await timeline.element.updateComplete;
    expect(timeline.milestones).to.have.length(4);
    expect(ranges).to.have.length(1);
    timeline.element.resetZoom();
    await timeline.element.updateComplete;
    expect(ranges).to.have.length(1);
  });

  it('pans to a milestone selected outside the range', async () => {
    const timeline = await referenceAt(1280);
    timeline.element.zoomTo('2014', '2018');
    await timeline.element.updateComplete;
    const ranges = rangeEvents(timeline);
    timeline.element.select('pleven-founded');
    await timeline.element.updateComplete;
    expect(timeline.titles).to.include('Pleven Medical University founded');
    expect(timeline.tabStop?.dataset['id']).to.equal('pleven-founded');
    expect(ranges).to.have.length(1);
  });

  it('announces the range shown', async () => {
    const timeline = await referenceAt(1280);
    timeline.element.zoomTo('2007', '2017');
    await timeline.element.updateComplete;
    expect(timeline.announcement).to.equal('Showing 2007 to 2017');
  });

  it('keeps the data through a zoom and a change of data', async () => {
    const timeline = await referenceAt(1280);
    timeline.element.zoomTo('2006', '2017');
    timeline.element.milestones = [...timeline.element.items.map((item) => item.milestone)];
    await timeline.element.updateComplete;
    expect(timeline.milestones).to.have.length(3);
  });
});

describe('zoom with the pointer', () => {
  // The whole 1280 px timeline inside the window, so that the mouse can reach every part of it.
  before(() => setViewport({width: 1400, height: 900}));

  it('Ctrl + wheel zooms in around the pointer; a plain wheel is left to the page', async () => {
    const timeline = await referenceAt(1280);
    const ranges = rangeEvents(timeline);
    const hifu = () => markerCentre(timeline, 'Joint HIFU clinical study application');
    const at = hifu();

    await wheel(at, -100);
    await timeline.element.updateComplete;
    expect(ranges).to.be.empty;

    await wheel(at, -100, ['Control']);
    await timeline.element.updateComplete;
    expect(ranges).to.have.length(1);
    // The instant under the pointer stays put.
    expect(hifu().x).to.be.closeTo(at.x, 2);

    await wheel(hifu(), -100, ['Control']);
    await timeline.element.updateComplete;
    expect(ranges).to.have.length(2);
    // One notch zooms what is drawn by √2 (the range also holds the break's squeezed years).
    const drawn = (i: number) => {
      const {start, end} = ranges[i].detail;
      return end.getTime() - Math.max(start.getTime(), Date.UTC(2007, 0));
    };
    expect(drawn(0) / drawn(1)).to.be.closeTo(Math.SQRT2, 0.05);
    expect(hifu().x).to.be.closeTo(at.x, 2);

    // ⌘ + wheel works on a Mac (trackpad pinch arrives as a wheel with ctrlKey).
    await wheel(hifu(), 100, ['Meta']);
    await timeline.element.updateComplete;
    expect(ranges).to.have.length(3);
  });

  it('a drag pans, moving the markers with the pointer, and does not select', async () => {
    const timeline = await referenceAt(1280);
    timeline.element.zoomTo('2006', '2018');
    await timeline.element.updateComplete;
    const ranges = rangeEvents(timeline);
    let selected = 0;
    timeline.element.addEventListener('partner-timeline-select', () => selected++);
    const before = markerCentre(timeline, 'Joint HIFU clinical study application');
    const from = onAxis(timeline, 0.5);
    await sendMouse({type: 'move', position: [from.x, from.y]});
    await sendMouse({type: 'down'});
    await sendMouse({type: 'move', position: [from.x + 50, from.y]});
    await sendMouse({type: 'move', position: [from.x + 100, from.y]});
    await sendMouse({type: 'up'});
    await frames();
    await timeline.element.updateComplete;
    expect(ranges.length).to.be.at.least(1);
    const last = ranges[ranges.length - 1].detail;
    // Dragging the content right brings earlier time into view.
    expect(last.start.getTime()).to.be.below(Date.UTC(2006, 0));
    const after = markerCentre(timeline, 'Joint HIFU clinical study application');
    expect(after.x - before.x).to.be.closeTo(100, 3);
    expect(selected).to.equal(0);
    await waitUntil(() => timeline.announcement.startsWith('Showing'), 'the pan is announced');
  });

  it('a press without a drag still selects', async () => {
    const timeline = await referenceAt(1280);
    const label = timeline.milestoneNamed('Student exchange').querySelector('[part~="label"]')!;
    const box = label.getBoundingClientRect();
    await sendMouse({type: 'click', position: [Math.round(box.x + 10), Math.round(box.y + 10)]});
    await timeline.element.updateComplete;
    expect(timeline.element.selected).to.equal('student-exchange');
    expect(timeline.announcement).to.equal(
      'Selected: Student exchange agreement signed, November 2017',
    );
  });

  it('a two-finger pinch zooms in; touch leaves vertical scrolling to the page', async () => {
    const timeline = await referenceAt(1280);
    expect(getComputedStyle(plot(timeline)).touchAction).to.equal('pan-y');
    const ranges = rangeEvents(timeline);
    const centre = markerCentre(timeline, 'Joint HIFU clinical study application');
    const fingers = (apart: number) => [
      {x: centre.x - apart, y: centre.y},
      {x: centre.x + apart, y: centre.y},
    ];
    await touch('start', fingers(20));
    for (const apart of [30, 45, 60]) await touch('move', fingers(apart));
    await touch('end');
    await frames();
    await timeline.element.updateComplete;
    expect(ranges.length).to.be.at.least(1);
    const {start, end} = ranges[ranges.length - 1].detail;
    expect(start.getTime()).to.be.below(Date.UTC(2014, 6));
    expect(end.getTime()).to.be.above(Date.UTC(2014, 6));
    // Fingers three times as far apart: a third of the time the axis drew at its normal rate
    // (2007 to 2019 or so, beside the break of the 33 empty years) fits.
    const years = (end.getTime() - Math.max(start.getTime(), Date.UTC(2007, 0))) / (365.25 * DAY);
    expect(years).to.be.within(3, 6);
  });

  it('a click on a cluster zooms in on it', async () => {
    const timeline = await renderTimeline(
      html`<div style="width: 1280px">
        <partner-timeline .milestones=${generatedMilestones(300)}></partner-timeline>
      </div>`,
    );
    const ranges = rangeEvents(timeline);
    const cluster = timeline.parts('cluster')[0];
    const count = Number(cluster.dataset['count']);
    await click(cluster);
    await timeline.element.updateComplete;
    await frames();
    expect(ranges).to.have.length(1);
    const drawn = timeline.milestones.length + timeline.parts('cluster').length;
    expect(drawn).to.be.at.least(Math.min(count, 2));
    expect(timeline.element.selected).to.equal(null);
  });
});
