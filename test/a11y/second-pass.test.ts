import {expect, waitUntil} from '@open-wc/testing';
import {emulateMedia, sendKeys} from '@web/test-runner-commands';
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

describe('dates before the common era', () => {
  it('draws year 0 and BCE years with their text and no invalid datetime', async () => {
    const timeline = await renderTimeline(
      html`<div style="width: 1280px">
        <partner-timeline
          .milestones=${[
            {date: '-000044-03-15', title: 'Ides of March'},
            {date: '0000', title: 'Year zero'},
            {date: '2014-07', title: 'Joint HIFU clinical study application'},
          ]}
        ></partner-timeline>
      </div>`,
    );
    const times = timeline.milestones.map((milestone) => milestone.querySelector('time')!);
    expect(times.map((time) => time.getAttribute('datetime'))).to.deep.equal([
      null,
      null,
      '2014-07',
    ]);
    expect(times[0].textContent).to.match(/45 BC/);
    expect(times[1].textContent).to.match(/1 BC/);
  });
});

describe('a view with nothing in it', () => {
  it('says what lies beyond, and the list that takes the focus shows its ring', async () => {
    const timeline = await referenceAt(1280);
    timeline.element.zoomTo('1995', '2001');
    await timeline.element.updateComplete;
    await timeline.element.updateComplete;
    expect(timeline.milestones).to.have.length(0);
    const status = timeline.root.querySelector('[role="status"]')!;
    await waitUntil(() => status.textContent.includes('No milestones'), 'no status', {
      timeout: 3000,
    });
    expect(status.textContent).to.match(/No milestones between 1995 and 2001; 1 earlier, 3 later/);
    const listbox = timeline.listbox!;
    listbox.focus();
    await sendKeys({press: 'Shift'});
    const box = listbox.getBoundingClientRect();
    expect(box.width).to.be.above(100);
    expect(box.height).to.be.above(20);
    expect(getComputedStyle(listbox).outlineStyle).to.equal('solid');
  });

  it('never comes from the toolbar: zoom in keeps the milestone with the tab stop in view', async () => {
    const timeline = await referenceAt(1280);
    timeline.tabStop!.focus();
    await press(timeline, 'ArrowRight');
    // Past the legend's toggles to the toolbar.
    for (let i = 0; i < 3; i++) await press(timeline, 'Tab');
    expect(timeline.focused?.closest('[role="toolbar"]')).to.not.equal(null);
    for (let i = 0; i < 6; i++) {
      await press(timeline, 'Enter');
      await timeline.element.updateComplete;
      expect(timeline.titles, `after ${i + 1} zoom steps`).to.include(milestones[1].title);
    }
  });
});

describe('category without colour', () => {
  afterEach(() => emulateMedia({forcedColors: 'none'}));

  it('gives each category its own marker and swatch shape, also in forced colours', async () => {
    const timeline = await referenceAt(1280);
    const shapes = () => {
      const markers = timeline.milestones.map((milestone) => timeline.markerOf(milestone));
      const swatches = [...timeline.root.querySelectorAll('.swatch')];
      return [...markers, ...swatches].map((element) => {
        const style = getComputedStyle(element, element.matches('.swatch') ? null : '::before');
        return `${style.borderTopLeftRadius} ${style.rotate}`;
      });
    };
    const [pleven, , chongqing] = shapes();
    expect(pleven).to.not.equal(chongqing);
    // The legend's swatches take the same shapes as the markers.
    expect(shapes().slice(4)).to.deep.equal([pleven, chongqing]);
    await emulateMedia({forcedColors: 'active'});
    expect(shapes()[0]).to.equal(pleven);
    expect(shapes()[2]).to.equal(chongqing);
  });
});

describe('the detail of the selected milestone', () => {
  it('is pointed at by its option, read next with Tab, and left with Escape', async () => {
    const timeline = await referenceAt(1280);
    timeline.tabStop!.focus();
    await press(timeline, 'ArrowRight');
    await press(timeline, 'ArrowRight');
    await press(timeline, 'Enter');
    const option = timeline.focused!;
    expect(option.getAttribute('aria-details')).to.equal('detail');
    const detail = timeline.part('detail')!;
    expect(detail.id).to.equal('detail');
    await press(timeline, 'Tab');
    expect(timeline.focused).to.equal(detail);
    expect(detail.textContent).to.contain(milestones[2].title);
    await press(timeline, 'Escape');
    expect(timeline.part('detail')).to.equal(null);
    expect(focusedTitle(timeline)).to.equal(milestones[2].title);
  });
});
