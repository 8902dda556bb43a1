import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {layoutTimeline, type LayoutItem, type LayoutOptions} from '../../src/layout/index.js';
import {expectSound, measure, utc} from './fixtures.js';

const YEAR = 365.25 * 86_400_000;
const spans = [1000, 60_000, 3_600_000, 86_400_000, 30 * 86_400_000, YEAR, 10 * YEAR, 300 * YEAR];

const title = fc.oneof(
  fc.string({minLength: 1, maxLength: 200}),
  fc.string({unit: fc.constantFrom('a', 'm', 'W', ' ', '—', '中'), minLength: 1, maxLength: 200}),
);

/** A share of the whole span drawn from integers: fast-check's doubles crowd at the bounds. */
const shareOf = (min: number, max: number) =>
  fc.integer({min: min * 1e6, max: max * 1e6}).map((n) => n / 1e6);

/** Points in [0, 1], often bunched so that long empty gaps appear. */
const share = fc.oneof(shareOf(0, 1), shareOf(0, 0.02), shareOf(0.98, 1));

const timeline = fc
  .record({
    base: fc.integer({min: utc(1, 0, 1), max: utc(2500)}),
    span: fc.constantFrom(...spans),
    points: fc.array(
      fc.record({
        at: share,
        sameAsPrevious: fc.boolean(),
        span: fc.oneof(
          {arbitrary: fc.constant(null), weight: 3},
          {arbitrary: shareOf(0, 0.02), weight: 1},
          {arbitrary: shareOf(0, 0.5), weight: 1},
        ),
        title,
      }),
      {maxLength: 60},
    ),
  })
  .map(({base, span, points}): LayoutItem[] => {
    const starts = points.map((p) => base + Math.round(p.at * span)).sort((a, b) => a - b);
    return points.map((p, i) => {
      const start = p.sameAsPrevious && i > 0 ? starts[i - 1] : starts[i];
      starts[i] = start;
      const end = p.span === null ? undefined : start + Math.round(p.span * span);
      return {start, ...(end === undefined ? {} : {end}), title: p.title, dateLabel: 'Jul 2014'};
    });
  });

const options = fc.record({
  length: fc.integer({min: 200, max: 2000}),
  crossLength: fc.integer({min: 120, max: 800}),
  orientation: fc.constantFrom('horizontal' as const, 'vertical' as const),
  gaps: fc.constantFrom('auto' as const, 'linear' as const),
});

describe('layoutTimeline() properties', () => {
  it('never overlaps or clips labels, keeps date order and places every item once', () => {
    fc.assert(
      fc.property(timeline, options, (items, rest) => {
        const layout = layoutTimeline(items, {...rest, measure});
        expectSound(
          layout,
          items.map((_, i) => i),
        );
      }),
      {numRuns: 300},
    );
  });

  it('is deterministic: the same input gives the same layout', () => {
    fc.assert(
      fc.property(timeline, options, (items, rest) => {
        const first = layoutTimeline(items, {...rest, measure});
        const second = layoutTimeline(
          items.map((it) => ({...it})),
          {...rest, measure: (text) => measure(text)},
        );
        expect(JSON.stringify(second)).to.equal(JSON.stringify(first));
      }),
      {numRuns: 100},
    );
  });

  it('places exactly the items inside a zoom domain', () => {
    fc.assert(
      fc.property(
        timeline,
        options,
        fc.double({min: 0, max: 1, noNaN: true}),
        fc.double({min: 0, max: 1, noNaN: true}),
        (items, rest, a, b) => {
          fc.pre(items.length > 0);
          const first = items[0].start;
          const last = items.at(-1)?.start ?? first;
          const domain = [a, b].sort((x, y) => x - y).map((t) => first + t * (last - first)) as [
            number,
            number,
          ];
          const layoutOptions: LayoutOptions = {...rest, measure, domain};
          const layout = layoutTimeline(items, layoutOptions);
          const [lo, hi] = layout.scale.visible;
          const inside = items.flatMap((it, i) => (it.start >= lo && it.start <= hi ? [i] : []));
          expectSound(layout, inside);
        },
      ),
      {numRuns: 150},
    );
  });
});
