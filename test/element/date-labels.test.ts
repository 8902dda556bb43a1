import {expect} from '@open-wc/testing';
import {DateLabels} from '../../src/element/date-labels.js';
import {parseMilestones} from '../../src/model/index.js';

const {items} = parseMilestones([
  {date: '1974', title: 'Pleven Medical University founded'},
  {date: '2014-07', end: '2015-02', title: 'Joint HIFU clinical study'},
  {date: '2017-11', title: 'Student exchange agreement signed'},
]);

describe('DateLabels', () => {
  it('formats a label when it is first read, and only once', () => {
    const formatted: string[] = [];
    const labels = new DateLabels(items, (item) => {
      formatted.push(item.date.iso);
      return `label of ${item.date.iso}`;
    });
    expect(formatted).to.deep.equal([]);
    expect(labels.get(2)).to.equal('label of 2017-11');
    expect(labels.get(2)).to.equal('label of 2017-11');
    expect(formatted).to.deep.equal(['2017-11']);
  });

  it('gives the layout items with instants and titles, formatting a date only when asked', () => {
    const formatted: string[] = [];
    const labels = new DateLabels(items, (item) => {
      formatted.push(item.date.iso);
      return item.date.iso;
    });
    const layoutItems = labels.layoutItems();
    expect(layoutItems.map((item) => item.title)).to.deep.equal(items.map((item) => item.title));
    expect(layoutItems[1].start).to.equal(Date.UTC(2014, 6));
    expect(layoutItems[1].end).to.equal(Date.UTC(2015, 1));
    expect('end' in layoutItems[0]).to.be.false;
    expect(formatted).to.deep.equal([]);
    expect(layoutItems[1].dateLabel).to.equal('2014-07');
    expect(formatted).to.deep.equal(['2014-07']);
  });
});
