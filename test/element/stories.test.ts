import {expect} from '@open-wc/testing';
import {storyArgs, timelineStory} from '../../stories/partner-timeline-templates.js';
import {renderTimeline} from '../harness.js';

describe('the main stories', () => {
  for (const [name, args] of Object.entries(storyArgs)) {
    it(`${name} renders with no axe violation`, async () => {
      const timeline = await renderTimeline(timelineStory(args));
      await expect(timeline.element).to.be.accessible();
    });
  }

  it('longList draws every generated milestone, alone or in a cluster', async () => {
    const timeline = await renderTimeline(timelineStory(storyArgs.longList));
    expect(timeline.accountedFor).to.equal(60);
  });

  it('brandTheme restyles through custom properties and parts only', async () => {
    const timeline = await renderTimeline(timelineStory(storyArgs.brandTheme));
    const label = timeline.part('label')!;
    expect(getComputedStyle(label).borderLeftWidth).to.equal('3px');
    expect(getComputedStyle(label).borderTopWidth).to.equal('0px');
    expect(getComputedStyle(label).backgroundColor).to.equal('rgb(244, 241, 234)');
    const marker = timeline.milestones[0].querySelector('[part~="marker"]')!;
    expect(getComputedStyle(marker, '::before').backgroundColor).to.equal('rgb(11, 110, 79)');
    expect(timeline.part('detail')!.textContent).to.contain('Joint HIFU');
  });
});
