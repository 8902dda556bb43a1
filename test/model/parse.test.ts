import {expect} from '@open-wc/testing';
import {parseMilestones} from '../../src/model/index.js';
import type {ParseIssue, ParseResult} from '../../src/model/index.js';
import {utc} from './utc.js';

const hifu = {date: '2014-07', title: 'Joint HIFU study'};
const exchange = {date: '2017-11', title: 'Student exchange agreement'};

const titles = (result: ParseResult) => result.items.map((item) => item.title);
const ids = (result: ParseResult) => result.items.map((item) => item.id);
const messages = (result: ParseResult) => result.issues.map((issue) => issue.message);

/** Returns the only issue of a result. */
function onlyIssue(result: ParseResult): ParseIssue {
  expect(result.issues, JSON.stringify(result.issues)).to.have.length(1);
  return result.issues[0];
}

describe('parseMilestones() input shapes', () => {
  it('reads a bare array', () => {
    const result = parseMilestones([hifu, exchange]);
    expect(titles(result)).to.deep.equal(['Joint HIFU study', 'Student exchange agreement']);
    expect(result.issues).to.deep.equal([]);
  });

  it('reads {milestones: [...]} and ignores the wrapper’s other fields', () => {
    const result = parseMilestones({title: 'CQMU and Pleven', milestones: [hifu]});
    expect(titles(result)).to.deep.equal(['Joint HIFU study']);
    expect(result.issues).to.deep.equal([]);
  });

  it('reads a JSON string holding either shape', () => {
    expect(titles(parseMilestones(JSON.stringify([hifu])))).to.deep.equal(['Joint HIFU study']);
    expect(titles(parseMilestones(JSON.stringify({milestones: [hifu]})))).to.deep.equal([
      'Joint HIFU study',
    ]);
  });

  it('reads the CQMU–Pleven reference data set without issues', () => {
    const result = parseMilestones({
      milestones: [
        {id: 'pleven-founded', date: '1974', title: 'Pleven Medical University founded'},
        {id: 'da-vinci-robot', date: '2007', title: 'Da Vinci surgical robot at Pleven'},
        {id: 'hifu-joint-study', date: '2014-07', title: 'Joint HIFU clinical study application'},
        {id: 'student-exchange', date: '2017-11', title: 'Student exchange agreement signed'},
      ],
    });
    expect(result.issues).to.deep.equal([]);
    expect(result.items.map((item) => [item.id, item.date.precision])).to.deep.equal([
      ['pleven-founded', 'year'],
      ['da-vinci-robot', 'year'],
      ['hifu-joint-study', 'month'],
      ['student-exchange', 'month'],
    ]);
  });

  it('reports malformed JSON as one issue about the whole input', () => {
    const issue = onlyIssue(parseMilestones('[{"date": "2014", '));
    expect(issue.index).to.equal(null);
    expect(issue.severity).to.equal('error');
    expect(issue.message).to.match(/^the data is not valid JSON: /);
  });

  it('treats null, undefined, empty text and empty lists as no milestones, without issues', () => {
    for (const input of [null, undefined, '', '  \n', '[]', 'null', [], {milestones: []}]) {
      expect(parseMilestones(input), JSON.stringify(input)).to.deep.equal({items: [], issues: []});
    }
  });

  it('rejects numbers, booleans, strings and other objects, saying what it expected', () => {
    const expected = 'expected an array of milestones or {"milestones": [...]}, got';
    expect(onlyIssue(parseMilestones(42)).message).to.equal(`${expected} a number (42)`);
    expect(onlyIssue(parseMilestones(true)).message).to.equal(`${expected} a boolean (true)`);
    expect(onlyIssue(parseMilestones('"2014"')).message).to.equal(`${expected} a JSON string`);
    expect(onlyIssue(parseMilestones({items: []})).message).to.equal(
      `${expected} an object without a "milestones" array`,
    );
    expect(onlyIssue(parseMilestones({milestones: 'none'})).message).to.contain(
      'whose "milestones" is a string ("none")',
    );
    expect(onlyIssue(parseMilestones({milestones: 'none'})).index).to.equal(null);
  });

  it('drops items that are not objects, with an error naming their index', () => {
    const result = parseMilestones([1, true, null, [hifu], 'x', hifu]);
    expect(titles(result)).to.deep.equal(['Joint HIFU study']);
    expect(result.issues.map((issue) => [issue.index, issue.severity])).to.deep.equal([
      [0, 'error'],
      [1, 'error'],
      [2, 'error'],
      [3, 'error'],
      [4, 'error'],
    ]);
    expect(result.issues[0].message).to.equal(
      'item 0: expected a milestone object, got a number (1)',
    );
    expect(result.issues[3].message).to.equal('item 3: expected a milestone object, got an array');
  });
});

describe('parseMilestones() fields', () => {
  it('requires a title that is non-empty text', () => {
    const result = parseMilestones([
      {date: '2014'},
      {date: '2014', title: '   '},
      {date: '2014', title: 2014},
    ]);
    expect(result.items).to.deep.equal([]);
    expect(messages(result)).to.deep.equal([
      'item 0: title is missing',
      'item 1: title is empty',
      'item 2: title must be a string, got a number (2014)',
    ]);
    expect(result.issues.every((issue) => issue.field === 'title')).to.be.true;
  });

  it('rejects a title made only of invisible characters, like an empty one', () => {
    const blanks = [
      '\u200B', // zero-width space
      '\u200C\u200D', // zero-width non-joiner and joiner
      '\u2060\uFEFF', // word joiner, zero-width no-break space
      '\u00AD', // soft hyphen
      '\u200E\u200F\u202A\u202B\u202C\u202D\u202E', // bidi marks and embeddings
      '\u2066\u2067\u2068\u2069', // bidi isolates
      '\uFE0F\u{E0100}', // variation selectors
      '\u034F', // combining grapheme joiner
      '\u115F\u1160\u3164\uFFA0', // Hangul fillers
      '\u180E', // Mongolian vowel separator
      '\u{E0001}\u{E0041}', // tags
      ' \u200B\u00A0\u3000\u200D\t', // mixed with white space
    ];
    const result = parseMilestones(blanks.map((title) => ({date: '2014', title})));
    expect(result.items).to.deep.equal([]);
    expect(result.issues).to.deep.equal(
      blanks.map((_, index) => ({
        index,
        field: 'title',
        message: `item ${index}: title is empty: it has only invisible characters`,
        severity: 'error',
      })),
    );
  });

  it('keeps a title that has visible characters beside invisible ones, as written', () => {
    const written = [
      'Pleven\u00ADUniversity',
      '\u200BCQMU',
      '\u2067Плевен\u2069',
      '👩\u200D⚕️',
      '\u0600', // a format character with a glyph of its own
    ];
    const result = parseMilestones(written.map((title) => ({date: '2014', title})));
    expect(result.issues).to.deep.equal([]);
    expect(titles(result)).to.deep.equal(written);
  });

  it('keeps a description made only of invisible characters: only the title names a milestone', () => {
    const [item] = parseMilestones([{...hifu, description: '\u200B'}]).items;
    expect(item.description).to.equal('\u200B');
  });

  it('requires a valid date and quotes the bad one', () => {
    const result = parseMilestones([
      {title: 'a'},
      {title: 'b', date: '2024-02-30'},
      {title: 'c', date: 2014},
    ]);
    expect(result.items).to.deep.equal([]);
    expect(messages(result)).to.deep.equal([
      'item 0: date is missing',
      'item 1: date "2024-02-30" is not a calendar date: February 2024 has 29 days',
      'item 2: date must be a date string such as "2014-07", got a number (2014)',
    ]);
  });

  it('reports every error of one item, not just the first', () => {
    const result = parseMilestones([{date: '2014-13', title: ''}]);
    expect(result.issues.map((issue) => issue.field)).to.deep.equal(['date', 'title']);
  });

  it('makes a span from end, and drops an item whose end is before its date or unreadable', () => {
    const result = parseMilestones([
      {date: '2014-07', end: '2017-11', title: 'span'},
      {date: '2014-07', end: '2014-07', title: 'same month'},
      {date: '2014-07', end: '2013', title: 'backwards'},
      {date: '2014-07', end: 'soon', title: 'unreadable'},
      {date: '2014-07', end: null, title: 'no end'},
    ]);
    // A point and a span ending where it starts share a place, so input order decides.
    expect(titles(result)).to.deep.equal(['same month', 'no end', 'span']);
    expect(result.items.find((item) => item.title === 'span')?.end?.time).to.equal(utc(2017, 11));
    expect(messages(result)).to.deep.equal([
      'item 2: end "2013" is before date "2014-07"',
      'item 3: end "soon" is not an ISO 8601 date such as 2014, 2014-07, 2014-07-05 or 2014-07-05T14:30Z',
    ]);
  });

  it('trims the ends of a title but keeps its inner spacing and characters', () => {
    const [item] = parseMilestones([{date: '2014', title: '  Pleven  &  <b>CQMU</b>\n'}]).items;
    expect(item.title).to.equal('Pleven  &  <b>CQMU</b>');
  });

  it('keeps description text as written and category trimmed', () => {
    const description = '  Line one.\n\n  Line two.  ';
    const [item] = parseMilestones([{...hifu, description, category: ' Research '}]).items;
    expect(item.description).to.equal(description);
    expect(item.category).to.equal('Research');
  });

  it('drops a description or category of the wrong type, keeping the item with a warning', () => {
    const result = parseMilestones([{...hifu, description: 5, category: ['a']}]);
    expect(titles(result)).to.deep.equal(['Joint HIFU study']);
    expect(result.items[0].description).to.be.undefined;
    expect(result.items[0].category).to.be.undefined;
    expect(result.issues.map((issue) => [issue.field, issue.severity])).to.deep.equal([
      ['description', 'warning'],
      ['category', 'warning'],
    ]);
  });

  it('treats a non-boolean approximate as false, with a warning', () => {
    const result = parseMilestones([
      {...hifu, approximate: true},
      {...exchange, approximate: 'yes'},
    ]);
    expect(result.items.map((item) => item.approximate)).to.deep.equal([true, false]);
    expect(onlyIssue(result).message).to.equal(
      'item 1: approximate must be true or false, got a string ("yes"); it was treated as false',
    );
  });

  it('drops unsafe links with a warning that quotes them, cut to 60 characters', () => {
    const url = `javascript:alert(${'1'.repeat(100)})`;
    const result = parseMilestones([hifu, hifu, {...hifu, url}, {...exchange, url: '/news/1'}]);
    expect(result.items.map((item) => item.url)).to.deep.equal([
      undefined,
      undefined,
      undefined,
      '/news/1',
    ]);
    const issue = onlyIssue(result);
    expect(issue).to.include({index: 2, field: 'url', severity: 'warning'});
    expect(issue.message).to.equal(
      `item 2: url "${url.slice(0, 60)}…" was dropped: only http(s) and relative links are allowed`,
    );
  });

  it('ignores unknown keys and hands out a fresh, frozen copy with only the known fields', () => {
    const input = {...hifu, colour: 'red', url: 'https://example.org', approximate: false};
    const [item] = parseMilestones([input]).items;
    expect(item.milestone).to.deep.equal({
      id: '2014-07-joint-hifu-study',
      date: '2014-07',
      title: 'Joint HIFU study',
      url: 'https://example.org',
    });
    expect(item.milestone).not.to.equal(input);
    expect(Object.getPrototypeOf(item.milestone)).to.equal(Object.prototype);
    expect(Object.isFrozen(item.milestone)).to.be.true;
  });
});

describe('parseMilestones() ids', () => {
  it('derives an id from the date and a slug of the title', () => {
    expect(ids(parseMilestones([hifu]))).to.deep.equal(['2014-07-joint-hifu-study']);
  });

  it('keeps letters and digits of any script in derived ids, lowercased, at most 40 long', () => {
    const result = parseMilestones([
      {date: '2017-11', title: 'Споразумение за обмен на студенти — Erasmus+'},
      {date: '2017-11', title: '学生交流协议'},
      {date: '2017-11', title: 'Café naïve, नमस्ते'},
      {date: '2017-11', title: 'A'.repeat(100)},
      {date: '2017-11-05T14:30:05Z', title: '!!!'},
    ]);
    expect(ids(result)).to.deep.equal([
      '2017-11-споразумение-за-обмен-на-студенти',
      '2017-11-学生交流协议',
      '2017-11-café-naïve-नमस्ते',
      `2017-11-${'a'.repeat(40)}`,
      '2017-11-05T14-30-05Z',
    ]);
  });

  it('accepts numeric ids as text and trims given ids', () => {
    const result = parseMilestones([
      {...hifu, id: 7},
      {...exchange, id: ' exchange '},
    ]);
    expect(ids(result)).to.deep.equal(['7', 'exchange']);
    expect(result.issues).to.deep.equal([]);
  });

  it('renames later duplicates of a given id with -2, -3 and warns about each', () => {
    const result = parseMilestones([
      {...hifu, id: 'x'},
      {...hifu, id: 'x'},
      {...hifu, id: 'x'},
    ]);
    expect(ids(result)).to.deep.equal(['x', 'x-2', 'x-3']);
    expect(messages(result)).to.deep.equal([
      'item 1: id "x" is already used by item 0; it was renamed to "x-2"',
      'item 2: id "x" is already used by item 0; it was renamed to "x-3"',
    ]);
  });

  it('numbers equal derived ids without warnings', () => {
    const result = parseMilestones([hifu, hifu]);
    expect(ids(result)).to.deep.equal(['2014-07-joint-hifu-study', '2014-07-joint-hifu-study-2']);
    expect(result.issues).to.deep.equal([]);
  });

  it('lets a given id keep its name over a derived one, wherever they stand', () => {
    const result = parseMilestones([hifu, {...exchange, id: '2014-07-joint-hifu-study'}]);
    expect(result.items.map((item) => [item.title, item.id])).to.deep.equal([
      ['Joint HIFU study', '2014-07-joint-hifu-study-2'],
      ['Student exchange agreement', '2014-07-joint-hifu-study'],
    ]);
  });

  it('derives an id, with a warning, when the given id is not text or a number', () => {
    const result = parseMilestones([{...hifu, id: {}}]);
    expect(ids(result)).to.deep.equal(['2014-07-joint-hifu-study']);
    expect(onlyIssue(result)).to.include({field: 'id', severity: 'warning'});
  });
});

describe('parseMilestones() order', () => {
  it('sorts unsorted input by date, whatever the precision', () => {
    const result = parseMilestones([
      {date: '2017-11', title: 'd'},
      {date: '2014-07-05', title: 'c'},
      {date: '1974', title: 'a'},
      {date: '2014-07', title: 'b'},
    ]);
    expect(titles(result)).to.deep.equal(['a', 'b', 'c', 'd']);
    expect(result.items.map((item) => item.sourceIndex)).to.deep.equal([2, 3, 1, 0]);
  });

  it('sorts date-times by instant, so 00:30+01:00 comes before 00:00Z', () => {
    const result = parseMilestones([
      {date: '2020-01-01T00:00Z', title: 'midnight UTC'},
      {date: '2020-01-01T00:30+01:00', title: 'half past midnight in Bulgaria winter'},
    ]);
    expect(titles(result)).to.deep.equal(['half past midnight in Bulgaria winter', 'midnight UTC']);
  });

  it('keeps input order for equal dates, and puts shorter spans first', () => {
    const result = parseMilestones([
      {date: '2014', end: '2016', title: 'long'},
      {date: '2014', title: 'first point'},
      {date: '2014', end: '2015', title: 'short'},
      {date: '2014', title: 'second point'},
    ]);
    expect(titles(result)).to.deep.equal(['first point', 'second point', 'short', 'long']);
  });

  it('orders 2,000 shuffled milestones as a stable sort by date, then end, would', () => {
    // Few distinct dates and ends, so that many items tie on one or both.
    const input = Array.from({length: 2_000}, (_, i) => {
      const year = 2000 + ((i * 7919) % 13);
      const span = (i * 104_729) % 4;
      return {date: String(year), title: `t${i}`, ...(span > 0 && {end: String(year + span)})};
    });
    const {items} = parseMilestones(input);
    // A point ends where it starts.
    const times = input.map(({date, end}) => [utc(Number(date)), utc(Number(end ?? date))]);
    const expected = [...input.keys()].sort(
      (a, b) => times[a][0] - times[b][0] || times[a][1] - times[b][1],
    );
    expect(items.map((item) => item.sourceIndex)).to.deep.equal(expected);
  });

  it('lists issues in input order', () => {
    const result = parseMilestones([{...hifu, id: 'a'}, {...hifu, id: 'a'}, {date: '2014'}]);
    expect(result.issues.map((issue) => issue.index)).to.deep.equal([1, 2]);
  });
});

describe('parseMilestones() hostile and unusual input', () => {
  it('reads own properties only, never inherited ones', () => {
    const inherited = Object.create({date: '2014', title: 'inherited'}) as object;
    const result = parseMilestones([inherited]);
    expect(messages(result)).to.deep.equal(['item 0: date is missing', 'item 0: title is missing']);
  });

  it('is not fooled or polluted by __proto__ and constructor keys', () => {
    const json =
      '[{"__proto__": {"title": "from proto"}, "constructor": {"x": 1}, "date": "2014"}]';
    const result = parseMilestones(json);
    expect(messages(result)).to.deep.equal(['item 0: title is missing']);
    const withOwn = parseMilestones(
      '{"__proto__": [], "milestones": [{"date": "2014", "title": "t"}]}',
    );
    expect(titles(withOwn)).to.deep.equal(['t']);
    expect(({} as Record<string, unknown>).title).to.be.undefined;
  });

  it('turns a throwing getter into an issue for that item only', () => {
    const hostile = {
      date: '2014',
      get title(): string {
        throw new Error('boom');
      },
    };
    const result = parseMilestones([hostile, hifu]);
    expect(titles(result)).to.deep.equal(['Joint HIFU study']);
    const issue = onlyIssue(result);
    expect(issue).to.include({index: 0, field: 'title', severity: 'error'});
    expect(issue.message).to.equal('item 0: reading title failed: boom');
  });

  it('never throws for a Proxy that throws on every trap, as input or as item', () => {
    const trap = () => {
      throw new Error('trapped');
    };
    const handler = {get: trap, has: trap, ownKeys: trap, getOwnPropertyDescriptor: trap};
    const proxy = new Proxy({}, handler);
    expect(onlyIssue(parseMilestones(proxy)).message).to.contain('trapped');
    expect(onlyIssue(parseMilestones([proxy, hifu])).index).to.equal(0);
    expect(onlyIssue(parseMilestones(new Proxy([hifu], handler))).index).to.equal(null);
    const lengthOnly = new Proxy([hifu, hifu], {
      get: (_target, key) => (key === 'length' ? 2 : trap()),
    });
    expect(parseMilestones(lengthOnly).issues.map((issue) => issue.index)).to.deep.equal([0, 1]);
  });

  it('reads frozen input', () => {
    const result = parseMilestones(Object.freeze([Object.freeze({...hifu})]));
    expect(titles(result)).to.deep.equal(['Joint HIFU study']);
  });

  it('reads circular items, since only their top-level fields matter', () => {
    const item: Record<string, unknown> = {...hifu};
    item.self = item;
    item.description = 'circular';
    expect(parseMilestones([item]).items[0].description).to.equal('circular');
  });

  it('replaces lone surrogates with U+FFFD and keeps emoji whole', () => {
    const result = parseMilestones([
      {date: '2014', title: 'broken \uD800 text \uDFFF'},
      {date: '2015', title: '🎉 Launch 👩‍⚕️'},
    ]);
    expect(titles(result)).to.deep.equal(['broken \uFFFD text \uFFFD', '🎉 Launch 👩‍⚕️']);
    // encodeURIComponent throws on lone surrogates.
    for (const item of result.items) expect(() => encodeURIComponent(item.title)).not.to.throw();
    expect(result.items[1].id).to.equal('2015-launch');
  });

  it('reads a 100,000-character title and echoes long bad values cut short', () => {
    const title = 'x'.repeat(100_000);
    const result = parseMilestones([
      {date: '2014', title},
      {date: 'y'.repeat(100_000), title},
    ]);
    expect(result.items[0].title).to.have.length(100_000);
    expect(result.items[0].id).to.equal(`2014-${'x'.repeat(40)}`);
    expect(onlyIssue(result).message.length).to.be.below(200);
  });

  it('gives 10,000 milestones that share one id 10,000 distinct ids', () => {
    const input = Array.from({length: 10_000}, (_, i) => ({date: '2014', title: `t${i}`, id: 'a'}));
    const result = parseMilestones(input);
    expect(new Set(ids(result)).size).to.equal(10_000);
  });
});
