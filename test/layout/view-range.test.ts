import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {
  canZoomIn,
  canZoomOut,
  clampRange,
  formatRange,
  MIN_SPAN,
  panBy,
  revealTime,
  toInstant,
  zoomAround,
  type TimeRange,
  type TimeScale,
} from '../../src/layout/index.js';
import {buildTimeScale, type ScalePlan} from '../../src/layout/scale.js';

const utc = (year: number, month = 0, day = 1) => Date.UTC(year, month, day);

/**
 * The whole timeline of these tests: 1960–2020 on 1000 px with 1970–2000 squeezed into a 40 px
 * break, as the layout plans a home view.
 */
const plan: ScalePlan = {
  domain: [utc(1960), utc(2020)],
  visible: new Int32Array(),
  gaps: [{start: utc(1970), end: utc(2000), from: utc(1970), to: utc(2000)}],
  breakSize: 40,
};
const home: TimeRange = [utc(1960), utc(2020)];
const LENGTH = 1000;
/** The axis the layout draws for a view of `range`, keeping home's breaks. */
const viewOf = (range: TimeRange) => buildTimeScale({...plan, domain: range}, LENGTH);
const homeScale = viewOf(home);
/** Instants spread over the timeline, in and out of the break. */
const instants = [utc(1961), utc(1965), utc(1969, 6), utc(1985), utc(2001), utc(2010), utc(2019)];

/** How far each instant moved on the axis between two scales, px. */
const moves = (from: TimeScale, to: TimeScale) =>
  instants.map((time) => to.position(time) - from.position(time));

describe('view-range: zoom and pan act on what is drawn', () => {
  it('panBy() moves every marker by exactly the pixels dragged, and keeps the break', () => {
    const zoomed = viewOf(zoomAround(homeScale, home, 0.5, 500));
    const panned = viewOf(panBy(zoomed, home, -40));
    for (const moved of moves(zoomed, panned)) expect(moved).to.be.closeTo(-40, 1e-6);
    expect(panned.breaks).to.deep.equal(zoomed.breaks);
  });

  it('panBy() does nothing on the home view, where the whole timeline already fits', () => {
    expect(panBy(homeScale, home, 40)).to.deep.equal(home);
    expect(panBy(homeScale, home, -40)).to.deep.equal(home);
  });

  it('panBy() stops at the data, however far the drag goes', () => {
    const zoomed = viewOf(zoomAround(homeScale, home, 1 / 8, 500));
    const [earliest] = panBy(zoomed, home, 5000);
    expect(earliest).to.be.closeTo(home[0], 1);
    const [, latest] = panBy(zoomed, home, -5000);
    expect(latest).to.be.closeTo(home[1], 1);
  });

  it('zoomAround() keeps the instant under the anchor and breaks their size', () => {
    const anchor = 700;
    const time = homeScale.invert(anchor);
    const zoomed = viewOf(zoomAround(homeScale, home, 0.5, anchor));
    expect(zoomed.position(time)).to.be.closeTo(anchor, 1e-6);
    expect(zoomed.rate).to.be.closeTo(homeScale.rate * 2, homeScale.rate * 1e-9);
    expect(zoomed.position(utc(2000)) - zoomed.position(utc(1970))).to.be.closeTo(40, 1e-6);
  });

  it('zooms in from the middle of the axis onto drawn time, never into the break', () => {
    const [start, end] = zoomAround(homeScale, home, 0.5, LENGTH / 2);
    const middle = viewOf([start, end]).invert(LENGTH / 2);
    expect(middle).to.be.above(utc(2000));
  });

  it('stops zooming in at a day and out at 1.5 times the whole timeline', () => {
    let scale = homeScale;
    for (let step = 0; step < 40; step++) scale = viewOf(zoomAround(scale, home, 0.5, 800));
    expect(canZoomIn(scale, home)).to.be.false;
    const [start, end] = scale.visible;
    expect(end - start).to.be.closeTo(MIN_SPAN, 1000);
    scale = homeScale;
    for (let step = 0; step < 10; step++) scale = viewOf(zoomAround(scale, home, 2, 300));
    expect(canZoomOut(scale, home)).to.be.false;
    const drawnHome = scale.position(home[1]) - scale.position(home[0]);
    expect(drawnHome).to.be.closeTo(LENGTH / 1.5, 1e-6);
    // Zoomed out, the whole timeline stays on the axis.
    expect(scale.position(home[0])).to.be.at.least(-1e-6);
    expect(scale.position(home[1])).to.be.at.most(LENGTH + 1e-6);
  });

  it('moves markers 1:1 for any zoom and any drag that the data does not stop', () => {
    fc.assert(
      fc.property(
        fc.double({min: 0.05, max: 0.9, noNaN: true}),
        fc.double({min: 0, max: LENGTH, noNaN: true}),
        fc.double({min: -300, max: 300, noNaN: true}),
        (factor, anchor, delta) => {
          const zoomed = viewOf(zoomAround(homeScale, home, factor, anchor));
          const panned = viewOf(panBy(zoomed, home, delta));
          const moved = moves(zoomed, panned);
          // Every instant moved by one and the same amount (the drag, or less at the data).
          for (const each of moved) expect(each).to.be.closeTo(moved[0], 1e-5);
          expect(Math.abs(moved[0])).to.be.at.most(Math.abs(delta) + 1e-6);
          expect(panned.breaks).to.deep.equal(zoomed.breaks);
        },
      ),
    );
  });

  it('revealTime() pans only as far as needed to show an instant', () => {
    const zoomed = viewOf(zoomAround(homeScale, home, 1 / 8, 900));
    expect(revealTime(zoomed, home, zoomed.invert(500))).to.equal(zoomed.visible);
    const later = viewOf(revealTime(zoomed, home, utc(2019)));
    expect(later.position(utc(2019))).to.be.closeTo(LENGTH * 0.9, 1e-6);
    const earlier = viewOf(revealTime(zoomed, home, utc(1961)));
    expect(earlier.position(utc(1961))).to.be.within(0, LENGTH);
  });
});

describe('view-range: ranges asked for by time', () => {
  it('toInstant() reads Dates, numbers and ISO text, an end text to the end of its period', () => {
    expect(toInstant(new Date(utc(2014, 6)), 'start')).to.equal(utc(2014, 6));
    expect(toInstant(5, 'end')).to.equal(5);
    expect(toInstant('2014-07', 'start')).to.equal(utc(2014, 6));
    expect(toInstant('2014-07', 'end')).to.equal(utc(2014, 7));
    expect(toInstant('2017', 'end')).to.equal(utc(2018));
    expect(toInstant('2017-11-05', 'end')).to.equal(utc(2017, 10, 6));
    expect(toInstant('2017-11-05T10:00Z', 'end')).to.equal(Date.UTC(2017, 10, 5, 10));
    expect(toInstant('yesterday', 'start')).to.be.NaN;
  });

  it('clampRange() keeps the span within limits and the centre inside the whole timeline', () => {
    const tenYears: TimeRange = [utc(2000), utc(2010)];
    const [start, end] = clampRange([utc(2050), utc(2052)], tenYears);
    expect((start + end) / 2).to.equal(utc(2010));
    expect(end - start).to.equal(utc(2052) - utc(2050));
    expect(clampRange([utc(2004), utc(2002)], tenYears)).to.deep.equal([utc(2002), utc(2004)]);
    const tiny = clampRange([utc(2004), utc(2004) + 1000], tenYears);
    expect(tiny[1] - tiny[0]).to.equal(MIN_SPAN);
  });

  it('draws a range asked for inside a break linear, since it holds no drawn time', () => {
    const inside = viewOf([utc(1980), utc(1990)]);
    expect(inside.breaks).to.deep.equal([]);
    expect(inside.position(utc(1985))).to.be.closeTo(LENGTH / 2, 1);
  });

  it('formatRange() says years, months or days as the span needs, the end exclusive', () => {
    // [2007-01-01, 2017-01-01) is 2007 to 2016: the end names the range's last millisecond.
    expect(formatRange([utc(2007), utc(2017)], 'en')).to.deep.equal(['2007', '2016']);
    expect(formatRange([utc(2014, 0), utc(2014, 6)], 'en')).to.deep.equal([
      'January 2014',
      'June 2014',
    ]);
    expect(formatRange([utc(2014, 6, 1), utc(2014, 6, 3)], 'bg')[0]).to.contain('юли 2014');
    expect(formatRange([utc(2007), utc(2017)], 'not a locale!')).to.deep.equal(['2007', '2016']);
  });
});
