import {expect, fixture} from '@open-wc/testing';
import type {PartnerTimeline} from '../../src/partner-timeline.js';
import {html} from '../harness.js';
import {EventLog, errorText, settled, withAttribute, withProperty} from './helpers.js';

const MIXED = [
  {date: '1974', title: 'Pleven Medical University founded'},
  {date: '2024-02-30', title: 'Not a calendar date'},
  {date: '2019', title: '   '},
  {title: 'No date at all'},
  {date: 2014, title: 'A number for a date'},
  'a string, not a milestone',
  {date: '2017-11', end: '2014-07', title: 'Ends before it starts'},
  {date: '2017-11', title: 'Student exchange agreement signed'},
];

describe('validation: what people are told to fix', () => {
  it('names each rejected item by index with a reason, and draws every valid one', async () => {
    const {timeline, log} = await withProperty(MIXED);
    expect(timeline.titles).to.deep.equal([
      'Pleven Medical University founded',
      'Student exchange agreement signed',
    ]);
    expect(log.errors).to.have.length(1);
    const {message, issues} = log.errors[0].detail;
    expect(message).to.equal('6 milestones could not be shown');
    expect(issues.map((issue) => [issue.index, issue.message])).to.deep.equal([
      [1, 'item 1: date "2024-02-30" is not a calendar date: February 2024 has 29 days'],
      [2, 'item 2: title is empty'],
      [3, 'item 3: date is missing'],
      [4, 'item 4: date must be a date string such as "2014-07", got a number (2014)'],
      [5, 'item 5: expected a milestone object, got a string ("a string, not a milestone")'],
      [6, 'item 6: end "2014-07" is before date "2017-11"'],
    ]);
  });

  it('shows a short summary and the first five reasons in the error part', async () => {
    const {timeline} = await withProperty(MIXED);
    const part = timeline.part('error')!;
    // Some milestones are drawn: the problems are said politely, places counted from 1.
    expect(part.getAttribute('role')).to.equal('status');
    expect(part.querySelector('p')!.textContent).to.equal('6 milestones could not be shown');
    const reasons = [...part.querySelectorAll('li')].map((item) => item.textContent.trim());
    expect(reasons).to.have.length(6);
    expect(reasons[0]).to.equal(
      'Milestone 2: date "2024-02-30" is not a calendar date: February 2024 has 29 days',
    );
    expect(reasons[5]).to.equal('… 1');
    await expect(timeline.element).to.be.accessible();
  });

  it('reports a kept item with a dropped field as a warning, and draws it', async () => {
    const {timeline, log} = await withProperty([
      {date: '2020', title: 'Link dropped', url: 'javascript:alert(1)'},
    ]);
    expect(timeline.titles).to.deep.equal(['Link dropped']);
    const [issue] = log.errors[0].detail.issues;
    expect(issue).to.include({index: 0, field: 'url', severity: 'warning'});
    expect(issue.message).to.equal(
      'item 0: url "javascript:alert(1)" was dropped: only http(s) and relative links are allowed',
    );
  });

  it('reports input that is not a list of milestones as a whole', async () => {
    const {timeline, log} = await withAttribute('<ul><li>1974</li></ul>');
    expect(log.errors[0].detail.issues[0].index).to.equal(null);
    expect(log.errors[0].detail.message).to.match(/^the data is not valid JSON: /);
    expect(errorText(timeline)).to.contain('the data is not valid JSON');
    expect(timeline.milestones).to.be.empty;
  });

  it('clears the error once the input is corrected', async () => {
    const {timeline, log} = await withProperty(MIXED);
    timeline.element.milestones = [{date: '2014-07', title: 'Joint HIFU clinical study'}];
    await settled(timeline.element);
    expect(timeline.part('error')).to.equal(null);
    expect(timeline.titles).to.deep.equal(['Joint HIFU clinical study']);
    expect(log.errors, 'no new error event for valid input').to.have.length(1);
  });

  it('writes the summary in the language of the element from the first draw', async () => {
    const element = await fixture<PartnerTimeline>(html`<partner-timeline></partner-timeline>`);
    const log = new EventLog(element);
    element.locale = 'bg';
    element.milestones = [{date: '2024-02-30', title: 'Невъзможна дата'}];
    await settled(element);
    expect(log.errors[0].detail.message).to.equal('1 събитие не може да бъде показано');
  });

  it('fires the error event once per input, not again on a re-layout', async () => {
    const {timeline, log} = await withProperty(MIXED);
    timeline.element.orientation = 'vertical';
    await settled(timeline.element);
    timeline.element.label = 'Relabelled';
    await settled(timeline.element);
    expect(log.errors).to.have.length(1);
  });
});

describe('validation: nothing to draw is not an error', () => {
  const emptyProperties: ReadonlyArray<[string, unknown]> = [
    ['null', null],
    ['undefined', undefined],
    ['[]', []],
    ['{milestones: []}', {milestones: []}],
    ['an empty string', ''],
  ];
  for (const [name, value] of emptyProperties) {
    it(`the property set to ${name} shows the empty state without an error event`, async () => {
      const {timeline, log} = await withProperty(value);
      expect(log.errors).to.be.empty;
      expect(timeline.part('error')).to.equal(null);
      expect(timeline.root.textContent).to.contain('No milestones to show.');
    });
  }

  for (const value of ['', '   ', '[]', 'null', '{"milestones": []}']) {
    it(`the attribute set to ${JSON.stringify(value)} shows the empty state without an error event`, async () => {
      const {timeline, log} = await withAttribute(value);
      expect(log.errors).to.be.empty;
      expect(timeline.part('error')).to.equal(null);
      expect(timeline.root.textContent).to.contain('No milestones to show.');
    });
  }
});
