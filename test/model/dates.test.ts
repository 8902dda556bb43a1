import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {parsePartialDate} from '../../src/model/index.js';
import type {PartialDate} from '../../src/model/index.js';
import {utc} from './utc.js';

/** Parses text that must be a valid date. */
function parse(text: string): PartialDate {
  const date = parsePartialDate(text);
  if (typeof date === 'string') throw new Error(`expected a date, got the reason: ${date}`);
  return date;
}

/** Parses text that must be rejected, and returns the reason. */
function reason(text: string): string {
  const date = parsePartialDate(text);
  if (typeof date !== 'string') throw new Error(`expected ${text} to be rejected`);
  return date;
}

describe('parsePartialDate()', () => {
  it('keeps year precision for 1974', () => {
    expect(parse('1974')).to.deep.equal({iso: '1974', time: utc(1974), precision: 'year'});
  });

  it('keeps month precision for 2014-07', () => {
    expect(parse('2014-07')).to.deep.equal({
      iso: '2014-07',
      time: utc(2014, 7),
      precision: 'month',
    });
  });

  it('keeps day precision for 2017-11-05', () => {
    expect(parse('2017-11-05')).to.deep.equal({
      iso: '2017-11-05',
      time: utc(2017, 11, 5),
      precision: 'day',
    });
  });

  it('reads a date-time without an offset as UTC, at minute precision', () => {
    const date = parse('2017-11-05T14:30');
    expect(date.time).to.equal(utc(2017, 11, 5, 14, 30));
    expect(date.precision).to.equal('minute');
  });

  it('reads seconds and milliseconds at second precision', () => {
    expect(parse('2017-11-05T14:30:05Z').time).to.equal(utc(2017, 11, 5, 14, 30, 5));
    expect(parse('2017-11-05T14:30:05.25Z').time).to.equal(utc(2017, 11, 5, 14, 30, 5, 250));
    expect(parse('2017-11-05T14:30:05.007Z').time).to.equal(utc(2017, 11, 5, 14, 30, 5, 7));
    expect(parse('2017-11-05T14:30:05.250Z').precision).to.equal('second');
  });

  it('applies an offset, so the time is the instant written', () => {
    expect(parse('2020-01-01T00:30+01:00').time).to.equal(utc(2019, 12, 31, 23, 30));
    expect(parse('2020-01-01T00:30-05:30').time).to.equal(utc(2020, 1, 1, 6, 0));
    expect(parse('2020-01-01T00:30+0100').time).to.equal(utc(2019, 12, 31, 23, 30));
    expect(parse('2020-01-01T00:30Z').time).to.equal(utc(2020, 1, 1, 0, 30));
  });

  it('trims surrounding whitespace and keeps the trimmed text as iso', () => {
    expect(parse('  2014-07\n').iso).to.equal('2014-07');
  });

  it('accepts leap days in leap years: 2024-02-29 and 2000-02-29', () => {
    expect(parse('2024-02-29').time).to.equal(utc(2024, 2, 29));
    expect(parse('2000-02-29').time).to.equal(utc(2000, 2, 29));
  });

  it('rejects 2024-02-30 instead of rolling over to March, and says why', () => {
    expect(reason('2024-02-30')).to.equal(
      '"2024-02-30" is not a calendar date: February 2024 has 29 days',
    );
  });

  it('rejects February 29 in years that are not leap years: 2023 and 1900', () => {
    expect(reason('2023-02-29')).to.contain('February 2023 has 28 days');
    expect(reason('1900-02-29')).to.contain('February 1900 has 28 days');
    expect(reason('2024-04-31')).to.contain('April 2024 has 30 days');
  });

  it('rejects month 13, month 00 and day 00', () => {
    expect(reason('2024-13')).to.contain('no month 13');
    expect(reason('2024-00')).to.contain('no month 0');
    expect(reason('2024-01-00')).to.contain('not a calendar date');
  });

  it('rejects hour 24, minute 60 and second 60 rather than rolling over', () => {
    expect(reason('2020-01-01T24:00')).to.contain('no hour 24');
    expect(reason('2020-01-01T12:60')).to.contain('no minute 60');
    expect(reason('2020-01-01T12:30:60Z')).to.contain('no second 60');
    expect(reason('2020-01-01T12:30+24:00')).to.contain('offset');
  });

  it('keeps years under 100 as they are: 0099 is year 99, not 1999', () => {
    const date = parse('0099');
    expect(date.time).to.equal(utc(99));
    expect(new Date(date.time).getUTCFullYear()).to.equal(99);
    expect(new Date(parse('0001-03-01').time).getUTCFullYear()).to.equal(1);
  });

  it('reads year 0000 and extended negative years astronomically: -000044 is 45 BCE', () => {
    expect(new Date(parse('0000').time).getUTCFullYear()).to.equal(0);
    expect(parse('-000044')).to.deep.equal({iso: '-000044', time: utc(-44), precision: 'year'});
    expect(parse('-000044-03-15').time).to.equal(utc(-44, 3, 15));
    expect(parse('-000004-02-29').time).to.equal(utc(-4, 2, 29));
    expect(reason('-000001-02-29')).to.contain('February -1 has 28 days');
  });

  it('rejects -000000, which ISO 8601 spells 0000', () => {
    expect(reason('-000000')).to.contain('0000');
  });

  it('reads extended years and the far future: 9999-12-31, +010000, +275760-09-13', () => {
    expect(parse('9999-12-31').time).to.equal(utc(9999, 12, 31));
    expect(parse('+010000-01-01').time).to.equal(utc(10000, 1, 1));
    expect(parse('+275760-09-13').time).to.equal(8.64e15);
    expect(parse('-271821-04-20').time).to.equal(-8.64e15);
  });

  it('rejects dates beyond what a JavaScript Date can hold', () => {
    expect(reason('+275760-09-13T00:00:00.001Z')).to.contain('outside the range');
    expect(reason('-271821-04-19')).to.contain('outside the range');
  });

  it('rejects text that is not ISO 8601', () => {
    for (const text of [
      '',
      '2014/07',
      'July 2014',
      '14-07',
      '2014-7',
      '20140705',
      '12345',
      '2014-07-05T14',
      '2014-07-05 14:30',
      '2014-07Z',
      '2014-07-05T14:30:05.1234Z',
    ]) {
      expect(reason(text), text).to.contain('is not an ISO 8601 date');
    }
  });

  it('rejects near misses: a part cut short, too long, in the wrong place or after the end', () => {
    for (const text of [
      '2014-',
      '2014-07-0',
      '+2014',
      '-2014-07',
      '2014-07-05T14:3',
      '2014-07-05T:30',
      '2014-07-05T14:30:5',
      '2014-07-05T14:30:05.',
      '2014-07-05T14:30:05.12a',
      '2014-07-05T14:30+01',
      '2014-07-05T14:30+01:0',
      '2014-07-05T14:30+01:000',
      '2014-07-05T14:30Zx',
      '2014-07-05t14:30',
      '2014-07-05T14:30z',
      '２０１４',
    ]) {
      expect(reason(text), text).to.contain('is not an ISO 8601 date');
    }
  });

  it('reads one or two digits of a second as tenths or hundredths', () => {
    expect(parse('2014-07-05T14:30:05.1Z').time).to.equal(utc(2014, 7, 5, 14, 30, 5, 100));
    expect(parse('2014-07-05T14:30:05.12Z').time).to.equal(utc(2014, 7, 5, 14, 30, 5, 120));
  });

  it('quotes the text in its reason, cut short when it is long', () => {
    const long = '9'.repeat(100_000);
    const text = reason(long);
    expect(text.startsWith(`"${'9'.repeat(60)}…"`)).to.be.true;
    expect(text.length).to.be.below(200);
  });

  it('agrees with Date for every instant a Date can hold (property)', () => {
    fc.assert(
      fc.property(fc.date({noInvalidDate: true}), (instant) => {
        const date = parse(instant.toISOString());
        expect(date.time).to.equal(instant.getTime());
        expect(date.precision).to.equal('second');
      }),
    );
  });

  it('reads every calendar day of years 0 to 9999 at its UTC midnight (property)', () => {
    const day = fc
      .record({year: fc.integer({min: 0, max: 9999}), month: fc.integer({min: 1, max: 12})})
      .chain(({year, month}) =>
        fc.record({
          year: fc.constant(year),
          month: fc.constant(month),
          day: fc.integer({min: 1, max: new Date(Date.UTC(2001, month, 0)).getUTCDate()}),
        }),
      )
      .filter(({year, month, day}) => !(month === 2 && day === 29) || year % 4 === 0);
    fc.assert(
      fc.property(day, ({year, month, day}) => {
        const text = [String(year).padStart(4, '0'), month, day]
          .map((part) => String(part).padStart(2, '0'))
          .join('-');
        const date = parsePartialDate(text);
        const expected = new Date(utc(year, month, day));
        // Only February 29 of a century year that is not divisible by 400 is impossible.
        if (expected.getUTCDate() !== day) expect(date).to.be.a('string');
        else expect((date as PartialDate).time).to.equal(expected.getTime());
      }),
    );
  });

  it('never throws, whatever the text (property)', () => {
    fc.assert(
      fc.property(fc.string({unit: 'binary'}), (text) => {
        const date = parsePartialDate(text);
        expect(['string', 'object']).to.include(typeof date);
      }),
    );
  });
});
