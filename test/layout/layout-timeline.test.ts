import {expect} from '@open-wc/testing';
import {
  layoutTimeline,
  REACH,
  TICK_OFFSET,
  type LayoutItem,
  type TimelineLayout,
} from '../../src/layout/index.js';
import {expectSound, horizontal, item, measure, reference, utc, vertical} from './fixtures.js';

const all = (items: readonly LayoutItem[]) => items.map((_, i) => i);

describe('layoutTimeline() with the reference data', () => {
  it('gives 2007–2017 at least half the axis when gaps are compressed', () => {
    const layout = layoutTimeline(reference, horizontal(1280));
    const [, davinci, , exchange] = layout.milestones;
    expect(exchange.position - davinci.position).to.be.at.least(640);
  });

  it('compresses 1974–2007 into one break labelled "33 years"', () => {
    const layout = layoutTimeline(reference, horizontal(1280));
    expect(layout.breaks).to.have.length(1);
    const [gap] = layout.breaks;
    expect(gap.label).to.equal('33 years');
    expect([gap.start, gap.end]).to.deep.equal([utc(1974), utc(2007)]);
    expect(gap.size).to.be.closeTo(40, 1e-9);
    const [founded, davinci] = layout.milestones;
    expect(gap.position).to.be.within(founded.position, davinci.position);
    expect(layout.scale.domain).to.have.length(4);
    expect(layout.scale.range.at(-1)).to.equal(1280);
  });

  it('keeps positions proportional to time with gaps: linear', () => {
    const layout = layoutTimeline(reference, horizontal(1280, {gaps: 'linear'}));
    expect(layout.breaks).to.deep.equal([]);
    expect(layout.scale.domain).to.have.length(2);
    const rates = layout.milestones
      .slice(1)
      .map(
        (m, i) =>
          (m.position - layout.milestones[i].position) /
          (reference[m.index].start - reference[layout.milestones[i].index].start),
      );
    for (const rate of rates) expect(rate).to.be.closeTo(rates[0], 1e-12);
  });

  it('pads the data extent by about 5% of the span at each end when linear', () => {
    const layout = layoutTimeline(reference, horizontal(1000, {gaps: 'linear'}));
    const first = layout.milestones[0].position;
    const last = layout.milestones[3].position;
    expect(first / (last - first)).to.be.within(0.04, 0.06);
    expect((1000 - last) / (last - first)).to.be.within(0.04, 0.06);
  });

  for (const length of [320, 768, 1280]) {
    it(`draws every reference milestone apart at ${length} px`, () => {
      const layout = layoutTimeline(reference, horizontal(length));
      expectSound(layout, all(reference));
      expect(layout.clusters).to.deep.equal([]);
      expect(layout.width).to.equal(length);
      expect(layout.height).to.be.at.most(400);
      for (const m of layout.milestones) {
        expect(m.marker).to.deep.equal({x: m.position, y: layout.axis});
        expect(m.lines.length).to.be.within(1, 3);
      }
    });
  }

  it('lays the reference data out vertically with labels right of the axis', () => {
    const layout = layoutTimeline(reference, vertical(600));
    expectSound(layout, all(reference));
    expect(layout.orientation).to.equal('vertical');
    expect(layout.height).to.equal(600);
    expect(layout.breaks.map((b) => b.label)).to.deep.equal(['33 years']);
    for (const m of layout.milestones) {
      expect(m.marker).to.deep.equal({x: layout.axis, y: m.position});
      expect(m.label.x).to.be.above(layout.axis);
      expect(m.side).to.equal('after');
    }
    const tops = layout.milestones.map((m) => m.label.y);
    expect(tops).to.deep.equal([...tops].sort((a, b) => a - b));
  });

  it('is deterministic: the same input gives the same layout', () => {
    // The scale's functions are new closures each time: compare what they map.
    const plain = (layout: TimelineLayout) => ({
      ...layout,
      scale: {...layout.scale, position: null, invert: null},
    });
    const options = horizontal(900, {locale: 'en-GB'});
    expect(plain(layoutTimeline(reference, options))).to.deep.equal(
      plain(layoutTimeline(reference, options)),
    );
    expect(plain(layoutTimeline(reference, vertical(500)))).to.deep.equal(
      plain(layoutTimeline(reference, vertical(500))),
    );
  });

  it('gives the same horizontal layout when asked to keep the height it has anyway', () => {
    // LayoutController relies on this to lay out an unzoomed timeline once, not twice.
    const plain = (layout: TimelineLayout) => ({
      ...layout,
      scale: {...layout.scale, position: null, invert: null},
    });
    const dense = Array.from({length: 40}, (_, i) => item(utc(2000, 0, 1 + i), `Milestone ${i}`));
    for (const items of [reference, dense, [item(utc(2010))]]) {
      const options = horizontal(900);
      const home = layoutTimeline(items, options);
      expect(home.height).to.be.at.most(options.crossLength);
      expect(plain(layoutTimeline(items, {...options, height: home.height}))).to.deep.equal(
        plain(home),
      );
    }
  });
});

describe('layoutTimeline() edge cases', () => {
  it('lays out empty input with a default domain, no milestones and no NaN', () => {
    for (const options of [horizontal(800), vertical(400), horizontal(0), vertical(Number.NaN)]) {
      const layout = layoutTimeline([], options);
      expectSound(layout, []);
      expect(layout.milestones).to.deep.equal([]);
      expect(layout.clusters).to.deep.equal([]);
      expect(layout.scale.visible).to.deep.equal([utc(2000), utc(2001)]);
      expect(layout.height).to.be.above(0);
    }
  });

  it('centres a single item on 1 January in a window of a year either side', () => {
    const layout = layoutTimeline([item(utc(2014))], horizontal(800));
    expectSound(layout, [0]);
    expect(layout.scale.visible).to.deep.equal([utc(2013), utc(2015)]);
    expect(layout.milestones[0].position).to.equal(400);
  });

  it('gives a single item on an ordinary day a window of a day either side', () => {
    const layout = layoutTimeline([item(utc(2014, 6, 5))], vertical(400));
    expectSound(layout, [0]);
    expect(layout.scale.visible).to.deep.equal([utc(2014, 6, 4), utc(2014, 6, 6)]);
  });

  it('lays out years under 100 as written', () => {
    const items = [item(utc(50), 'Early'), item(utc(80), 'Later'), item(utc(99), 'Last')];
    const layout = layoutTimeline(items, horizontal(800, {gaps: 'linear'}));
    expectSound(layout, [0, 1, 2]);
    expect(layout.ticks.map((t) => new Date(t.time).getUTCFullYear())).to.include(60);
  });

  it('puts milestones at the same instant in separate label boxes', () => {
    const start = utc(2014, 6);
    const items = [item(start, 'One'), item(start, 'Two'), item(start, 'Three'), item(utc(2016))];
    for (const options of [horizontal(600), vertical(400)]) {
      const layout = layoutTimeline(items, options);
      expectSound(layout, [0, 1, 2, 3]);
      const same = layout.milestones.filter((m) => m.index < 3);
      expect(same).to.have.length(3);
      expect(new Set(same.map((m) => m.position)).size).to.equal(1);
    }
  });

  it('clusters more than three milestones at the same instant', () => {
    const start = utc(2014, 6);
    const items = [item(utc(2010)), ...[1, 2, 3, 4, 5].map((n) => item(start, `Event ${n}`))];
    const layout = layoutTimeline(items, horizontal(800));
    expectSound(layout, [0, 1, 2, 3, 4, 5]);
    expect(layout.clusters.map((c) => c.indices)).to.deep.equal([[1, 2, 3, 4, 5]]);
    expect(layout.clusters[0]).to.include({start, end: start});
  });

  it('draws spans as bars from start to end, overlapping spans in separate lanes', () => {
    const items = [
      item(utc(2000), 'Long programme', utc(2010)),
      item(utc(2003), 'Overlapping project', utc(2006)),
      item(utc(2012), 'Later span', utc(2014)),
      item(utc(2015), 'Point'),
    ];
    for (const options of [horizontal(1000), vertical(600)]) {
      const layout = layoutTimeline(items, options);
      expectSound(layout, [0, 1, 2, 3]);
      const [long, overlapping, later, point] = layout.milestones;
      for (const span of [long, overlapping, later]) {
        expect(span.endPosition).to.be.above(span.position);
        expect(span.bar).to.exist;
      }
      expect(point.endPosition).to.be.undefined;
      expect(point.bar).to.be.undefined;
      const along = options.orientation === 'horizontal' ? 'x' : 'y';
      const size = options.orientation === 'horizontal' ? 'width' : 'height';
      expect(long.bar?.[along]).to.equal(long.position);
      expect(long.bar?.[size]).to.be.closeTo((long.endPosition ?? 0) - long.position, 1e-9);
      expect(long.bar?.[along === 'x' ? 'y' : 'x']).to.not.equal(
        overlapping.bar?.[along === 'x' ? 'y' : 'x'],
      );
    }
  });

  it('never compresses a gap that a span covers', () => {
    const items = [
      item(utc(1900), 'Founding era', utc(1990)),
      item(utc(1990, 1)),
      item(utc(1990, 2)),
    ];
    expect(layoutTimeline(items, horizontal(1000)).breaks).to.deep.equal([]);
  });

  it('labels shorter breaks in months and days', () => {
    const months = [utc(2020, 0, 1), utc(2020, 0, 2), utc(2020, 0, 3), utc(2020, 8, 1)];
    const days = [utc(2020, 0, 1, 0), utc(2020, 0, 1, 1), utc(2020, 0, 1, 2), utc(2020, 0, 13, 2)];
    const breaks = (starts: number[]) =>
      layoutTimeline(
        starts.map((s) => item(s)),
        horizontal(1000),
      ).breaks.map((b) => b.label);
    expect(breaks(months)).to.deep.equal(['8 months']);
    expect(breaks(days)).to.deep.equal(['12 days']);
  });

  it('excludes items outside a zoom domain from milestones and clusters', () => {
    const layout = layoutTimeline(reference, horizontal(1000, {domain: [utc(2006), utc(2015)]}));
    expectSound(layout, [1, 2]);
    expect(layout.scale.visible).to.deep.equal([utc(2006), utc(2015)]);
  });

  it('sets a leader on labels pushed out of the nearest lane', () => {
    const start = utc(2014, 6);
    const items = [item(start, 'One'), item(start, 'Two'), item(start, 'Three')];
    const layout = layoutTimeline(items, horizontal(800));
    const lanes = layout.milestones.map((m) => [m.side, m.lane, m.leader]);
    expect(lanes).to.deep.equal([
      ['before', 0, false],
      ['after', 0, false],
      ['before', 1, true],
    ]);
  });

  it('keeps a horizontal plot within crossLength by clustering labels that do not fit', () => {
    const items = Array.from({length: 30}, (_, i) => item(utc(2000, 0, 1 + i * 12), `Event ${i}`));
    const roomy = layoutTimeline(items, horizontal(800, {crossLength: 1000}));
    const tight = layoutTimeline(items, horizontal(800, {crossLength: 160}));
    expectSound(roomy, all(items));
    expectSound(tight, all(items));
    expect(tight.height).to.be.at.most(160);
    expect(tight.milestones.length).to.be.below(roomy.milestones.length);
    expect(tight.clusters.length).to.be.above(0);
  });

  it('grows a vertical plot beyond length when the labels need more room', () => {
    const items = Array.from({length: 12}, (_, i) => item(utc(2000, i), `Month ${i}`));
    const layout = layoutTimeline(items, vertical(300));
    expectSound(layout, all(items));
    expect(layout.height).to.be.above(300);
    expect(layout.scale.range.at(-1)).to.be.within(300, layout.height);
    const last = layout.milestones.at(-1)?.label;
    expect((last?.y ?? 0) + (last?.height ?? 0)).to.be.at.most(layout.height);
  });

  it('moves a break label that would stick out past the start of the axis back inside', () => {
    const layout = layoutTimeline(reference, horizontal(200));
    expectSound(layout, all(reference));
    const [gap] = layout.breaks;
    expect(gap.position).to.be.below(measure('33 years') / 2);
    expect(gap.labelPosition).to.equal(measure('33 years') / 2);
  });

  it('leaves room left of a vertical axis for the break label, like the tick labels', () => {
    const layout = layoutTimeline(reference, vertical(320, {crossLength: 320}));
    expectSound(layout, all(reference));
    expect(layout.axis - TICK_OFFSET).to.be.at.least(measure('33 years'));
  });

  it('lets labels at the first instant stick out past the start rather than leave their marker', () => {
    const start = utc(2014, 6);
    const items = [item(start, 'One'), item(start, 'Two'), item(start, 'Three'), item(utc(2016))];
    const layout = layoutTimeline(items, vertical(400));
    expectSound(layout, all(items));
    expect(layout.milestones).to.have.length(4);
    // The axis moved down to make room above the first marker.
    expect(layout.scale.range[0]).to.be.above(0);
    expect(layout.height).to.be.above(400);
  });

  it("draws a leader to a vertical label moved off its marker, ending on the label's edge", () => {
    const start = utc(2014, 6);
    const items = [item(start, 'One'), item(start, 'Two'), item(start, 'Three'), item(utc(2016))];
    const [one, two, three] = layoutTimeline(items, vertical(400)).milestones;
    expect(two.leader).to.be.false;
    for (const moved of [one, three]) {
      expect(moved.leader).to.be.true;
      expect(moved.anchor?.x).to.equal(moved.label.x);
    }
    expect(one.anchor?.y).to.equal(one.label.y + one.label.height - 13);
    expect(three.anchor?.y).to.equal(three.label.y + 13);
  });

  it('clusters vertical labels that cannot stay within reach of their markers', () => {
    // Ten markers 12 days apart (about 30 px) crowd ten labels about 50 px tall each.
    const crowded = Array.from({length: 10}, (_, i) => item(utc(2000, 0, 1 + 12 * i), `E${i}`));
    const items = [...crowded, item(utc(2000, 11, 31), 'Late')];
    const layout = layoutTimeline(items, vertical(1000, {gaps: 'linear'}));
    expectSound(layout, all(items));
    expect(layout.clusters.length).to.be.above(0);
    for (const m of layout.milestones) {
      const distance = Math.max(m.label.y - m.position, m.position - m.label.y - m.label.height);
      expect(distance).to.be.at.most(REACH);
    }
  });

  it('lays out 10,000 items by clustering dense markers', () => {
    let seed = 42;
    const random = () => (seed = (seed * 16_807) % 2_147_483_647) / 2_147_483_647;
    const starts = Array.from({length: 10_000}, () => utc(2000) + random() * 20 * 3.15e10);
    const items = starts.sort((a, b) => a - b).map((s, i) => item(Math.round(s), `Item ${i}`));
    // Speed is measured by `npm run bench`, never asserted here.
    const layout = layoutTimeline(items, horizontal(1200));
    expectSound(layout, all(items));
    expect(layout.clusters.length).to.be.above(0);
    expect(layout.milestones.length + layout.clusters.length).to.be.at.most(1200 / 24 + 1);
    expectSound(layoutTimeline(items, vertical(1200)), all(items));
  });
});

describe('layoutTimeline(): controls for what lies beyond a zoomed view', () => {
  const edgeLabel = (side: 'earlier' | 'later', count: number) => `${count} ${side}`;
  const zoomed = (length: number, orientation: 'horizontal' | 'vertical') =>
    layoutTimeline(reference, {
      ...(orientation === 'horizontal' ? horizontal(length) : vertical(length)),
      domain: [utc(2013), utc(2016)],
      edgeLabel,
    });

  it('counts the milestones before and after the view and places a control at each end', () => {
    const layout = zoomed(1280, 'horizontal');
    expect(layout.beyond).to.deep.equal({earlier: 2, later: 1});
    expect(layout.edges.map(({side, count, label}) => ({side, count, label}))).to.deep.equal([
      {side: 'earlier', count: 2, label: '2 earlier'},
      {side: 'later', count: 1, label: '1 later'},
    ]);
    const [earlier, later] = layout.edges;
    expect(earlier.start).to.equal(0);
    expect(later.start + later.size).to.equal(1280);
  });

  it('keeps tick labels clear of the controls', () => {
    const layout = zoomed(1280, 'horizontal');
    const [earlier, later] = layout.edges;
    for (const tick of layout.ticks.filter((tick) => tick.label)) {
      const half = measure(tick.label) / 2;
      expect(tick.position - half).to.be.at.least(earlier.size - 1e-6);
      expect(tick.position + half).to.be.at.most(later.start + 1e-6);
    }
  });

  it('places no control without a label function or without items beyond', () => {
    expect(layoutTimeline(reference, {...horizontal(1280), domain: [utc(2013), utc(2016)]}).edges)
      .to.be.empty;
    expect(layoutTimeline(reference, {...horizontal(1280), edgeLabel}).edges).to.be.empty;
  });

  it('gives each control at most a third of a short axis', () => {
    for (const layout of [zoomed(200, 'horizontal'), zoomed(300, 'vertical')]) {
      const length = layout.orientation === 'horizontal' ? 200 : 300;
      expect(layout.edges).to.not.be.empty;
      for (const edge of layout.edges) expect(edge.size).to.be.at.most(length / 3 + 1e-9);
    }
  });
});
