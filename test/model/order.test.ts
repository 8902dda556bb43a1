import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {parseMilestones, type TimelineItem} from '../../src/model/index.js';

const day = (offset: number) => new Date(Date.UTC(2000, 0, 1 + offset)).toISOString().slice(0, 10);

/** Start, then end, then input position: the order every result must follow. */
function expectDateOrder(items: readonly TimelineItem[]): void {
  items.forEach((item, i) => {
    const previous = items[i - 1];
    if (!previous) return;
    const key = (entry: TimelineItem) => [entry.date.time, (entry.end ?? entry.date).time];
    const [start, end] = key(item);
    const [previousStart, previousEnd] = key(previous);
    const inOrder =
      start > previousStart ||
      (start === previousStart &&
        (end > previousEnd || (end === previousEnd && item.sourceIndex > previous.sourceIndex)));
    expect(inOrder, `item ${i} (${item.date.iso}) out of order`).to.be.true;
  });
}

describe('parseMilestones() orders any input by date, then end, then input order', () => {
  it('orders spans that share a start by end, shortest first', () => {
    const spans = Array.from({length: 2000}, (_, i) => ({
      date: day(0),
      end: day(2000 - i),
      title: `Span ${i}`,
    }));
    const {items} = parseMilestones(spans);
    expect(items).to.have.length(2000);
    expectDateOrder(items);
    expect(items[0]?.title).to.equal('Span 1999');
  });

  it('keeps the input order of identical milestones', () => {
    const same = Array.from({length: 1000}, (_, i) => ({id: `s${i}`, date: day(0), title: 'Same'}));
    const {items} = parseMilestones(same);
    expect(items.map((item) => item.id)).to.deep.equal(same.map((milestone) => milestone.id));
  });

  it('reverses input written newest first', () => {
    const reversed = Array.from({length: 1000}, (_, i) => ({date: day(1000 - i), title: `${i}`}));
    const {items} = parseMilestones(reversed);
    expectDateOrder(items);
    expect(items[0]?.title).to.equal('999');
  });

  it('orders every mix of starts, ends and repeats', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({start: fc.integer({min: 0, max: 20}), length: fc.integer({min: 0, max: 5})}),
          {maxLength: 80},
        ),
        (spans) => {
          const input = spans.map(({start, length}, i) => ({
            date: day(start),
            ...(length ? {end: day(start + length)} : {}),
            title: `Milestone ${i}`,
          }));
          const {items} = parseMilestones(input);
          expect(items).to.have.length(input.length);
          expectDateOrder(items);
        },
      ),
    );
  });
});
