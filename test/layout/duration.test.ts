import {expect} from '@open-wc/testing';
import {formatDuration} from '../../src/layout/index.js';
import {utc} from './fixtures.js';

describe('formatDuration()', () => {
  it('names long durations in whole years, months or days', () => {
    expect(formatDuration(utc(2007) - utc(1974), 'en')).to.equal('33 years');
    expect(formatDuration(utc(2021, 8) - utc(2021, 0), 'en')).to.equal('8 months');
    expect(formatDuration(utc(2021, 0, 13) - utc(2021, 0, 1), 'en')).to.equal('12 days');
  });

  it('uses the smaller unit below two of the larger ("18 months", not "1 year")', () => {
    expect(formatDuration(utc(2021, 6) - utc(2020), 'en')).to.equal('18 months');
    expect(formatDuration(36 * 3_600_000, 'en')).to.equal('36 hours');
  });
});
