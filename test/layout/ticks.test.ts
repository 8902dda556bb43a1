import {expect} from '@open-wc/testing';
import {layoutTimeline, type LayoutOptions} from '../../src/layout/index.js';
import {expectTickLabelsApart, horizontal, item, reference, utc, vertical} from './fixtures.js';

const ticksOf = (starts: number[], options: LayoutOptions) =>
  layoutTimeline(
    starts.map((start) => item(start)),
    options,
  ).ticks;

describe('layoutTimeline() ticks', () => {
  it('ticks round years labelled as years for a span of centuries', () => {
    const ticks = ticksOf([utc(1500), utc(1700), utc(1900)], horizontal(1280));
    expect(ticks.length).to.be.within(5, 16);
    for (const tick of ticks) {
      const date = new Date(tick.time);
      expect(date.getUTCFullYear() % 50).to.equal(0);
      expect(tick.label).to.equal(String(date.getUTCFullYear()));
    }
  });

  it('ticks every year for a span of a decade', () => {
    const ticks = ticksOf([utc(2010), utc(2015), utc(2020)], horizontal(1280));
    expect(ticks.map((t) => t.label)).to.include.members(['2010', '2015', '2020']);
    expect(ticks.every((t) => /^\d{4}$/.test(t.label))).to.be.true;
  });

  it('ticks months for a span of a year, with the year where it changes', () => {
    const ticks = ticksOf([utc(2014, 0), utc(2014, 6), utc(2014, 11)], horizontal(1280));
    for (const tick of ticks) expect(new Date(tick.time).getUTCDate()).to.equal(1);
    expect(ticks[0].label).to.match(/2014/);
    expect(ticks.slice(1).some((t) => /^[A-Z][a-z]{2}$/.test(t.label))).to.be.true;
  });

  it('ticks days for a span of weeks, day first in en-GB, the month named where it changes', () => {
    const ticks = ticksOf(
      [utc(2014, 6, 1), utc(2014, 6, 10), utc(2014, 6, 20)],
      horizontal(1280, {locale: 'en-GB'}),
    );
    expect(ticks.length).to.be.at.least(6);
    expect(ticks[0].label).to.match(/^\d{1,2} (Jun|Jul) 2014$/);
    for (const [i, tick] of ticks.entries()) {
      if (i === 0) continue;
      const newMonth =
        new Date(tick.time).getUTCMonth() !== new Date(ticks[i - 1].time).getUTCMonth();
      expect(tick.label).to.match(newMonth ? /^1 Jul$/ : /^\d{1,2}$/);
    }
  });

  it('ticks hours for a span of a day', () => {
    const ticks = ticksOf(
      [utc(2014, 6, 5, 2), utc(2014, 6, 5, 12), utc(2014, 6, 5, 22)],
      horizontal(1280, {locale: 'en-GB'}),
    );
    expect(ticks.slice(1).every((t) => /^\d{2}:\d{2}$/.test(t.label))).to.be.true;
  });

  it('keeps about 80–100 px between ticks', () => {
    const ticks = ticksOf([utc(1990), utc(2020)], horizontal(1200, {gaps: 'linear'}));
    for (let i = 1; i < ticks.length; i++) {
      expect(ticks[i].position - ticks[i - 1].position).to.be.at.least(75);
    }
    expect(ticks.length).to.be.at.least(6);
  });

  it('never lets tick labels overlap, horizontally or vertically', () => {
    for (const length of [200, 320, 768, 1280, 2000]) {
      for (const options of [
        horizontal(length),
        vertical(length),
        horizontal(length, {gaps: 'linear'}),
      ]) {
        expectTickLabelsApart(layoutTimeline(reference, options));
      }
    }
    // Wide labels: long month names in a narrow axis.
    expectTickLabelsApart(
      layoutTimeline([item(utc(2014, 0)), item(utc(2014, 11))], horizontal(300, {locale: 'ru'})),
    );
  });

  it('puts no tick inside a break', () => {
    const layout = layoutTimeline(reference, horizontal(1280));
    const [gap] = layout.breaks;
    for (const tick of layout.ticks) {
      const inside = Math.abs(tick.position - gap.position) < gap.size / 2;
      expect(inside, `${tick.label} inside the break`).to.be.false;
    }
  });

  it('formats tick and break labels in the locale, e.g. zh-CN', () => {
    const en = layoutTimeline(reference, horizontal(1280));
    const zh = layoutTimeline(reference, horizontal(1280, {locale: 'zh-CN'}));
    expect(zh.ticks.map((t) => t.time)).to.deep.equal(en.ticks.map((t) => t.time));
    expect(zh.ticks.every((t) => t.label.endsWith('年'))).to.be.true;
    expect(zh.breaks[0].label).to.equal('33年');

    const months = [item(utc(2014, 0)), item(utc(2014, 11))];
    const zhMonths = layoutTimeline(months, horizontal(1280, {locale: 'zh-CN'})).ticks;
    expect(zhMonths.every((t) => t.label.includes('月'))).to.be.true;
  });

  it('falls back to English for a malformed locale', () => {
    const layout = layoutTimeline(reference, horizontal(1280, {locale: 'not a locale!'}));
    expect(layout.breaks[0].label).to.equal('33 years');
  });
});
