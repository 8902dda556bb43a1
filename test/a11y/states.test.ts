import {expect, waitUntil} from '@open-wc/testing';
import {emulateMedia, setViewport} from '@web/test-runner-commands';
import {
  bulgarianTimeline,
  chineseTimeline,
  clusterListTimeline,
  darkTimeline,
  forcedColorsTimeline,
  keyboardOnlyTimeline,
  pannedTimeline,
  rtlTimeline,
  selectedTimeline,
  sidebarTimeline,
  zoomedTimeline,
} from '../../stories/interaction-templates.js';
import {generatedMilestones, invalidMilestones} from '../../stories/fixtures.js';
import {html, intersects, renderTimeline, type TimelineHarness} from '../harness.js';
import {press, referenceAt} from './helpers.js';

/** Every label inside the element's box and clear of the others. */
function expectReadableLabels(timeline: TimelineHarness): void {
  const host = timeline.element.getBoundingClientRect();
  const labels = timeline.parts('label').map((label) => label.getBoundingClientRect());
  labels.forEach((box, i) => {
    expect(box.left).to.be.at.least(host.left - 0.5);
    expect(box.right).to.be.at.most(host.right + 0.5);
    labels.slice(i + 1).forEach((other) => expect(intersects(box, other)).to.be.false);
  });
}

// The story templates cap their width at the window's: make the window wide enough for 1280 px.
before(() => setViewport({width: 1400, height: 900}));

describe('axe finds no violation', () => {
  afterEach(() => emulateMedia({colorScheme: 'light'}));

  it('on the reference data', async () => {
    const timeline = await referenceAt(1280);
    await expect(timeline.element).to.be.accessible();
  });

  it('when empty', async () => {
    const timeline = await renderTimeline(
      html`<partner-timeline .milestones=${[]}></partner-timeline>`,
    );
    expect(timeline.toolbar).to.equal(null);
    await expect(timeline.element).to.be.accessible();
  });

  it('with rejected input', async () => {
    const timeline = await renderTimeline(
      html`<div style="width: 1280px">
        <partner-timeline .milestones=${invalidMilestones}></partner-timeline>
      </div>`,
    );
    expect(timeline.part('error')).to.not.equal(null);
    await expect(timeline.element).to.be.accessible();
  });

  it('with a milestone selected', async () => {
    const timeline = await renderTimeline(selectedTimeline('1280px'));
    expect(timeline.part('detail')).to.not.equal(null);
    await expect(timeline.element).to.be.accessible();
  });

  it('zoomed', async () => {
    const timeline = await renderTimeline(zoomedTimeline('1280px'));
    await waitUntil(() => timeline.milestones.length === 3, 'the story zooms after its first draw');
    await expect(timeline.element).to.be.accessible();
  });

  it('panned, with edge controls', async () => {
    for (const width of ['1280px', '360px']) {
      const timeline = await renderTimeline(pannedTimeline(width));
      await waitUntil(() => timeline.parts('edge').length > 0, 'the story zooms after its draw');
      expect(timeline.parts('edge')[0].textContent).to.match(/2 earlier/);
      await expect(timeline.element).to.be.accessible();
    }
  });

  it('with a cluster list open', async () => {
    const timeline = await renderTimeline(clusterListTimeline('1280px'));
    await waitUntil(() => timeline.part('cluster-list') !== null, 'the story opens the list');
    expect(timeline.part('cluster-list')!.querySelectorAll('li')).to.have.length(13);
    await expect(timeline.element).to.be.accessible();
  });

  it('vertical at 320 px', async () => {
    const timeline = await referenceAt(320);
    expect(timeline.listbox?.getAttribute('aria-orientation')).to.equal('vertical');
    expectReadableLabels(timeline);
    await expect(timeline.element).to.be.accessible();
  });

  it('with 300 milestones, clusters and one lifted out by the focus', async () => {
    const timeline = await renderTimeline(
      html`<div style="width: 1280px">
        <partner-timeline .milestones=${generatedMilestones(300)}></partner-timeline>
      </div>`,
    );
    await expect(timeline.element).to.be.accessible();
    timeline.tabStop!.focus();
    for (let i = 0; i < 5; i++) await press(timeline, 'ArrowRight');
    expect(timeline.root.querySelector('.lifted')).to.equal(timeline.focused);
    await expect(timeline.element).to.be.accessible();
  });

  it('in the dark', async () => {
    await emulateMedia({colorScheme: 'dark'});
    const container = await renderTimeline(darkTimeline('1280px'));
    await expect(container.element).to.be.accessible();
    // A page that declares both schemes follows the reader's preference.
    const page = await renderTimeline(
      html`<div
        style="width: 1280px; color-scheme: light dark; background: Canvas; color: CanvasText"
      >
        <partner-timeline
          .milestones=${generatedMilestones(30)}
          selected="generated-3"
        ></partner-timeline>
      </div>`,
    );
    expect(getComputedStyle(page.parts('label')[0]).backgroundColor).to.not.equal(
      'rgb(255, 255, 255)',
    );
    await expect(page.element).to.be.accessible();
  });

  it('right to left', async () => {
    const timeline = await renderTimeline(rtlTimeline('1280px'));
    await expect(timeline.element).to.be.accessible();
  });

  it('in Bulgarian, in Chinese, for keyboard use and with forced colours', async () => {
    for (const template of [
      bulgarianTimeline('1280px'),
      chineseTimeline('1280px'),
      keyboardOnlyTimeline('1280px'),
      forcedColorsTimeline('1280px'),
      sidebarTimeline('1280px'),
    ]) {
      const timeline = await renderTimeline(template);
      await expect(timeline.element).to.be.accessible();
    }
  });
});

describe('right to left', () => {
  it('puts the earliest milestone on the right, mirroring the axis', async () => {
    const timeline = await renderTimeline(rtlTimeline('1280px'));
    const markers = timeline.milestones.map((m) => timeline.boxOf(timeline.markerOf(m)).x);
    for (let i = 1; i < markers.length; i++) expect(markers[i]).to.be.below(markers[i - 1]);
    const ltr = await referenceAt(1280);
    const ltrMarkers = ltr.milestones.map((m) => ltr.boxOf(ltr.markerOf(m)).x);
    markers.forEach((x, i) => expect(x + 24).to.be.closeTo(1280 - ltrMarkers[i], 1));
    // The break and the ticks mirror with the milestones.
    const gap = timeline.boxOf(timeline.part('break')!);
    const ltrGap = ltr.boxOf(ltr.part('break')!);
    expect(gap.x + gap.width).to.be.closeTo(1280 - ltrGap.x, 2);
    expectReadableLabels(timeline);
  });
});
