import {expect} from '@open-wc/testing';
import {setViewport} from '@web/test-runner-commands';
import reference from '../../data/cqmu-pleven.json';
import type {Milestone} from '../../src/model/types.js';
import {mulberry32} from '../../stories/fixtures.js';
import * as layoutStories from '../../stories/layout.stories.js';
import {timelineInWrapper, type LayoutStoryArgs} from '../../stories/layout-templates.js';
import {intersects, renderTimeline, type TimelineHarness} from '../harness.js';

/**
 * The layout checked where people see it: real Chromium, real fonts, the element in a wrapper
 * of a given width, every box read back with getBoundingClientRect. The data sets are made
 * here, from seeds, rather than read from files in the repository.
 */

const WIDTHS = [320, 480, 768, 1024, 1280, 1920];
const DAY = 86_400_000;
/** Sub-pixel slack for boxes that touch. */
const SLACK = 0.5;

const WORDS = [
  'joint',
  'clinical',
  'study',
  'exchange',
  'agreement',
  'Pleven',
  'Chongqing',
  'robotic',
  'surgery',
  'ultrasound',
  'delegation',
  'renewal',
  '中医',
  'Плевен',
];

/** An ISO date at year, month or day precision. */
function isoDate(time: number, precision: number): string {
  const iso = new Date(time).toISOString();
  return iso.slice(0, precision === 0 ? 4 : precision === 1 ? 7 : 10);
}

/** `count` milestones on random days between 1990 and 2025. */
function denseSet(count: number, seed: number): Milestone[] {
  const random = mulberry32(seed);
  const start = Date.UTC(1990, 0, 1);
  const end = Date.UTC(2025, 11, 31);
  return Array.from({length: count}, (_, index) => ({
    date: isoDate(start + random() * (end - start), 2),
    title: `Dense milestone ${index + 1}`,
  }));
}

/** Ten milestones in July 2014 on different days, several on the same day. */
function sameMonthSet(): Milestone[] {
  return [22, 3, 12, 3, 30, 7, 12, 3, 18, 22].map((day, index) => ({
    date: `2014-07-${String(day).padStart(2, '0')}`,
    title: `Same month ${index + 1}`,
  }));
}

/** Titles of 200+ characters and unbreakable 300-character tokens. */
function longTitleSet(): Milestone[] {
  const sentence = 'The universities agree to extend the exchange of students and teachers '.repeat(
    4,
  );
  return [
    {date: '2001', title: sentence},
    {date: '2003-04', title: 'x'.repeat(300)},
    {date: '2003-05', title: `Before ${'W'.repeat(300)} after`},
    {date: '2005-06-07', title: 'Short'},
    {date: '2006', title: `${'y'.repeat(300)} ${'z'.repeat(300)}`},
    {date: '2006-02', title: sentence.slice(0, 210)},
  ];
}

/**
 * 1 to 80 milestones over a random span (days to centuries) with random precision, some of
 * them spans, some on the date of the one before, titles from one word to a paragraph.
 */
function randomSet(seed: number): Milestone[] {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const count = 1 + Math.floor(random() * 80);
  const base = Date.UTC(1900 + Math.floor(random() * 120), 0, 1);
  const span = pick([20 * DAY, 200 * DAY, 3 * 365 * DAY, 40 * 365 * DAY, 300 * 365 * DAY]);
  const precision = span < 365 * DAY ? 2 : span < 50 * 365 * DAY ? 1 : 0;
  const milestones: Milestone[] = [];
  for (let index = 0; index < count; index++) {
    const previous = milestones.at(-1);
    const date =
      previous && random() < 0.1
        ? previous.date
        : isoDate(base + random() * span, Math.min(precision, Math.floor(random() * 3)));
    const words = Array.from({length: 1 + Math.floor(random() * 25)}, () => pick(WORDS));
    if (random() < 0.05) words.push('q'.repeat(60));
    const end =
      random() < 0.15 ? isoDate(Date.parse(date) + random() * span * 0.3, precision) : undefined;
    milestones.push({
      date,
      ...(end && end > date ? {end} : {}),
      title: words.join(' '),
    });
  }
  return milestones;
}

const referenceArgs: LayoutStoryArgs = {
  milestones: reference.milestones,
  label: 'CQMU and Pleven',
  width: 1280,
  orientation: 'auto',
  gaps: 'auto',
  locale: 'en',
};

/** A page wide enough for the wrapper: the story template caps it at the page's width. */
async function pageOf(width: number): Promise<void> {
  await setViewport({width: width + 40, height: 900});
}

async function timelineAt(
  width: number,
  milestones: readonly Milestone[],
  options: Partial<LayoutStoryArgs> = {},
): Promise<TimelineHarness> {
  await pageOf(width);
  const timeline = await renderTimeline(
    timelineInWrapper({...referenceArgs, milestones, width, ...options}),
  );
  expect(rect(timeline.element).width, 'element width').to.equal(width);
  return timeline;
}

function rect(element: Element): DOMRect {
  return element.getBoundingClientRect();
}

function isVertical(timeline: TimelineHarness): boolean {
  return timeline.listbox?.getAttribute('aria-orientation') === 'vertical';
}

/**
 * The options drawn by the layout, in DOM order. The milestone that holds the tab stop while
 * it sits in a cluster is drawn a second time, lifted out over its surroundings (see
 * src/element/peek.ts): it is a copy, not part of the layout, so it is left out here.
 */
function laidOut(timeline: TimelineHarness): HTMLElement[] {
  return [
    ...(timeline.listbox?.querySelectorAll<HTMLElement>(':scope > [role="option"]') ?? []),
  ].filter((option) => !option.classList.contains('lifted'));
}

function markerCentre(timeline: TimelineHarness, option: Element): number {
  const box = rect(timeline.markerOf(option));
  return isVertical(timeline) ? box.y + box.height / 2 : box.x + box.width / 2;
}

function expectInside(box: DOMRect, host: DOMRect, what: string): void {
  expect(box.left, `${what} left`).to.be.at.least(host.left - SLACK);
  expect(box.right, `${what} right`).to.be.at.most(host.right + SLACK);
  expect(box.top, `${what} top`).to.be.at.least(host.top - SLACK);
  expect(box.bottom, `${what} bottom`).to.be.at.most(host.bottom + SLACK);
}

function expectApart(boxes: readonly DOMRect[], what: string): void {
  boxes.forEach((box, i) => {
    for (let j = i + 1; j < boxes.length; j++) {
      expect(intersects(box, boxes[j]), `${what} ${i} and ${j} overlap`).to.be.false;
    }
  });
}

/** Everything the issue asks of a drawn timeline, read from the rendered boxes. */
function expectReadable(timeline: TimelineHarness): void {
  const host = rect(timeline.element);
  const options = laidOut(timeline);
  const labels = options.flatMap((option) => [
    ...option.querySelectorAll<HTMLElement>('[part~="label"]'),
  ]);

  // No two labels intersect, and each lies inside the element.
  const labelBoxes = labels.map(rect);
  expectApart(labelBoxes, 'labels');
  labelBoxes.forEach((box, i) => expectInside(box, host, `label ${i}`));

  // The text the layout wrapped fits the box it sized: nothing spills or is cut unannounced.
  for (const label of labels) {
    expect(label.scrollWidth, 'label text too wide').to.be.at.most(label.clientWidth + 1);
    expect(label.scrollHeight, 'label text too tall').to.be.at.most(label.clientHeight + 1);
    const time = label.querySelector('time')!;
    expect(time.scrollHeight, `date "${time.textContent}" cut`).to.be.at.most(
      time.clientHeight + 1,
    );
    const title = label.querySelector<HTMLElement>('.title')!;
    // Fewer than three lines means the layout kept the whole title: the browser must too.
    if (Number(title.style.getPropertyValue('--_lines')) < 3) {
      expect(title.scrollHeight, `title "${title.textContent}" cut`).to.be.at.most(
        title.clientHeight + 1,
      );
    }
  }

  // Tick and break labels: inside, apart from each other and from milestone labels.
  const ticks = timeline.parts('tick').map(rect);
  const breaks = timeline.parts('break').map((mark) => rect(mark.querySelector('.break-text')!));
  const axisLabels = [...ticks, ...breaks];
  expectApart(axisLabels, 'tick and break labels');
  axisLabels.forEach((box, i) => {
    expectInside(box, host, `axis label ${i}`);
    for (const label of labelBoxes)
      expect(intersects(box, label), 'axis label on a label').to.be.false;
  });

  // No marker (a milestone's 24 px target, a cluster's badge) covers any of that text.
  const markers = options.flatMap((option) =>
    [...option.querySelectorAll('[part~="marker"], .cluster-count')].map(rect),
  );
  for (const text of [...labelBoxes, ...axisLabels]) {
    for (const marker of markers) expect(intersects(text, marker), 'marker on text').to.be.false;
  }

  // DOM order is date order, and markers follow it along the axis.
  const indices = options.map((option) => Number(option.dataset['index']));
  expect(indices, 'DOM order is date order').to.deep.equal([...indices].sort((a, b) => a - b));
  const along = options.map((option) => markerCentre(timeline, option));
  along.forEach((position, i) => {
    if (i > 0) expect(position, `marker ${i} out of order`).to.be.at.least(along[i - 1] - SLACK);
  });

  // Clusters account for every milestone exactly once.
  expect(timeline.accountedFor, 'every milestone drawn or clustered').to.equal(
    timeline.element.items.length,
  );
}

const DATA_SETS: readonly (readonly [string, () => Milestone[]])[] = [
  ['the reference data', () => reference.milestones],
  ['500 dense milestones', () => denseSet(500, 11)],
  ['ten milestones in one month', sameMonthSet],
  ['long titles', longTitleSet],
  ...[1, 2, 3, 4, 5, 6].map(
    (seed) => [`random set ${seed}`, () => randomSet(seed)] as [string, () => Milestone[]],
  ),
];

describe('layout in the browser: readable at every width', () => {
  for (const [name, data] of DATA_SETS) {
    for (const width of WIDTHS) {
      it(`draws ${name} readably at ${width} px`, async () => {
        const timeline = await timelineAt(width, data());
        expect(timeline.element.items.length).to.be.above(0);
        expectReadable(timeline);
      });
    }
  }

  for (const [name, data] of DATA_SETS) {
    it(`draws ${name} readably when forced horizontal at 320 px and vertical at 1280 px`, async () => {
      expectReadable(await timelineAt(320, data(), {orientation: 'horizontal'}));
      expectReadable(await timelineAt(1280, data(), {orientation: 'vertical'}));
    });
  }

  it('turns vertical at 320 and 480 px and stays horizontal from 768 px when auto', async () => {
    for (const width of WIDTHS) {
      const timeline = await timelineAt(width, reference.milestones);
      expect(isVertical(timeline), `${width} px`).to.equal(width < 600);
    }
  });

  it('keeps the break label inside a 320 px element, whole, left of the axis', async () => {
    const timeline = await timelineAt(320, reference.milestones);
    expect(isVertical(timeline)).to.be.true;
    const [mark] = timeline.parts('break');
    const text = mark.querySelector<HTMLElement>('.break-text')!;
    expect(text.textContent?.trim()).to.equal('33 years');
    expectInside(rect(text), rect(timeline.element), 'break label');
    expect(text.scrollWidth, 'not cut by an ellipsis').to.be.at.most(text.clientWidth + 1);
    expect(rect(text).right).to.be.below(rect(timeline.markerOf(timeline.milestones[0])).left);
  });
});

describe('layout in the browser: compressed gaps', () => {
  function markerXs(timeline: TimelineHarness): number[] {
    return timeline.milestones.map((option) => markerCentre(timeline, option));
  }

  it('gives 2007 to 2017-11 at least half the axis at 1280 px with gaps="auto"', async () => {
    const timeline = await timelineAt(1280, reference.milestones, {gaps: 'auto'});
    const [, davinci, , exchange] = markerXs(timeline);
    const axis = rect(timeline.root.querySelector('.axis-line')!);
    expect(exchange - davinci).to.be.at.least(axis.width / 2);
    expect(timeline.parts('break')).to.have.length(1);
  });

  it('keeps positions proportional to time with gaps="linear"', async () => {
    const timeline = await timelineAt(1280, reference.milestones, {gaps: 'linear'});
    expect(timeline.parts('break')).to.be.empty;
    const xs = markerXs(timeline);
    const times = timeline.element.items.map((item) => item.date.time);
    const rate = (xs[3] - xs[0]) / (times[3] - times[0]);
    xs.forEach((x, i) => expect(x - xs[0]).to.be.closeTo((times[i] - times[0]) * rate, 1));
  });
});

describe('layout in the browser: ticks', () => {
  function tickLabels(timeline: TimelineHarness): string[] {
    return timeline.parts('tick').map((tick) => tick.textContent?.trim() ?? '');
  }

  it('labels ticks in years over decades, months over a year, days over a month', async () => {
    const years = tickLabels(await timelineAt(1280, reference.milestones));
    expect(years.length).to.be.above(3);
    for (const label of years) expect(label).to.match(/^\d{4}$/);

    const year = [
      {date: '2014-01-10', title: 'Start'},
      {date: '2014-11-20', title: 'End'},
    ];
    const months = tickLabels(await timelineAt(1280, year));
    expect(months.length).to.be.above(3);
    expect(
      months.some((label) => /^[A-Z][a-z]{2}$/.test(label)),
      months.join(),
    ).to.be.true;

    const days = tickLabels(await timelineAt(1280, sameMonthSet()));
    expect(days.length).to.be.above(3);
    for (const label of days) expect(label).to.match(/\b\d{1,2}\b/);
  });

  it('labels ticks and breaks in the element locale (zh-CN)', async () => {
    const timeline = await timelineAt(1280, reference.milestones, {locale: 'zh-CN'});
    const labels = tickLabels(timeline);
    expect(labels.length).to.be.above(3);
    for (const label of labels) expect(label).to.match(/^\d{4}年$/);
    expect(timeline.parts('break')[0].textContent?.trim()).to.equal('33年');
    expectReadable(timeline);
  });

  for (const width of [320, 1280]) {
    it(`never overlaps tick labels, in any locale, at ${width} px`, async () => {
      for (const locale of ['en', 'zh-CN', 'bg', 'ru']) {
        const timeline = await timelineAt(width, sameMonthSet(), {locale});
        expectApart(timeline.parts('tick').map(rect), `${locale} ticks`);
      }
    });
  }
});

describe('layout in the browser: clusters, spans and long titles', () => {
  it('draws a cluster as a +N marker the size of a target, counting its milestones', async () => {
    const timeline = await timelineAt(1280, denseSet(500, 11));
    const clusters = timeline.parts('cluster');
    expect(clusters).to.not.be.empty;
    for (const cluster of clusters) {
      const marker = rect(timeline.markerOf(cluster));
      expect([marker.width, marker.height]).to.deep.equal([24, 24]);
      const count = cluster.querySelector('.cluster-count')!;
      // Compact so that it fits the badge: "+47", "+1.2K".
      const compact = new Intl.NumberFormat('en', {notation: 'compact'});
      expect(count.textContent?.trim()).to.equal(
        `+${compact.format(Number(cluster.dataset['count']))}`,
      );
      // The count is centred on the marker.
      const badge = rect(count);
      expect(badge.x + badge.width / 2).to.be.closeTo(marker.x + 12, 1);
      expect(badge.y + badge.height / 2).to.be.closeTo(marker.y + 12, 1);
      expect(cluster.getAttribute('aria-label')).to.contain(String(cluster.dataset['count']));
    }
  });

  for (const orientation of ['horizontal', 'vertical'] as const) {
    it(`draws each span ${orientation}ly as a bar from its start to its end`, async () => {
      const spans = [
        {date: '2010', end: '2014', title: 'First programme'},
        {date: '2012-03', end: '2013-09', title: 'Overlapping grant'},
        {date: '2015', title: 'Point event'},
        {date: '2016-01', end: '2019-06', title: 'Second programme'},
      ];
      const timeline = await timelineAt(1024, spans, {orientation});
      expectReadable(timeline);
      const bars = timeline.milestones.flatMap((m) => [...m.querySelectorAll('.bar')].map(rect));
      expect(bars).to.have.length(3);
      expectApart(bars, 'bars');
      const along = (box: DOMRect) =>
        orientation === 'horizontal' ? [box.left, box.right] : [box.top, box.bottom];
      const first = timeline.milestoneNamed('First programme');
      const [start] = along(rect(first.querySelector('.bar')!));
      expect(start).to.be.closeTo(markerCentre(timeline, first), 1);
      // 2010 to 2014 is four years: as long as the axis makes four years.
      const [, end] = along(rect(first.querySelector('.bar')!));
      const point = markerCentre(timeline, timeline.milestoneNamed('Point event'));
      expect((end - start) / (point - start)).to.be.closeTo(4 / 5, 0.02);
    });
  }

  it('keeps the full title in the DOM while showing at most three lines', async () => {
    const timeline = await timelineAt(1024, longTitleSet());
    expectReadable(timeline);
    for (const option of timeline.milestones) {
      const title = option.querySelector<HTMLElement>('.title')!;
      expect(rect(title).height).to.be.at.most(3 * 18 + SLACK);
    }
    const token = timeline.milestones.find((m) => m.textContent?.includes('x'.repeat(300)));
    expect(token, 'the 300-character token is kept whole in the DOM').to.exist;
  });
});

describe('layout stories', () => {
  const {default: meta, ...stories} = layoutStories;
  for (const [name, story] of Object.entries(stories)) {
    for (const page of [320, 1280]) {
      it(`${name} is readable in a ${page} px page`, async () => {
        await setViewport({width: page, height: 900});
        const args = {...meta.args, ...story.args} as LayoutStoryArgs;
        const timeline = await renderTimeline(timelineInWrapper(args));
        expect(rect(timeline.element).width).to.be.at.most(page);
        expectReadable(timeline);
      });
    }
  }
});
