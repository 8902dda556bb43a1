import {expect, fixture} from '@open-wc/testing';
import fc from 'fast-check';
import {parseMilestones} from '../../src/model/index.js';
import type {PartnerTimeline} from '../../src/partner-timeline.js';
import {html, TimelineHarness} from '../harness.js';

/** Runs per property: enough to meet odd shapes, few enough to keep the suite fast. */
const RUNS = 100;

/** Dates valid and not: partial, extended, offsets, impossible, and other types. */
const dateLike = fc.oneof(
  fc.constantFrom(
    '1974',
    '2014-07',
    '2017-11-05',
    '2017-11-05T09:30+08:00',
    '-000044',
    '+275000',
    '0079',
    '2024-02-30',
    '2014-13',
    '',
    ' 2007 ',
    '20071',
  ),
  fc
    .date({min: new Date(-8.64e15), max: new Date(8.64e15), noInvalidDate: true})
    .map((date) => date.toISOString()),
  fc.string(),
  fc.integer(),
  fc.constant(null),
);

/** Text of every kind: markup, lone surrogates, right-to-left, very long. */
const textLike = fc.oneof(
  fc.string(),
  fc.string({unit: 'binary'}),
  fc.constantFrom(
    '<img src=x onerror=window.__xss=1>',
    'جامعة',
    '\uD800',
    '🇧🇬🇨🇳',
    'javascript:window.__xss=1',
    ' ',
  ),
  fc.string({minLength: 500, maxLength: 2000}),
  fc.integer(),
  fc.boolean(),
  fc.constant(undefined),
);

const milestoneLike = fc.record(
  {
    id: fc.oneof(textLike, fc.constantFrom('dup', '__proto__', 'constructor')),
    date: dateLike,
    end: dateLike,
    title: textLike,
    description: textLike,
    url: fc.oneof(textLike, fc.webUrl(), fc.constantFrom('/a', '#b', 'data:text/html,x')),
    category: textLike,
    approximate: fc.oneof(fc.boolean(), textLike),
  },
  {requiredKeys: []},
);

const input = fc.oneof(
  fc.array(milestoneLike, {maxLength: 25}),
  fc.record({milestones: fc.array(milestoneLike, {maxLength: 25})}),
  fc.jsonValue(),
  fc.anything({withNullPrototype: true, withObjectString: true, maxDepth: 3}),
);

describe('fuzzing the element with fast-check', () => {
  let element: PartnerTimeline;
  let timeline: TimelineHarness;
  const escaped: unknown[] = [];
  const onError = (event: ErrorEvent) => escaped.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => escaped.push(event.reason);

  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });

  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });

  beforeEach(async () => {
    escaped.length = 0;
    element = await fixture<PartnerTimeline>(
      html`<partner-timeline style="width: 900px"></partner-timeline>`,
    );
    timeline = new TimelineHarness(element);
  });

  /** Gives the element a value and checks it drew every valid milestone and threw nothing. */
  async function check(give: () => void, expected: unknown): Promise<void> {
    give();
    await element.updateComplete;
    const {items} = parseMilestones(expected);
    expect(element.items.length).to.equal(items.length);
    expect(timeline.accountedFor).to.equal(items.length);
    expect(escaped).to.deep.equal([]);
    expect((window as {__xss?: unknown}).__xss).to.equal(undefined);
  }

  it('draws every valid milestone of arbitrary input given as the property', async () => {
    await fc.assert(
      fc.asyncProperty(input, async (value) => {
        await check(() => {
          element.milestones = value as PartnerTimeline['milestones'];
        }, value);
      }),
      {numRuns: RUNS},
    );
  });

  it('draws every valid milestone of arbitrary JSON given as the attribute', async () => {
    const json = fc.oneof(
      fc.array(milestoneLike, {maxLength: 25}).map((list) => JSON.stringify(list)),
      fc.jsonValue().map((value) => JSON.stringify(value)),
      fc.string(),
    );
    await fc.assert(
      fc.asyncProperty(json, async (text) => {
        await check(() => element.setAttribute('milestones', text), text);
      }),
      {numRuns: RUNS},
    );
  });

  it('fires an error event exactly when the model reports issues', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(milestoneLike, {minLength: 1, maxLength: 10}), async (list) => {
        let errors = 0;
        const count = () => errors++;
        element.addEventListener('partner-timeline-error', count);
        element.milestones = [...list] as PartnerTimeline['milestones'];
        await element.updateComplete;
        element.removeEventListener('partner-timeline-error', count);
        expect(errors).to.equal(parseMilestones(list).issues.length > 0 ? 1 : 0);
      }),
      {numRuns: RUNS},
    );
  });
});
