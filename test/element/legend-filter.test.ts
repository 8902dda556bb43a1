import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {click} from '../gestures.js';
import type {PartnerTimelineFilterChangeEvent} from '../../src/events.js';
import {html, renderTimeline, type TimelineHarness} from '../harness.js';
import {focusedTitle, milestones, press, referenceAt} from '../a11y/helpers.js';

function filterEvents(timeline: TimelineHarness): PartnerTimelineFilterChangeEvent[] {
  const events: PartnerTimelineFilterChangeEvent[] = [];
  timeline.element.addEventListener('partner-timeline-filter-change', (event) =>
    events.push(event),
  );
  return events;
}

describe('a legend that filters', () => {
  const categories = [...new Set(milestones.map((milestone) => milestone.category))];

  it('hides a category on a click and brings it back with Space', async () => {
    const timeline = await referenceAt(1280);
    const events = filterEvents(timeline);
    const items = timeline.parts('legend-item');
    expect(items.map((item) => item.textContent.trim())).to.deep.equal(categories);
    expect(items.map((item) => item.getAttribute('aria-pressed'))).to.deep.equal(['true', 'true']);

    const [first] = categories;
    await click(items[0]);
    await timeline.element.updateComplete;
    expect(items[0].getAttribute('aria-pressed')).to.equal('false');
    expect(timeline.element.hiddenCategories).to.deep.equal([first]);
    expect(events.map((event) => event.detail.hiddenCategories)).to.deep.equal([[first]]);
    const shown = milestones.filter((milestone) => milestone.category !== first);
    expect(timeline.titles).to.deep.equal(shown.map((milestone) => milestone.title));
    expect(timeline.milestones[0].getAttribute('aria-setsize')).to.equal(String(shown.length));
    expect(timeline.root.querySelector('#summary')!.textContent).to.contain(`${shown.length}`);

    expect(timeline.focused).to.equal(items[0]);
    await sendKeys({press: 'Space'});
    await timeline.element.updateComplete;
    expect(items[0].getAttribute('aria-pressed')).to.equal('true');
    expect(timeline.element.hiddenCategories).to.deep.equal([]);
    expect(events.at(-1)!.detail.hiddenCategories).to.deep.equal([]);
    expect(timeline.titles).to.have.length(milestones.length);
  });

  it('takes hiddenCategories set by the page, without an event', async () => {
    const timeline = await renderTimeline(
      html`<div style="width: 1280px">
        <partner-timeline
          .milestones=${milestones}
          .hiddenCategories=${[categories[1]]}
        ></partner-timeline>
      </div>`,
    );
    const events = filterEvents(timeline);
    expect(timeline.titles).to.deep.equal(
      milestones.filter((m) => m.category !== categories[1]).map((m) => m.title),
    );
    expect(timeline.parts('legend-item')[1].getAttribute('aria-pressed')).to.equal('false');
    expect(events).to.have.length(0);
  });
});

describe('type-ahead', () => {
  it('typing "stu" on a focused milestone moves the focus to the student exchange', async () => {
    const timeline = await referenceAt(1280);
    timeline.tabStop!.focus();
    await sendKeys({type: 'stu'});
    await timeline.element.updateComplete;
    expect(focusedTitle(timeline)).to.equal('Student exchange agreement signed');
  });

  it('the same letter again cycles through the titles starting with it', async () => {
    const timeline = await renderTimeline(
      html`<div style="width: 1280px">
        <partner-timeline
          .milestones=${[
            {date: '2001', title: 'Alpha'},
            {date: '2002', title: 'Beta'},
            {date: '2003', title: 'Another'},
          ]}
        ></partner-timeline>
      </div>`,
    );
    timeline.tabStop!.focus();
    await press(timeline, 'a');
    expect(focusedTitle(timeline)).to.equal('Another');
    await press(timeline, 'a');
    expect(focusedTitle(timeline)).to.equal('Alpha');
  });
});
