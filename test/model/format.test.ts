import {expect} from '@open-wc/testing';
import {APPROXIMATE_PREFIX, formatPartialDate, parsePartialDate} from '../../src/model/index.js';
import type {PartialDate} from '../../src/model/index.js';

function format(text: string, locale = 'en', approximate = false): string {
  const date = parsePartialDate(text);
  if (typeof date === 'string') throw new Error(date);
  return formatPartialDate(date, locale, {approximate});
}

describe('formatPartialDate()', () => {
  it('shows a year as the year alone: 1974', () => {
    expect(format('1974')).to.equal('1974');
  });

  it('shows a month without a day: July 2014 in English', () => {
    expect(format('2014-07')).to.equal('July 2014');
  });

  it('shows a month the Chinese way for zh-CN: 2014年7月', () => {
    expect(format('2014-07', 'zh-CN')).to.equal('2014年7月');
  });

  it('shows a month in Bulgarian with its month name, юли, and no day', () => {
    const text = format('2014-07', 'bg');
    expect(text).to.contain('юли');
    expect(text).to.contain('2014');
    expect(text).not.to.match(/\b1\b/);
  });

  it('shows a day in the order the locale uses, with a long month name', () => {
    expect(format('2017-11-05', 'en-GB')).to.equal('5 November 2017');
    expect(format('2017-11-05', 'en-US')).to.equal('November 5, 2017');
  });

  it('shows date-times in UTC with the time and the zone', () => {
    const text = format('2017-11-05T14:30', 'en-US');
    expect(text).to.contain('November 5, 2017');
    expect(text).to.contain('2:30');
    expect(text).to.contain('UTC');
    expect(format('2017-11-05T14:30:05Z', 'en-GB')).to.contain('14:30:05');
  });

  it('shows a date-time with an offset at its instant in UTC', () => {
    const text = format('2020-01-01T00:30+01:00', 'en-GB');
    expect(text).to.contain('31 December 2019');
    expect(text).to.contain('23:30');
  });

  it('names the era for years up to 0: -000044 is 45 BC, 0000 is 1 BC', () => {
    expect(format('-000044')).to.equal('45 BC');
    expect(format('0000')).to.equal('1 BC');
    expect(format('-000044-03')).to.equal('March 45 BC');
  });

  it('keeps years under 100 as they are: 0099 is 99, not 1999', () => {
    expect(format('0099')).to.equal('99');
    expect(format('0099-07', 'en')).to.equal('July 99');
  });

  it('prefixes approximate dates with "c. ": c. 2012', () => {
    expect(APPROXIMATE_PREFIX).to.equal('c. ');
    expect(format('2012', 'en', true)).to.equal('c. 2012');
    expect(format('2014-07', 'en', true)).to.equal('c. July 2014');
  });

  it('falls back to English for a malformed locale instead of throwing', () => {
    expect(format('2014-07', 'not a locale!')).to.equal('July 2014');
  });

  it('shows the written text for a hand-made date whose time cannot be formatted', () => {
    expect(formatPartialDate({iso: '2014', time: NaN, precision: 'year'}, 'en')).to.equal('2014');
  });

  it('gives the same text for the same date and locale, formatter cached or not', () => {
    const date = parsePartialDate('2017-11') as PartialDate;
    const first = formatPartialDate(date, 'de');
    expect(formatPartialDate(date, 'de')).to.equal(first);
    expect(first).to.equal('November 2017');
  });
});
