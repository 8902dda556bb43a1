import {expect} from '@open-wc/testing';
import {setViewport} from '@web/test-runner-commands';
import {unsafeHTML} from 'lit/directives/unsafe-html.js';
import reference from '../../data/cqmu-pleven.json';
import {frames, html, renderTimeline, type TimelineHarness} from '../harness.js';

/**
 * The layouts a page puts the timeline in. `expected` is the element's width in a container
 * `width` px wide: what a block chart would take, the free space of a flex row, or 40rem (640 px
 * here) where the container shrinks to fit its content.
 */
interface HostLayout {
  readonly markup: string;
  readonly expected: (width: number) => number;
}

const TIMELINE = '<partner-timeline label="CQMU and Pleven"></partner-timeline>';
const SIDEBAR = '<aside style="width: 240px; flex-shrink: 0">Sidebar</aside>';

const LAYOUTS: Record<string, HostLayout> = {
  'a block': {markup: `<div>${TIMELINE}</div>`, expected: (w) => w},
  'a flex row beside a sidebar': {
    markup: `<div style="display: flex">${SIDEBAR}${TIMELINE}</div>`,
    expected: (w) => w - 240,
  },
  'a flex row with justify-content: center': {
    markup: `<div style="display: flex; justify-content: center">${TIMELINE}</div>`,
    expected: (w) => w,
  },
  'a flex column with align-items: center': {
    markup: `<div style="display: flex; flex-direction: column; align-items: center">${TIMELINE}</div>`,
    expected: (w) => Math.min(640, w),
  },
  'a grid with an auto column': {
    markup: `<div style="display: grid; grid-template-columns: auto">${TIMELINE}</div>`,
    expected: (w) => w,
  },
  'a grid with a 1fr column beside a sidebar': {
    markup: `<div style="display: grid; grid-template-columns: 240px 1fr">${SIDEBAR}${TIMELINE}</div>`,
    expected: (w) => w - 240,
  },
  'an inline-block': {
    markup: `<div style="display: inline-block">${TIMELINE}</div>`,
    expected: (w) => Math.min(640, w),
  },
  'a table cell': {
    markup: `<table style="border-spacing: 0"><tr><td style="padding: 0">${TIMELINE}</td></tr></table>`,
    expected: (w) => Math.min(640, w),
  },
  'a float': {
    markup: `<div style="float: left">${TIMELINE}</div><p style="clear: both"></p>`,
    expected: (w) => Math.min(640, w),
  },
};

async function inLayout(layout: HostLayout, width: number): Promise<TimelineHarness> {
  const timeline = await renderTimeline(
    html`<div style="width: ${width}px; font-size: 16px">${unsafeHTML(layout.markup)}</div>`,
  );
  timeline.element.milestones = reference.milestones;
  await timeline.element.updateComplete;
  await frames();
  await timeline.element.updateComplete;
  return timeline;
}

/** Every box drawn in the shadow root lies inside the element's box. */
function expectDrawnInside(timeline: TimelineHarness): void {
  const host = timeline.element.getBoundingClientRect();
  const drawn = [...timeline.root.querySelectorAll<HTMLElement>('*')].filter(
    (element) =>
      !element.closest('.sizer, .visually-hidden, style') &&
      element.getBoundingClientRect().width > 0,
  );
  expect(drawn.length).to.be.above(10);
  for (const element of drawn) {
    const box = element.getBoundingClientRect();
    const name = `${element.tagName.toLowerCase()}.${element.className} ${element.getAttribute('part') ?? ''}`;
    expect(box.left, `${name} starts inside`).to.be.at.least(host.left - 0.5);
    expect(box.right, `${name} ends inside`).to.be.at.most(host.right + 0.5);
    expect(box.top, `${name} starts inside`).to.be.at.least(host.top - 0.5);
    expect(box.bottom, `${name} ends inside`).to.be.at.most(host.bottom + 0.5);
  }
}

describe('the element takes a sensible size in any layout', () => {
  before(() => setViewport({width: 1400, height: 900}));

  for (const [name, layout] of Object.entries(LAYOUTS)) {
    for (const width of [1280, 375]) {
      it(`in ${name}, ${width} px wide`, async () => {
        const timeline = await inLayout(layout, width);
        const box = timeline.element.getBoundingClientRect();
        expect(box.width).to.be.closeTo(layout.expected(width), 1);
        expect(timeline.milestones).to.have.length(4);
        expect(timeline.listbox!.getAttribute('aria-orientation')).to.equal(
          layout.expected(width) < 600 ? 'vertical' : 'horizontal',
        );
        expectDrawnInside(timeline);
      });
    }
  }

  it('stays inside a 200 px container, vertical', async () => {
    const timeline = await inLayout(LAYOUTS['a block'], 200);
    expect(timeline.element.getBoundingClientRect().width).to.equal(200);
    expect(timeline.listbox!.getAttribute('aria-orientation')).to.equal('vertical');
    expectDrawnInside(timeline);
  });

  it("lets the page's width, flex and max-width win", async () => {
    const sized = await inLayout(
      {
        markup: TIMELINE.replace('<partner-timeline', '<partner-timeline style="width: 700px"'),
        expected: () => 700,
      },
      1280,
    );
    expect(sized.element.getBoundingClientRect().width).to.equal(700);
    const flexed = await inLayout(
      {
        markup: `<div style="display: flex">${SIDEBAR}${TIMELINE.replace('<partner-timeline', '<partner-timeline style="flex: 0 0 700px"')}</div>`,
        expected: () => 700,
      },
      1280,
    );
    expect(flexed.element.getBoundingClientRect().width).to.equal(700);
    const capped = await inLayout(
      {
        markup: TIMELINE.replace('<partner-timeline', '<partner-timeline style="max-width: 50%"'),
        expected: () => 640,
      },
      1280,
    );
    expect(capped.element.getBoundingClientRect().width).to.equal(640);
    expectDrawnInside(capped);
  });
});
