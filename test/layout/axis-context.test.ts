import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {
  layoutTimeline,
  type AxisTick,
  type LayoutItem,
  type TimelineLayout,
} from '../../src/layout/index.js';
import {
  expectTickLabelsApart,
  horizontal,
  item,
  measure,
  reference,
  utc,
  vertical,
} from './fixtures.js';

/** The view of the issue: zoomed to 18 months, mid-June 2016 to mid-December 2017. */
const EIGHTEEN_MONTHS = [utc(2016, 5, 15), utc(2017, 11, 15)] as const;
const EPSILON = 1e-6;

const yearOf = (time: number) => new Date(time).getUTCFullYear();
const labels = (layout: TimelineLayout) => layout.ticks.map((tick) => tick.label);

/** Whether a tick's label (with the fake font) lies between `from` and `to` along the axis. */
function labelWithin(layout: TimelineLayout, tick: AxisTick, from: number, to: number): boolean {
  const half = layout.orientation === 'horizontal' ? measure(tick.label) / 2 : 8;
  return tick.position - half >= from - EPSILON && tick.position + half <= to + EPSILON;
}

/**
 * Each stretch of the axis between breaks (or an end and a break) that holds one of `starts`
 * has a tick whose label lies inside the stretch.
 */
function expectEveryStretchLabelled(
  layout: TimelineLayout,
  starts: readonly number[],
  narrowest: (start: number) => number = () => 0,
): void {
  const {pieces, range} = layout.scale;
  pieces.forEach((piece, p) => {
    if (!starts.some((start) => start >= piece.start && start <= piece.end)) return;
    const [from, to] = [range[2 * p], range[2 * p + 1]];
    const first = starts.find((start) => start >= piece.start) ?? piece.start;
    if (to - from < narrowest(first)) return;
    const labelled = layout.ticks.some((tick) => labelWithin(layout, tick, from, to));
    const where = `${new Date(piece.start).toISOString()}…${new Date(piece.end).toISOString()}`;
    expect(
      labelled,
      `stretch ${p} (${where}, ${from}–${to} px) has a tick: ${labels(layout).join(' | ')}`,
    ).to.be.true;
  });
}

const DAY = 86_400_000;

/**
 * The widest label a tick by `time` may need, with the fake font: the date named in full, down
 * to the unit one finer than the axis's ticks (about 80 px apart, or one step finer on a short
 * axis), since a stretch too short for a tick of the axis's unit gets a finer one.
 */
function fullLabelWidth(layout: TimelineLayout, time: number, locale: string): number {
  const step = 80 / layout.scale.rate;
  const fields: Intl.DateTimeFormatOptions =
    step > 366 * DAY
      ? {year: 'numeric', month: 'short'}
      : step > 31 * DAY
        ? {year: 'numeric', month: 'short', day: 'numeric'}
        : step > DAY
          ? {year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit'}
          : {dateStyle: 'medium', timeStyle: 'medium'};
  return measure(new Intl.DateTimeFormat(locale, {...fields, timeZone: 'UTC'}).format(time));
}

/** The label names the year of its tick. */
function namesItsYear(tick: AxisTick): boolean {
  return tick.label.includes(String(yearOf(tick.time)));
}

describe('layoutTimeline() axis context', () => {
  it('names the year on the first tick of the 18-month view, however many were left out', () => {
    expect(
      labels(layoutTimeline(reference, horizontal(1280, {domain: EIGHTEEN_MONTHS}))),
    ).to.deep.equal(['Jul 2016', 'Oct', 'Jan 2017', 'Apr', 'Jul', 'Oct']);
    // "Jul 2016" does not fit before the start of the axis here: the first kept tick is October.
    expect(
      labels(layoutTimeline(reference, horizontal(768, {domain: EIGHTEEN_MONTHS}))),
    ).to.deep.equal(['Oct 2016', 'Jan 2017', 'Apr', 'Jul', 'Oct']);
    for (const length of [320, 375, 480, 600, 1024, 1440, 1920]) {
      const layout = layoutTimeline(reference, horizontal(length, {domain: EIGHTEEN_MONTHS}));
      expect(namesItsYear(layout.ticks[0]), `${length} px: ${labels(layout).join(' | ')}`).to.be
        .true;
    }
  });

  it('names the year again exactly where it changes since the tick before', () => {
    for (const length of [320, 768, 1280, 1920]) {
      const {ticks} = layoutTimeline(reference, horizontal(length, {domain: EIGHTEEN_MONTHS}));
      for (const [i, tick] of ticks.entries()) {
        const newYear = i === 0 || yearOf(tick.time) !== yearOf(ticks[i - 1].time);
        expect(namesItsYear(tick), `${tick.label} at ${length} px`).to.equal(newYear);
      }
    }
  });

  it('writes days as the locale does: the first with month and year, then the day alone', () => {
    const weeks = [utc(2016, 6, 3), utc(2016, 7, 20)] as const;
    expect(
      labels(layoutTimeline(reference, horizontal(1280, {domain: weeks, locale: 'en-GB'}))),
    ).to.deep.equal(['11 Jul 2016', '18', '25', '1 Aug', '8', '15']);
    expect(
      labels(layoutTimeline(reference, horizontal(1280, {domain: weeks, locale: 'en-US'}))),
    ).to.deep.equal(['Jul 11, 2016', '18', '25', 'Aug 1', '8', '15']);
  });

  it('writes hours with the day on the first tick and at each new day', () => {
    const days = [utc(2016, 6, 3, 5), utc(2016, 6, 6)] as const;
    expect(
      labels(layoutTimeline(reference, horizontal(1280, {domain: days, locale: 'en-GB'}))),
    ).to.deep.equal([
      '3 Jul 2016, 12:00',
      '18:00',
      '4 Jul',
      '06:00',
      '12:00',
      '18:00',
      '5 Jul',
      '06:00',
      '12:00',
      '18:00',
    ]);
    const newYear = [utc(2016, 11, 31, 23), utc(2017, 0, 1, 1)] as const;
    expect(
      labels(layoutTimeline(reference, horizontal(1280, {domain: newYear, locale: 'en-GB'}))),
    ).to.deep.equal([
      '31 Dec 2016, 23:15',
      '23:30',
      '23:45',
      '1 Jan 2017',
      '00:15',
      '00:30',
      '00:45',
    ]);
  });

  it('gives every stretch holding a milestone a tick, for the reference data at 360 to 1920 px', () => {
    const starts = reference.map((milestone) => milestone.start);
    for (let length = 360; length <= 1920; length += 4) {
      for (const options of [horizontal(length), vertical(length)]) {
        const layout = layoutTimeline(reference, options);
        expectEveryStretchLabelled(layout, starts);
        expectTickLabelsApart(layout);
      }
    }
  });
});

const YEAR = 365.25 * 86_400_000;

/** Reference-shaped data: a few milestones, a long empty stretch, a few more. */
const twoGroups = fc
  .record({
    first: fc.integer({min: utc(1000), max: utc(2300)}),
    unit: fc.constantFrom(86_400_000, 30 * 86_400_000, YEAR, 10 * YEAR),
    before: fc.array(fc.integer({min: 0, max: 1000}), {minLength: 1, maxLength: 4}),
    gap: fc.integer({min: 20, max: 200}),
    after: fc.array(fc.integer({min: 0, max: 1000}), {minLength: 1, maxLength: 6}),
    afterSpan: fc.integer({min: 1, max: 15}),
  })
  .map(({first, unit, before, gap, after, afterSpan}): LayoutItem[] => {
    const second = first + gap * unit;
    return [
      ...before.map((share) => first + Math.round((share / 1000) * unit)),
      ...after.map((share) => second + Math.round((share / 1000) * afterSpan * unit)),
    ]
      .sort((a, b) => a - b)
      .map((start) => item(start));
  });

const locale = fc.constantFrom('en', 'en-GB', 'de', 'fr', 'ja', 'zh-CN', 'ru');

const length = fc.integer({min: 320, max: 1920});
const orientation = fc.constantFrom(horizontal, vertical);

/** A zoomed view: from a minute to three centuries, anywhere from the year 1000 to 2500. */
const zoom = fc
  .record({
    start: fc.integer({min: utc(1000), max: utc(2500)}),
    span: fc.double({min: Math.log(60_000), max: Math.log(300 * YEAR), noNaN: true}),
  })
  .map(({start, span}) => [start, start + Math.round(Math.exp(span))] as const);

describe('layoutTimeline() axis context properties', () => {
  it('the first tick of any zoomed range names its year', () => {
    fc.assert(
      fc.property(twoGroups, zoom, length, locale, (items, domain, length, locale) => {
        const layout = layoutTimeline(items, horizontal(length, {locale, domain}));
        expect(layout.ticks.length, 'ticks').to.be.at.least(1);
        expect(namesItsYear(layout.ticks[0]), labels(layout).join(' | ')).to.be.true;
      }),
      {numRuns: 500},
    );
  });

  it('ticks never overlap each other, the break labels or the ends of the axis', () => {
    fc.assert(
      fc.property(
        twoGroups,
        fc.option(zoom),
        length,
        orientation,
        locale,
        (items, domain, length, orientation, locale) => {
          const layout = layoutTimeline(
            items,
            orientation(length, {locale, domain: domain ?? undefined}),
          );
          expectTickLabelsApart(layout);
          for (const gap of layout.breaks) {
            const half = layout.orientation === 'horizontal' ? measure(gap.label) / 2 : 8;
            expect(
              Math.abs(gap.labelPosition - gap.position),
              'a break label covers its mark',
            ).to.be.at.most(half + EPSILON);
          }
        },
      ),
      {numRuns: 500},
    );
  });

  it('every stretch holding a milestone has a tick', () => {
    fc.assert(
      fc.property(
        twoGroups,
        fc.integer({min: 360, max: 1920}),
        orientation,
        locale,
        (items, length, orientation, locale) => {
          const layout = layoutTimeline(items, orientation(length, {locale}));
          const starts = items.map((milestone) => milestone.start);
          expectEveryStretchLabelled(
            layout,
            starts,
            (start) => 2 * fullLabelWidth(layout, start, locale),
          );
        },
      ),
      {numRuns: 500},
    );
  });
});
