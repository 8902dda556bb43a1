import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {parseMilestones} from '../../src/model/index.js';
import type {ParseResult} from '../../src/model/index.js';

/** Checks the shape every result has, whatever the input. */
function expectWellFormed(result: ParseResult): void {
  expect(result.items).to.be.an('array');
  expect(result.issues).to.be.an('array');
  for (const issue of result.issues) {
    expect(issue.message).to.be.a('string').and.not.be.empty;
    expect(['error', 'warning']).to.include(issue.severity);
  }
}

const isoDate = fc.oneof(
  fc.integer({min: 1, max: 3000}).map((year) => String(year).padStart(4, '0')),
  fc
    .tuple(fc.integer({min: 1900, max: 2100}), fc.integer({min: 0, max: 13}))
    .map(([year, month]) => `${year}-${String(month).padStart(2, '0')}`),
  fc
    .date({min: new Date(-1e14), max: new Date(1e14), noInvalidDate: true})
    .map((date) => date.toISOString()),
  fc.constantFrom('2024-02-29', '2024-02-30', '2020-01-01T00:30+01:00', '-000044', 'soon', ''),
);

/** Records that look like milestones, right or wrong in every field. */
const milestoneLike = fc.record(
  {
    id: fc.oneof(
      fc.constantFrom('a', 'b', 'a-2', ' a '),
      fc.integer({min: 0, max: 3}),
      fc.string(),
    ),
    date: fc.oneof(isoDate, fc.integer(), fc.constant(null)),
    end: fc.oneof(isoDate, fc.constant(null)),
    title: fc.oneof(fc.constantFrom('Same title', '', ' '), fc.string(), fc.integer()),
    description: fc.oneof(fc.string(), fc.boolean()),
    url: fc.oneof(fc.constantFrom('https://x.example', 'javascript:x', '/a'), fc.string()),
    category: fc.oneof(fc.string(), fc.integer()),
    approximate: fc.oneof(fc.boolean(), fc.string()),
    extra: fc.anything(),
  },
  {requiredKeys: []},
);

const items = fc.array(fc.oneof({weight: 8, arbitrary: milestoneLike}, fc.anything()), {
  maxLength: 30,
});

describe('parseMilestones() properties', () => {
  it('never throws for any JSON value, given as a value or as text', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expectWellFormed(parseMilestones(value));
        expectWellFormed(parseMilestones(JSON.stringify(value)));
        expectWellFormed(parseMilestones({milestones: value}));
      }),
    );
  });

  it('never throws for anything at all, including odd objects and any text', () => {
    const anything = fc.anything({
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withObjectString: true,
      withSparseArray: true,
      withTypedArray: true,
    });
    fc.assert(
      fc.property(fc.oneof(anything, fc.array(anything), fc.string()), (value) => {
        expectWellFormed(parseMilestones(value));
      }),
    );
  });

  it('keeps or rejects every item: items plus items with errors make the input', () => {
    fc.assert(
      fc.property(items, (input) => {
        const result = parseMilestones(input);
        const kept = new Set(result.items.map((item) => item.sourceIndex));
        const rejected = new Set(
          result.issues.filter((issue) => issue.severity === 'error').map((issue) => issue.index),
        );
        expect(kept.size).to.equal(result.items.length);
        expect(kept.size + rejected.size).to.equal(input.length);
        for (const index of rejected) expect(kept.has(index as number)).to.be.false;
        for (const issue of result.issues) {
          expect(issue.message.startsWith(`item ${issue.index}: `)).to.be.true;
        }
      }),
    );
  });

  it('sorts items by time, then end, then input order, with unique ids', () => {
    fc.assert(
      fc.property(items, (input) => {
        const {items: output} = parseMilestones(input);
        expect(new Set(output.map((item) => item.id)).size).to.equal(output.length);
        for (let i = 1; i < output.length; i++) {
          const [a, b] = [output[i - 1], output[i]];
          const key = (item: typeof a) =>
            [item.date.time, (item.end ?? item.date).time, item.sourceIndex] as const;
          const [ka, kb] = [key(a), key(b)];
          const order = ka[0] - kb[0] || ka[1] - kb[1] || ka[2] - kb[2];
          expect(order).to.be.below(0);
        }
        for (const item of output) {
          if (item.end) expect(item.end.time).to.be.at.least(item.date.time);
          expect(item.title.trim()).to.equal(item.title);
          expect(item.title).not.to.equal('');
        }
      }),
    );
  });

  it('reads its own output again unchanged and without issues', () => {
    fc.assert(
      fc.property(items, (input) => {
        const first = parseMilestones(input);
        const again = parseMilestones(first.items.map((item) => item.milestone));
        expect(again.issues).to.deep.equal([]);
        expect(again.items.map((item) => item.milestone)).to.deep.equal(
          first.items.map((item) => item.milestone),
        );
      }),
    );
  });

  it('rejects every title made only of invisible characters, and keeps one with a visible one', () => {
    const invisible = fc.constantFrom(
      ' ',
      '\t',
      '\n',
      '\u00A0',
      '\u3000',
      '\u00AD',
      '\u034F',
      '\u115F',
      '\u1160',
      '\u180E',
      '\u200B',
      '\u200C',
      '\u200D',
      '\u200E',
      '\u200F',
      '\u202A',
      '\u202E',
      '\u2060',
      '\u2066',
      '\u2069',
      '\u3164',
      '\uFE00',
      '\uFE0F',
      '\uFEFF',
      '\uFFA0',
      '\u{E0001}',
      '\u{E0020}',
      '\u{E0100}',
      '\u{1D173}',
    );
    const blank = fc.array(invisible, {minLength: 1, maxLength: 12}).map((chars) => chars.join(''));
    const visible = fc.constantFrom('a', 'Я', '中', '7', '.', '👩', '\u0301');
    fc.assert(
      fc.property(blank, blank, visible, (before, after, shown) => {
        const result = parseMilestones([
          {date: '2014', title: before + after},
          {date: '2014', title: before + shown + after},
        ]);
        expect(
          result.issues.map((issue) => [issue.index, issue.field, issue.severity]),
        ).to.deep.equal([[0, 'title', 'error']]);
        expect(result.items.map((item) => item.title)).to.deep.equal([
          (before + shown + after).trim(),
        ]);
      }),
    );
  });
});
