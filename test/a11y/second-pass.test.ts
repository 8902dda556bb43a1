import {expect} from '@open-wc/testing';
import {generatedMilestones} from '../../stories/fixtures.js';
import {html, renderTimeline} from '../harness.js';
import {focusedTitle, milestones, press, referenceAt} from './helpers.js';

describe('keyboard: the arrows of the other axis', () => {
  it('Down and Up move next and previous in a horizontal timeline, and the page stays put', async () => {
    const spacer = document.createElement('div');
    spacer.style.height = '3000px';
    document.body.append(spacer);
    try {
      const timeline = await referenceAt(1280);
      expect(timeline.listbox!.getAttribute('aria-orientation')).to.equal('horizontal');
      timeline.tabStop!.focus();
      const scrolled = window.scrollY;
      await press(timeline, 'ArrowDown');
      expect(focusedTitle(timeline)).to.equal(milestones[1].title);
      await press(timeline, 'ArrowDown');
      await press(timeline, 'ArrowUp');
      expect(focusedTitle(timeline)).to.equal(milestones[1].title);
      expect(window.scrollY).to.equal(scrolled);
    } finally {
      spacer.remove();
    }
  });

  it('Right and Left move next and previous in a vertical timeline', async () => {
    const timeline = await referenceAt(360);
    expect(timeline.listbox!.getAttribute('aria-orientation')).to.equal('vertical');
    timeline.tabStop!.focus();
    await press(timeline, 'ArrowRight');
    await press(timeline, 'ArrowRight');
    expect(focusedTitle(timeline)).to.equal(milestones[2].title);
    await press(timeline, 'ArrowLeft');
    expect(focusedTitle(timeline)).to.equal(milestones[1].title);
  });
});

describe('focus when the data is replaced', () => {
  it('stays on the same milestone when it is still there', async () => {
    const timeline = await referenceAt(1280);
    timeline.tabStop!.focus();
    await press(timeline, 'ArrowRight');
    await press(timeline, 'ArrowRight');
    expect(focusedTitle(timeline)).to.equal(milestones[2].title);
    timeline.element.milestones = [
      {id: 'earlier', date: '1960', title: 'An earlier milestone'},
      ...milestones,
    ];
    await timeline.element.updateComplete;
    await timeline.element.updateComplete;
    expect(document.activeElement).to.equal(timeline.element);
    expect(focusedTitle(timeline)).to.equal(milestones[2].title);
  });

  it('goes to the nearest milestone when the focused one is gone', async () => {
    const timeline = await renderTimeline(
      html`<div style="width: 1280px">
        <partner-timeline .milestones=${generatedMilestones(20)}></partner-timeline>
      </div>`,
    );
    timeline.tabStop!.focus();
    for (let i = 0; i < 5; i++) await press(timeline, 'ArrowRight');
    timeline.element.milestones = generatedMilestones(3);
    await timeline.element.updateComplete;
    await timeline.element.updateComplete;
    expect(document.activeElement).to.equal(timeline.element);
    expect(timeline.focused?.getAttribute('role')).to.equal('option');
  });
});
