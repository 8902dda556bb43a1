import {expect} from '@open-wc/testing';
import {bulgarianTimeline, chineseTimeline} from '../../stories/interaction-templates.js';
import {html, renderTimeline, type TimelineHarness} from '../harness.js';
import {press, referenceAt} from './helpers.js';

/**
 * An option's text: its name without the comma heard between date and title (see tree.test.ts
 * for the name as Chromium computes it).
 */
function nameOf(option: Element): string {
  return (option.getAttribute('aria-label') ?? option.textContent).replace(/\s+/g, ' ').trim();
}

function optionNamed(timeline: TimelineHarness, date: string): HTMLElement {
  const found = timeline.milestones.find((option) => nameOf(option).startsWith(date));
  if (!found) throw new Error(`no option dated ${date}`);
  return found;
}

describe('names and announcements', () => {
  it('names each milestone by its full date at its precision and its full title', async () => {
    const timeline = await referenceAt(1280);
    expect(timeline.milestones.map(nameOf)).to.deep.equal([
      '1974 Pleven Medical University founded',
      '2007 Da Vinci surgical robot at Pleven',
      'July 2014 Joint HIFU clinical study application',
      'November 2017 Student exchange agreement signed',
    ]);
  });

  it('exposes the position in the set and the selected state', async () => {
    const timeline = await referenceAt(1280);
    const hifu = optionNamed(timeline, 'July 2014');
    expect(hifu.getAttribute('aria-posinset')).to.equal('3');
    expect(hifu.getAttribute('aria-setsize')).to.equal('4');
    expect(hifu.getAttribute('aria-selected')).to.equal('false');
    timeline.element.select('hifu-joint-study');
    await timeline.element.updateComplete;
    expect(optionNamed(timeline, 'July 2014').getAttribute('aria-selected')).to.equal('true');
    // The state is only in aria-selected: the name does not change.
    expect(nameOf(optionNamed(timeline, 'July 2014'))).to.equal(
      'July 2014 Joint HIFU clinical study application',
    );
  });

  it('describes the listbox with a summary that announces the gap', async () => {
    const timeline = await referenceAt(1280);
    const summaryId = timeline.listbox!.getAttribute('aria-describedby')!;
    const summary = timeline.root.getElementById(summaryId)!.textContent;
    expect(summary).to.contain('4 milestones, 1974 to 2017');
    expect(summary).to.contain('gap of 33 years');
  });

  it('announces selection, clearing and zoom in a polite live region', async () => {
    const timeline = await referenceAt(1280);
    const region = timeline.root.querySelector('#live')!;
    expect(region.getAttribute('role')).to.equal('status');
    expect(timeline.announcement).to.equal('');
    timeline.tabStop!.focus();
    await press(timeline, 'ArrowRight');
    // Moving the focus is announced by the focus itself, not by the region.
    expect(timeline.announcement).to.equal('');
    await press(timeline, 'Enter');
    expect(timeline.announcement).to.equal('Selected: Da Vinci surgical robot at Pleven, 2007');
    await press(timeline, 'Escape');
    expect(timeline.announcement).to.equal('Selection cleared');
    await press(timeline, '+');
    expect(timeline.announcement).to.match(/^Showing \d{4} to \d{4}$/);
  });

  it('keeps the toolbar outside the listbox and names its buttons', async () => {
    const timeline = await referenceAt(1280);
    expect(timeline.listbox!.contains(timeline.toolbar)).to.be.false;
    expect(timeline.toolbar!.getAttribute('aria-label')).to.equal('Zoom');
    for (const name of ['Zoom in', 'Zoom out', 'Reset zoom']) {
      expect(timeline.button(name).localName).to.equal('button');
    }
  });

  it('shows the detail of the selected milestone with its full date and a safe link', async () => {
    const timeline = await renderTimeline(
      html`<partner-timeline
        .milestones=${[
          {
            id: 'a',
            date: '2014-07-03',
            title: 'Study',
            description: 'A joint study.',
            url: 'https://example.org/study',
          },
        ]}
        selected="a"
      ></partner-timeline>`,
    );
    const detail = timeline.part('detail')!;
    expect(detail.textContent).to.contain('Study');
    expect(detail.querySelector('time')!.textContent).to.equal('July 3, 2014');
    expect(detail.textContent).to.contain('A joint study.');
    expect(detail.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/study');
  });
});

describe('names in the page language', () => {
  it('reads "юли 2014" and Bulgarian strings under lang="bg"', async () => {
    const timeline = await renderTimeline(bulgarianTimeline('1280px'));
    expect(nameOf(optionNamed(timeline, 'юли 2014'))).to.contain('Joint HIFU');
    expect(timeline.toolbar!.getAttribute('aria-label')).to.equal('Мащаб');
    expect(timeline.button('Увеличаване')).to.exist;
    expect(timeline.part('detail')!.querySelector('time')!.textContent).to.contain('юли 2014');
    timeline.tabStop!.focus();
    await press(timeline, 'Enter');
    expect(timeline.announcement).to.match(
      /^Избрано: Joint HIFU clinical study application, юли 2014/,
    );
  });

  it('reads "2014年7月" and Chinese strings with locale="zh-CN"', async () => {
    const timeline = await renderTimeline(chineseTimeline('1280px'));
    expect(nameOf(optionNamed(timeline, '2014年7月'))).to.contain('Joint HIFU');
    expect(timeline.toolbar!.getAttribute('aria-label')).to.equal('缩放');
    expect(timeline.button('重置缩放')).to.exist;
    timeline.element.zoomTo('2007', '2017');
    await timeline.element.updateComplete;
    expect(timeline.announcement).to.equal('显示2007年至2017年');
  });
});
