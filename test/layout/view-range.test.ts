import {expect} from '@open-wc/testing';
import {
  clampRange,
  formatRange,
  MIN_SPAN,
  msPerPixel,
  panRange,
  revealRange,
  toInstant,
  zoomedSpan,
  zoomRange,
  type TimeRange,
} from '../../src/layout/index.js';
import {buildTimeScale} from '../../src/layout/scale.js';
import {YEAR} from '../../src/shared/time-units.js';

const utc = (year: number, month = 0, day = 1) => Date.UTC(year, month, day);

/** 1970–1980 on 0–100 px, a break to 2000 (20 px), then 2000–2010 on 120–220 px. */
const broken = buildTimeScale(
  {
    domain: [utc(1970), utc(2010)],
    visible: new Int32Array(),
    gaps: [{start: utc(1980), end: utc(2000), from: utc(1980), to: utc(2000)}],
    breakSize: 20,
  },
  220,
);
const linear = buildTimeScale(
  {domain: [utc(2000), utc(2010)], visible: new Int32Array(), gaps: [], breakSize: 0},
  1000,
);
const home: TimeRange = [utc(2000), utc(2010)];

describe('view-range', () => {
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

  it('msPerPixel() is the rate of the linear pieces, not of the breaks', () => {
    const tenYearsPer100px = (utc(1980) - utc(1970)) / 100;
    expect(msPerPixel(broken)).to.be.closeTo(tenYearsPer100px, tenYearsPer100px * 1e-3);
  });

  it('zoomedSpan() zooms in on what is drawn at the normal rate and out on the whole range', () => {
    // The broken scale draws 20 years at 10 years per 100 px: in by 2 shows 11 years (220 px).
    expect(zoomedSpan(broken, 0.5)).to.be.closeTo(1.1 * (utc(1980) - utc(1970)), MIN_SPAN);
    expect(zoomedSpan(broken, 2)).to.equal(2 * (utc(2010) - utc(1970)));
    expect(zoomedSpan(linear, 0.5)).to.equal((utc(2010) - utc(2000)) / 2);
  });

  it('zoomRange() puts the anchor at its share and keeps the span within limits', () => {
    const anchor = utc(2005);
    const [start, end] = zoomRange(anchor, 2 * YEAR, 0.25, home);
    expect((anchor - start) / (end - start)).to.be.closeTo(0.25, 1e-9);
    const tiny = zoomRange(anchor, 1000, 0.5, home);
    expect(tiny[1] - tiny[0]).to.equal(MIN_SPAN);
    const huge = zoomRange(anchor, 1000 * YEAR, 0.5, home);
    expect(huge[1] - huge[0]).to.be.closeTo(15 * YEAR, MIN_SPAN * 4);
  });

  it('clampRange() keeps the centre inside the whole timeline', () => {
    const [start, end] = clampRange([utc(2050), utc(2052)], home);
    expect((start + end) / 2).to.equal(utc(2010));
    expect(end - start).to.equal(utc(2052) - utc(2050));
    // Reversed ends are read in order.
    expect(clampRange([utc(2004), utc(2002)], home)).to.deep.equal([utc(2002), utc(2004)]);
  });

  it('panRange() moves by a delta and stops at the limits', () => {
    expect(panRange([utc(2002), utc(2004)], YEAR, home)[0]).to.equal(utc(2002) + YEAR);
    const far = panRange([utc(2002), utc(2004)], 100 * YEAR, home);
    expect((far[0] + far[1]) / 2).to.equal(utc(2010));
  });

  it('revealRange() moves only as far as needed to show an instant', () => {
    const range: TimeRange = [utc(2004), utc(2006)];
    expect(revealRange(range, utc(2005), home)).to.equal(range);
    const later = revealRange(range, utc(2008), home);
    expect(later[1]).to.be.above(utc(2008));
    expect(later[1] - later[0]).to.equal(range[1] - range[0]);
    const earlier = revealRange(range, utc(2001), home);
    expect(earlier[0]).to.be.below(utc(2001));
  });

  it('formatRange() says years, months or days as the span needs', () => {
    expect(formatRange([utc(2007), utc(2017)], 'en')).to.deep.equal(['2007', '2017']);
    expect(formatRange([utc(2014, 0), utc(2014, 6)], 'en')).to.deep.equal([
      'January 2014',
      'July 2014',
    ]);
    expect(formatRange([utc(2014, 6, 1), utc(2014, 6, 3)], 'bg')[0]).to.contain('юли 2014');
    expect(formatRange([utc(2007), utc(2017)], 'not a locale!')).to.deep.equal(['2007', '2017']);
  });
});
