import {expect, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {
  PartnerTimelineRangeChangeEvent,
  PartnerTimelineSelectEvent,
} from '../../src/events.js';
import {keyboardOnlyTimeline, rtlTimeline} from '../../stories/interaction-templates.js';
import {generatedMilestones} from '../../stories/fixtures.js';
import {html, renderTimeline, type TimelineHarness} from '../harness.js';
import {focusedTitle, milestones, press, referenceAt} from './helpers.js';

function selectEvents(timeline: TimelineHarness): PartnerTimelineSelectEvent[] {
  const events: PartnerTimelineSelectEvent[] = [];
  timeline.element.addEventListener('partner-timeline-select', (event) => events.push(event));
  return events;
}

function rangeEvents(timeline: TimelineHarness): PartnerTimelineRangeChangeEvent[] {
  const events: PartnerTimelineRangeChangeEvent[] = [];
  timeline.element.addEventListener('partner-timeline-range-change', (event) => events.push(event));
  return events;
}

describe('keyboard: one tab stop', () => {
  it('Tab enters on exactly one milestone and the next Tab leaves the milestones', async () => {
    const timeline = await renderTimeline(keyboardOnlyTimeline('1280px'));
    const before = document.getElementById('before')!;
    const after = document.getElementById('after')!;
    before.focus();
    await press(timeline, 'Tab');
    expect(document.activeElement).to.equal(timeline.element);
    expect(timeline.focused?.getAttribute('role')).to.equal('option');
    expect(focusedTitle(timeline)).to.equal('Pleven Medical University founded');
    expect(timeline.root.querySelectorAll('[role="listbox"] [tabindex="0"]')).to.have.length(1);

    // Then the legend's two category toggles, then the zoom toolbar (one stop), then out.
    await press(timeline, 'Tab');
    expect(timeline.focused?.closest('[role="listbox"]')).to.equal(null);
    expect(timeline.focused?.getAttribute('part')).to.equal('legend-item');
    await press(timeline, 'Tab');
    expect(timeline.focused?.getAttribute('part')).to.equal('legend-item');
    await press(timeline, 'Tab');
    expect(timeline.focused?.closest('[role="toolbar"]')).to.not.equal(null);

    await press(timeline, 'Tab');
    expect(document.activeElement).to.equal(after);

    for (let i = 0; i < 4; i++) await press(timeline, 'Shift+Tab');
    expect(timeline.focused?.getAttribute('role')).to.equal('option');
    await press(timeline, 'Shift+Tab');
    expect(document.activeElement).to.equal(before);
  });

  it('Tab comes back to the milestone that last had the focus', async () => {
    const timeline = await renderTimeline(keyboardOnlyTimeline('1280px'));
    document.getElementById('before')!.focus();
    await press(timeline, 'Tab');
    await press(timeline, 'ArrowRight');
    await press(timeline, 'ArrowRight');
    await press(timeline, 'Tab');
    await press(timeline, 'Shift+Tab');
    expect(focusedTitle(timeline)).to.equal('Joint HIFU clinical study application');
  });
});

describe('keyboard: moving between milestones', () => {
  it('moves in date order with the arrows, Home and End, and never past the ends', async () => {
    const timeline = await referenceAt(1280);
    timeline.tabStop!.focus();
    const path: (string | null)[] = [];
    for (const key of ['ArrowRight', 'ArrowRight', 'ArrowLeft', 'End', 'ArrowRight', 'Home']) {
      await press(timeline, key);
      path.push(timeline.focused?.getAttribute('aria-posinset') ?? null);
    }
    expect(path).to.deep.equal(['2', '3', '2', '4', '4', '1']);
    await press(timeline, 'ArrowLeft');
    expect(timeline.focused?.getAttribute('aria-posinset')).to.equal('1');
  });

  it('uses Up and Down when vertical', async () => {
    const timeline = await referenceAt(320);
    expect(timeline.listbox?.getAttribute('aria-orientation')).to.equal('vertical');
    timeline.tabStop!.focus();
    await press(timeline, 'ArrowDown');
    await press(timeline, 'ArrowDown');
    expect(timeline.focused?.getAttribute('aria-posinset')).to.equal('3');
    await press(timeline, 'ArrowUp');
    expect(timeline.focused?.getAttribute('aria-posinset')).to.equal('2');
    // Left and Right, the other axis's arrows, move too rather than scroll the page.
    await press(timeline, 'ArrowLeft');
    expect(timeline.focused?.getAttribute('aria-posinset')).to.equal('1');
  });

  it('mirrors Left and Right under dir="rtl" on an ancestor', async () => {
    const timeline = await renderTimeline(rtlTimeline('1280px'));
    timeline.tabStop!.focus();
    await press(timeline, 'ArrowLeft');
    expect(timeline.focused?.getAttribute('aria-posinset')).to.equal('2');
    await press(timeline, 'ArrowLeft');
    await press(timeline, 'ArrowRight');
    expect(timeline.focused?.getAttribute('aria-posinset')).to.equal('2');
  });

  it('jumps by a tenth of the milestones with PageDown and PageUp', async () => {
    const timeline = await renderTimeline(
      html`<div style="width: 1280px">
        <partner-timeline .milestones=${generatedMilestones(300)}></partner-timeline>
      </div>`,
    );
    timeline.tabStop!.focus();
    await press(timeline, 'PageDown');
    expect(timeline.focused?.getAttribute('aria-posinset')).to.equal('31');
    await press(timeline, 'PageDown');
    await press(timeline, 'PageUp');
    expect(timeline.focused?.getAttribute('aria-posinset')).to.equal('31');
    await press(timeline, 'End');
    await press(timeline, 'PageDown');
    expect(timeline.focused?.getAttribute('aria-posinset')).to.equal('300');
  });

  it('reaches every milestone of a cluster, drawing the focused one out of it', async () => {
    const timeline = await renderTimeline(
      html`<div style="width: 1280px">
        <button>before</button>
        <partner-timeline .milestones=${generatedMilestones(300)}></partner-timeline>
      </div>`,
    );
    expect(timeline.parts('cluster')).to.not.be.empty;
    // At rest the first milestone's cluster holds the tab stop; Tab onto it lifts the milestone.
    expect(timeline.tabStop!.getAttribute('part')).to.equal('cluster');
    expect(timeline.root.querySelector('.lifted')).to.equal(null);
    timeline.element.parentElement!.querySelector('button')!.focus();
    await press(timeline, 'Tab');
    await timeline.element.updateComplete;
    const seen = new Set<string>();
    for (let i = 0; i < 40; i++) {
      const focused = timeline.focused!;
      expect(focused.getAttribute('part')).to.contain('milestone');
      expect(focused.getAttribute('aria-posinset')).to.equal(String(i + 1));
      // The focused one is a whole milestone: its date and title, and a marker of 24 px.
      expect(focused.querySelector('time')?.textContent).to.not.equal('');
      expect(timeline.markerOf(focused).getBoundingClientRect().width).to.equal(24);
      seen.add(focusedTitle(timeline)!);
      // Lifted out, it leaves its cluster: every milestone is still drawn exactly once.
      expect(timeline.accountedFor).to.equal(300);
      await press(timeline, 'ArrowRight');
    }
    expect(seen.size).to.equal(40);
    // Leaving the list puts the lifted milestone back into its cluster.
    await press(timeline, 'Tab');
    expect(timeline.root.querySelector('.lifted')).to.equal(null);
    expect(timeline.root.querySelectorAll('[role="listbox"] [tabindex="0"]')).to.have.length(1);
  });
});

describe('keyboard: selecting', () => {
  it('focus alone selects nothing; Enter and Space each select once', async () => {
    const timeline = await referenceAt(1280);
    const events = selectEvents(timeline);
    timeline.tabStop!.focus();
    await press(timeline, 'ArrowRight');
    expect(events).to.be.empty;
    expect(timeline.element.selected).to.equal(null);

    await press(timeline, 'Enter');
    expect(events).to.have.length(1);
    expect(events[0].detail.index).to.equal(1);
    expect(events[0].detail.milestone.id).to.equal('da-vinci-robot');
    expect(timeline.element.getAttribute('selected')).to.equal('da-vinci-robot');

    await press(timeline, 'ArrowRight');
    await press(timeline, ' ');
    expect(events).to.have.length(2);
    expect(events[1].detail.index).to.equal(2);
    expect(timeline.focused?.getAttribute('aria-selected')).to.equal('true');
    expect(timeline.part('detail')!.textContent).to.contain('Joint HIFU clinical study');
    // Space selects; it does not scroll the page.
    expect(window.scrollY).to.equal(0);
  });

  it('Escape clears the selection and keeps the focus on the milestone', async () => {
    const timeline = await referenceAt(1280);
    timeline.tabStop!.focus();
    await press(timeline, 'End');
    await press(timeline, 'Enter');
    expect(timeline.part('detail')).to.not.equal(null);
    await press(timeline, 'Escape');
    expect(timeline.element.selected).to.equal(null);
    expect(timeline.element.hasAttribute('selected')).to.be.false;
    expect(timeline.part('detail')).to.equal(null);
    expect(focusedTitle(timeline)).to.equal('Student exchange agreement signed');
  });

  it('Escape in the detail view closes it and returns the focus to the milestone', async () => {
    const timeline = await renderTimeline(
      html`<div style="width: 1280px">
        <partner-timeline
          .milestones=${[
            {id: 'a', date: '2001', title: 'First'},
            {id: 'b', date: '2005', title: 'Linked', url: 'https://example.org/b'},
          ]}
        ></partner-timeline>
      </div>`,
    );
    timeline.tabStop!.focus();
    await press(timeline, 'End');
    await press(timeline, 'Enter');
    timeline.part('detail')!.querySelector('a')!.focus();
    await press(timeline, 'Escape');
    expect(timeline.part('detail')).to.equal(null);
    expect(focusedTitle(timeline)).to.equal('Linked');
  });
});

describe('keyboard: zoom', () => {
  it('+ and - zoom around the focused milestone and 0 resets, keeping the focus', async () => {
    const timeline = await referenceAt(1280);
    const ranges = rangeEvents(timeline);
    timeline.tabStop!.focus();
    await press(timeline, 'ArrowRight');
    await press(timeline, 'ArrowRight');
    await press(timeline, '+');
    expect(ranges).to.have.length(1);
    const zoomed = ranges[0].detail;
    const hifu = Date.UTC(2014, 6);
    expect(zoomed.start.getTime()).to.be.below(hifu);
    expect(zoomed.end.getTime()).to.be.above(hifu);
    expect(focusedTitle(timeline)).to.equal('Joint HIFU clinical study application');

    await press(timeline, '+');
    await press(timeline, '=');
    expect(ranges).to.have.length(3);
    const span = (i: number) => ranges[i].detail.end.getTime() - ranges[i].detail.start.getTime();
    expect(span(1)).to.be.closeTo(span(0) / 2, 1000);
    expect(span(2)).to.be.closeTo(span(1) / 2, 1000);
    expect(focusedTitle(timeline)).to.equal('Joint HIFU clinical study application');

    await press(timeline, '-');
    expect(span(3)).to.be.closeTo(span(2) * 2, 1000);

    await press(timeline, '0');
    expect(ranges).to.have.length(5);
    expect(ranges[4].detail.start.getUTCFullYear()).to.be.below(1975);
    expect(timeline.milestones).to.have.length(4);
    expect(focusedTitle(timeline)).to.equal('Joint HIFU clinical study application');
    // Nothing more to reset: no event.
    await press(timeline, '0');
    expect(ranges).to.have.length(5);
  });

  it('pans a zoomed range to follow the focus to a milestone outside it', async () => {
    const timeline = await referenceAt(1280);
    timeline.element.zoomTo('2014', '2018');
    await timeline.element.updateComplete;
    expect(timeline.titles).to.not.include('Pleven Medical University founded');
    const ranges = rangeEvents(timeline);
    timeline.tabStop!.focus();
    await press(timeline, 'Home');
    expect(focusedTitle(timeline)).to.equal('Pleven Medical University founded');
    expect(timeline.titles).to.include('Pleven Medical University founded');
    expect(ranges).to.have.length(1);
    expect(ranges[0].detail.start.getTime()).to.be.below(Date.UTC(1974, 0));
    // Once the keys rest, the status names the range now shown, not the one before.
    await waitUntil(() => timeline.announcement.startsWith('Showing 19'), 'no range said', {
      timeout: 3000,
    });
  });
});

describe('keyboard: focus survives', () => {
  it('new data keeps the focus on the same milestone', async () => {
    const timeline = await referenceAt(1280);
    timeline.tabStop!.focus();
    await press(timeline, 'ArrowRight');
    await press(timeline, 'ArrowRight');
    timeline.element.milestones = [{id: 'earlier', date: '1960', title: 'Earlier'}, ...milestones];
    await timeline.element.updateComplete;
    expect(focusedTitle(timeline)).to.equal('Joint HIFU clinical study application');
    expect(timeline.focused?.getAttribute('aria-posinset')).to.equal('4');
    expect(timeline.focused?.getAttribute('aria-setsize')).to.equal('5');
    await press(timeline, 'ArrowRight');
    expect(focusedTitle(timeline)).to.equal('Student exchange agreement signed');
  });

  it('a re-render in the other orientation keeps the focus', async () => {
    const timeline = await referenceAt(1280);
    timeline.tabStop!.focus();
    await press(timeline, 'End');
    timeline.element.orientation = 'vertical';
    await timeline.element.updateComplete;
    expect(timeline.listbox?.getAttribute('aria-orientation')).to.equal('vertical');
    expect(focusedTitle(timeline)).to.equal('Student exchange agreement signed');
  });
});

describe('keyboard: the zoom toolbar', () => {
  it('is one tab stop whose buttons the arrow keys move between', async () => {
    const timeline = await referenceAt(1280);
    expect(timeline.toolbar?.getAttribute('aria-label')).to.equal('Zoom');
    const buttons = [...timeline.toolbar!.querySelectorAll('button')];
    expect(buttons.filter((button) => button.tabIndex === 0)).to.have.length(1);
    buttons[0].focus();
    await press(timeline, 'ArrowRight');
    expect(timeline.focused).to.equal(timeline.button('Zoom out'));
    await press(timeline, 'End');
    expect(timeline.focused).to.equal(timeline.button('Reset zoom'));
    await press(timeline, 'Home');
    expect(timeline.focused).to.equal(timeline.button('Zoom in'));
  });

  it('zooms in, out and back with Enter and Space', async () => {
    const timeline = await referenceAt(1280);
    const ranges = rangeEvents(timeline);
    expect(timeline.button('Reset zoom').getAttribute('aria-disabled')).to.equal('true');
    timeline.button('Zoom in').focus();
    await press(timeline, 'Enter');
    expect(ranges).to.have.length(1);
    expect(timeline.button('Reset zoom').hasAttribute('aria-disabled')).to.be.false;
    await press(timeline, 'ArrowRight');
    await press(timeline, ' ');
    expect(ranges).to.have.length(2);
    await sendKeys({press: 'End'});
    await press(timeline, 'Enter');
    expect(ranges).to.have.length(3);
    expect(timeline.milestones).to.have.length(4);
    // The focus stays on the button, which now does nothing.
    expect(timeline.focused).to.equal(timeline.button('Reset zoom'));
    expect(timeline.button('Reset zoom').getAttribute('aria-disabled')).to.equal('true');
  });
});
