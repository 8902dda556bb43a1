import {expect} from '@open-wc/testing';
import type {TimelineHarness} from '../harness.js';
import {settled, withAttribute, withProperty} from './helpers.js';

/** `datetime` attributes of the drawn milestones, in date order. */
function datetimes(timeline: TimelineHarness): string[] {
  return timeline.milestones.map((milestone) => milestone.querySelector('time')!.dateTime);
}

/** Asserts that every label and the detail view lie within the element's own width. */
function expectInsideElement(timeline: TimelineHarness): void {
  const width = timeline.element.getBoundingClientRect().width;
  const boxes = [...timeline.parts('label'), ...timeline.parts('detail')];
  for (const part of boxes) {
    const box = timeline.boxOf(part);
    expect(box.left, 'left edge').to.be.at.least(-0.5);
    expect(box.right, 'right edge').to.be.at.most(width + 0.5);
  }
  expect(timeline.part('timeline')!.scrollWidth).to.be.at.most(Math.ceil(width));
}

describe('edge cases: dates', () => {
  it('rejects impossible dates with their reason and draws the possible ones', async () => {
    const {timeline, log} = await withProperty([
      {date: '2024-02-30', title: 'February 30'},
      {date: '2023-02-29', title: 'Not a leap year'},
      {date: '2024-02-29', title: 'Leap day'},
      {date: '2014-13', title: 'Month 13'},
      {date: '2017-11-05T24:00', title: 'Hour 24'},
      {date: '1900-02-29', title: 'Century, not a leap year'},
    ]);
    expect(timeline.titles).to.deep.equal(['Leap day']);
    expect(log.errors[0].detail.issues.map((issue) => issue.message)).to.deep.equal([
      'item 0: date "2024-02-30" is not a calendar date: February 2024 has 29 days',
      'item 1: date "2023-02-29" is not a calendar date: February 2023 has 28 days',
      'item 3: date "2014-13" has no month 13; months run 01–12',
      'item 4: date "2017-11-05T24:00" has no hour 24; hours run 00–23',
      'item 5: date "1900-02-29" is not a calendar date: February 1900 has 28 days',
    ]);
  });

  it('draws years before 1000 and BCE years (extended ISO) in order, with their era', async () => {
    const {timeline, log} = await withProperty([
      {date: '0800', title: 'Year 800'},
      {date: '-000044', title: 'Caesar'},
      {date: '1974', title: 'Founded'},
    ]);
    expect(log.errors).to.be.empty;
    expect(timeline.titles).to.deep.equal(['Caesar', 'Year 800', 'Founded']);
    // HTML's datetime has no BCE years: that <time> keeps its text and goes without one.
    expect(datetimes(timeline)).to.deep.equal(['', '0800', '1974']);
    expect(timeline.dates[0]).to.equal('45 BC');
    expect(timeline.dates[1]).to.equal('800');
  });

  it('keeps years under 100 as written, with no shift into the 1900s', async () => {
    const {timeline} = await withProperty([
      {date: '1979', title: 'Nineteen seventy-nine'},
      {date: '0079', title: 'Vesuvius erupts'},
    ]);
    expect(timeline.titles).to.deep.equal(['Vesuvius erupts', 'Nineteen seventy-nine']);
    expect(timeline.dates[0]).to.equal('79');
  });

  it('draws far-future dates, and reports those beyond what a Date can hold', async () => {
    const {timeline, log} = await withProperty([
      {date: '2017-11', title: 'Exchange'},
      {date: '9999-12-31', title: 'Last four-digit day'},
      {date: '+275000', title: 'Far future'},
      {date: '+300000', title: 'Beyond Date'},
    ]);
    expect(timeline.titles).to.deep.equal(['Exchange', 'Last four-digit day', 'Far future']);
    expect(log.errors[0].detail.issues[0].message).to.contain(
      'outside the range of JavaScript dates',
    );
  });

  it('sorts date-times with offsets by the instant they name', async () => {
    const {timeline} = await withProperty([
      {date: '2017-11-04T18:00Z', title: 'Later (18:00 UTC)'},
      {date: '2017-11-05T01:00+08:00', title: 'Earlier (17:00 UTC)'},
      {date: '2017-11-04T12:30-06:00', title: 'Latest (18:30 UTC)'},
    ]);
    expect(timeline.titles).to.deep.equal([
      'Earlier (17:00 UTC)',
      'Later (18:00 UTC)',
      'Latest (18:30 UTC)',
    ]);
  });

  it('sorts unsorted input by date', async () => {
    const {timeline} = await withProperty([
      {date: '2017-11', title: 'D'},
      {date: '1974', title: 'A'},
      {date: '2014-07', title: 'C'},
      {date: '2007', title: 'B'},
    ]);
    expect(timeline.titles).to.deep.equal(['A', 'B', 'C', 'D']);
  });
});

describe('edge cases: duplicates', () => {
  it('draws duplicates as separate milestones with unique ids', async () => {
    const same = {date: '2014-07', title: 'Joint HIFU study'};
    const {timeline, log} = await withProperty([same, same, {...same}]);
    expect(timeline.titles).to.deep.equal(Array(3).fill('Joint HIFU study'));
    const ids = timeline.milestones.map((milestone) => milestone.dataset['id']);
    expect(new Set(ids).size).to.equal(3);
    expect(log.errors).to.be.empty;
  });

  it('renames a duplicate id and says so', async () => {
    const {timeline, log} = await withProperty([
      {id: 'hifu', date: '2014-07', title: 'First'},
      {id: 'hifu', date: '2015', title: 'Second'},
    ]);
    expect(timeline.titles).to.deep.equal(['First', 'Second']);
    const ids = timeline.milestones.map((milestone) => milestone.dataset['id']);
    expect(ids[0]).to.equal('hifu');
    expect(ids[1]).not.to.equal('hifu');
    const [issue] = log.errors[0].detail.issues;
    expect(issue).to.include({index: 1, field: 'id', severity: 'warning'});
    expect(issue.message).to.match(/^item 1: id "hifu" is already used by item 0; it was renamed/);
  });

  it('draws milestones at the same instant in input order, each reachable', async () => {
    const {timeline} = await withProperty([
      {date: '2017-11-05', title: 'Agreement signed'},
      {date: '2017-11-05', title: 'Delegation visits'},
      {date: '2017-11-05T00:00Z', title: 'Press release'},
    ]);
    const drawn = timeline.milestones.length + timeline.parts('cluster').length;
    expect(drawn).to.be.greaterThan(0);
    expect(timeline.element.items.map((item) => item.title)).to.deep.equal([
      'Agreement signed',
      'Delegation visits',
      'Press release',
    ]);
    for (const milestone of timeline.milestones) {
      expect(milestone.getAttribute('aria-setsize')).to.equal('3');
    }
  });
});

describe('edge cases: text', () => {
  it('renders a 100,000-character title in full, inside the element', async () => {
    const title = `Start ${'long words '.repeat(10_000)}`.slice(0, 99_996) + ' end';
    const {timeline} = await withProperty([
      {id: 'long', date: '2014-07', title, description: title},
      {date: '2017-11', title: 'Short'},
    ]);
    expect(title.length).to.equal(100_000);
    const shown = timeline.milestoneNamed('Start').querySelector('.title')!;
    // Compared by length and ends: a failure message holding 100,000 characters helps nobody.
    expect(shown.textContent.length).to.equal(100_000);
    expect(shown.textContent.endsWith('words  end')).to.be.true;
    timeline.element.select('long');
    await settled(timeline.element);
    expectInsideElement(timeline);
  });

  it('keeps unbreakable tokens inside the element', async () => {
    const token = 'Pneumonoultramicroscopicsilicovolcanoconiosis'.repeat(40);
    const url = `https://example.org/${'a'.repeat(3000)}`;
    const {timeline} = await withProperty([
      {id: 'token', date: '2014', title: token, description: token, category: token, url},
    ]);
    timeline.element.select('token');
    await settled(timeline.element);
    expect(timeline.titles).to.deep.equal([token]);
    expectInsideElement(timeline);
  });

  it('isolates right-to-left and mixed-direction text with <bdi>', async () => {
    const arabic = 'جامعة تشونغتشينغ الطبية';
    const mixed = 'שיתוף פעולה with Pleven 2017';
    const {timeline} = await withProperty([
      {id: 'ar', date: '2014', title: arabic, description: arabic, category: mixed},
      {date: '2017', title: mixed},
    ]);
    expect(timeline.titles).to.deep.equal([arabic, mixed]);
    const titles = timeline.milestones.map((milestone) => milestone.querySelector('.title')!);
    for (const title of titles) expect(title.localName).to.equal('bdi');
    expect(getComputedStyle(titles[0]).direction).to.equal('rtl');
    expect(getComputedStyle(timeline.part('label')!).direction).to.equal('ltr');

    timeline.element.select('ar');
    await settled(timeline.element);
    const detail = timeline.part('detail')!;
    const isolated = [...detail.querySelectorAll('bdi')].map((bdi) => bdi.textContent);
    expect(isolated).to.include.members([arabic, mixed]);
  });

  it('renders emoji, combining marks and flags as written', async () => {
    const title = '🎓 Graduation 👩🏽‍⚕️ 🇧🇬🇨🇳 café';
    const {timeline} = await withProperty([{date: '2017', title}]);
    expect(timeline.titles).to.deep.equal([title]);
  });

  it('replaces lone surrogates, which cannot be encoded, with U+FFFD', async () => {
    const {timeline, log} = await withProperty([
      {date: '2017', title: 'broken \uD800 half'},
      {date: '2018', title: '\uDC00 trailing half'},
    ]);
    expect(timeline.titles).to.deep.equal(['broken \uFFFD half', '\uFFFD trailing half']);
    expect(log.errors).to.be.empty;
  });
});

describe('edge cases: objects', () => {
  it('reads __proto__ and constructor keys as data, never as the prototype', async () => {
    // JSON.parse makes "__proto__" an own property; an object literal would set the prototype.
    const {timeline, log} = await withAttribute(
      '[{"date": "2017", "title": "ok", "constructor": "x", "toString": "y"},' +
        ' {"__proto__": {"date": "2018", "title": "from __proto__"}}]',
    );
    expect(timeline.titles).to.deep.equal(['ok']);
    expect(log.errors[0].detail.issues.map((issue) => issue.message)).to.deep.equal([
      'item 1: date is missing',
      'item 1: title is missing',
    ]);
    expect(({} as Record<string, unknown>)['title']).to.be.undefined;
    expect(({} as Record<string, unknown>)['date']).to.be.undefined;
  });

  it('ignores inherited properties', async () => {
    const inherited = Object.create({date: '2017', title: 'from the prototype'}) as object;
    const {timeline, log} = await withProperty([inherited, {date: '2018', title: 'own'}]);
    expect(timeline.titles).to.deep.equal(['own']);
    expect(log.errors[0].detail.issues[0].message).to.equal('item 0: date is missing');
  });

  it('reads frozen input without changing it', async () => {
    const input = Object.freeze([
      Object.freeze({date: '2017-11', title: 'Frozen', url: ' https://example.org/ '}),
      Object.freeze({date: '1974', title: 'Also frozen'}),
    ]);
    const copy = structuredClone(input);
    const {timeline, log} = await withProperty(input);
    expect(timeline.titles).to.deep.equal(['Also frozen', 'Frozen']);
    expect(input).to.deep.equal(copy);
    expect(log.errors).to.be.empty;
  });

  it('reads circular objects and arrays', async () => {
    const milestone: Record<string, unknown> = {date: '2017', title: 'Circular'};
    milestone['self'] = milestone;
    const list: unknown[] = [milestone];
    list.push(list);
    const {timeline, log} = await withProperty(list);
    expect(timeline.titles).to.deep.equal(['Circular']);
    expect(log.errors[0].detail.issues[0].message).to.equal(
      'item 1: expected a milestone object, got an array',
    );
  });

  it('turns a throwing getter into a reason and draws the other items', async () => {
    const hostile = {
      date: '2017',
      get title(): string {
        throw new Error('no title for you');
      },
    };
    const {timeline, log} = await withProperty([hostile, {date: '2018', title: 'fine'}]);
    expect(timeline.titles).to.deep.equal(['fine']);
    expect(log.errors[0].detail.issues[0].message).to.equal(
      'item 0: reading title failed: no title for you',
    );
  });

  it('turns a throwing Proxy list into one reason', async () => {
    const list = new Proxy([{date: '2017', title: 'x'}], {
      get(target, key, receiver) {
        if (key === 'length') throw new Error('length trap');
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const {timeline, log} = await withProperty(list);
    expect(timeline.milestones).to.be.empty;
    expect(log.errors[0].detail.message).to.equal('the data could not be read: length trap');
  });
});

describe('edge cases: values that are not a list', () => {
  const wholes: ReadonlyArray<[string, unknown, string]> = [
    ['a number', 42, 'got a number (42)'],
    ['a boolean', true, 'got a boolean (true)'],
    ['an object', {items: []}, 'got an object without a "milestones" array'],
    [
      'milestones that are not a list',
      {milestones: 'x'},
      'got an object whose "milestones" is a string ("x")',
    ],
  ];
  for (const [what, value, reason] of wholes) {
    it(`reports ${what} given as the property`, async () => {
      const {timeline, log} = await withProperty(value);
      expect(log.errors[0].detail.message).to.equal(
        `expected an array of milestones or {"milestones": [...]}, ${reason}`,
      );
      expect(timeline.milestones).to.be.empty;
    });
  }

  const attributes: ReadonlyArray<[string, string]> = [
    ['42', 'got a number (42)'],
    ['true', 'got a boolean (true)'],
    ['"[]"', 'got a JSON string'],
    ['{"milestones": {"0": {}}}', 'whose "milestones" is an object'],
  ];
  for (const [value, reason] of attributes) {
    it(`reports the attribute ${value}`, async () => {
      const {timeline, log} = await withAttribute(value);
      expect(log.errors[0].detail.message).to.contain(reason);
      expect(timeline.milestones).to.be.empty;
    });
  }

  it('rejects numbers, booleans, null and strings as items, one reason each', async () => {
    const {timeline, log} = await withProperty([1, true, null, 'x', {date: '2017', title: 'ok'}]);
    expect(timeline.titles).to.deep.equal(['ok']);
    expect(log.errors[0].detail.issues.map((issue) => issue.message)).to.deep.equal([
      'item 0: expected a milestone object, got a number (1)',
      'item 1: expected a milestone object, got a boolean (true)',
      'item 2: expected a milestone object, got null',
      'item 3: expected a milestone object, got a string ("x")',
    ]);
  });
});
