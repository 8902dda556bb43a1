import {expect, fixture} from '@open-wc/testing';
import type {TemplateResult} from 'lit';
import {
  hostileTimeline,
  inlineScriptTimeline,
  listTimeline,
  sourceErrorTimeline,
  sourceTimeline,
} from '../../stories/input-templates.js';
import {referenceMilestones} from '../../stories/fixtures.js';
import {TimelineHarness} from '../harness.js';
import {errorText, settled, until} from './helpers.js';

const REFERENCE_TITLES = referenceMilestones.map((milestone) => milestone.title);

/** Renders a story template and waits until its timeline has drawn what it was waiting for. */
async function renderStory(
  template: TemplateResult,
  ready: (timeline: TimelineHarness) => boolean,
): Promise<TimelineHarness> {
  const wrapper = await fixture<HTMLElement>(template);
  const timeline = new TimelineHarness(wrapper.querySelector('partner-timeline')!);
  await until(() => ready(timeline), 'the story never drew');
  await settled(timeline.element);
  return timeline;
}

const drawn = (count: number) => (timeline: TimelineHarness) =>
  timeline.milestones.length === count;

describe('the input stories', () => {
  it('FromSrc loads and draws the reference data', async () => {
    // The dev server of the tests serves JSON at /test-api; Storybook serves it at static-data/.
    const timeline = await renderStory(
      sourceTimeline('/test-api/milestones.json', '1000px'),
      drawn(4),
    );
    expect(timeline.titles).to.deep.equal(REFERENCE_TITLES);
    await expect(timeline.element).to.be.accessible();
  });

  it('SrcNotFound shows the URL and the status', async () => {
    const timeline = await renderStory(
      sourceErrorTimeline('/test-api/not-found.json', '1000px'),
      (t) => t.part('error') !== null,
    );
    expect(errorText(timeline)).to.contain(
      'could not load "/test-api/not-found.json": HTTP 404 Not Found',
    );
    await expect(timeline.element).to.be.accessible();
  });

  it('InlineScript draws the reference data', async () => {
    const timeline = await renderStory(inlineScriptTimeline('1000px'), drawn(4));
    expect(timeline.titles).to.deep.equal(REFERENCE_TITLES);
  });

  it('LightDomList draws the reference data with descriptions and categories', async () => {
    const timeline = await renderStory(listTimeline('1000px'), drawn(4));
    expect(timeline.titles).to.deep.equal(REFERENCE_TITLES);
    expect(timeline.element.items.map((item) => item.milestone)).to.deep.equal(referenceMilestones);
    await expect(timeline.element).to.be.accessible();
  });

  it('HostileData draws three milestones as text and reports three items', async () => {
    const timeline = await renderStory(hostileTimeline('1000px'), drawn(3));
    expect(timeline.titles).to.deep.equal([
      '${alert(1)} {{constructor.constructor("alert(1)")()}}',
      '<img src=x onerror=alert(1)> Joint HIFU study',
      'جامعة بليفن — student exchange (Erasmus+)',
    ]);
    expect(timeline.root.querySelector('img, svg, script, a')).to.equal(null);
    expect(errorText(timeline)).to.contain('3 milestones could not be shown');
    await expect(timeline.element).to.be.accessible();
  });
});
