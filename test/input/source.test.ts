import {expect} from '@open-wc/testing';
import {html, renderTimeline} from '../harness.js';
import {
  errorText,
  EventLog,
  loadSource,
  requestId,
  requestState,
  settled,
  slowUrl,
  UNANSWERED,
  until,
  untilRequest,
} from './helpers.js';

const REFERENCE_TITLES = [
  'Pleven Medical University founded',
  'Da Vinci surgical robot at Pleven',
  'Joint HIFU clinical study application',
  'Student exchange agreement signed',
];

describe('src: loading a JSON document', () => {
  it('draws the milestones of an application/json document and fires load after drawing', async () => {
    const {timeline, log} = await loadSource('/test-api/milestones.json');
    expect(timeline.titles).to.deep.equal(REFERENCE_TITLES);
    expect(log.errors).to.be.empty;
    expect(log.loads).to.have.length(1);
    expect(log.loads[0].detail).to.deep.equal({count: 4, source: '/test-api/milestones.json'});
    expect(timeline.part('timeline')!.hasAttribute('aria-busy')).to.be.false;
    await expect(timeline.element).to.be.accessible();
  });

  it('has drawn the milestones by the time the load event fires', async () => {
    const timeline = await renderTimeline(html`<partner-timeline></partner-timeline>`);
    const drawn = new Promise<number>((resolve) => {
      timeline.element.addEventListener('partner-timeline-load', () =>
        resolve(timeline.milestones.length),
      );
    });
    timeline.element.src = '/test-api/milestones.json';
    expect(await drawn).to.equal(4);
  });

  it('reads +json types such as application/ld+json', async () => {
    const {timeline, log} = await loadSource('/test-api/ld.json');
    expect(timeline.titles).to.deep.equal(REFERENCE_TITLES);
    expect(log.errors).to.be.empty;
  });

  it('shows and announces a loading message, with aria-busy, until the data is drawn', async () => {
    const timeline = await renderTimeline(html`<partner-timeline></partner-timeline>`);
    const log = new EventLog(timeline.element);
    timeline.element.src = slowUrl(requestId('busy'), 400);
    await timeline.element.updateComplete;

    expect(timeline.part('timeline')!.getAttribute('aria-busy')).to.equal('true');
    const status = [...timeline.root.querySelectorAll('[role="status"]')].find(
      (region) => region.textContent === 'Loading milestones…',
    );
    expect(status, 'a status region with the loading message').to.exist;
    expect(status!.checkVisibility()).to.be.true;
    expect(timeline.root.textContent).not.to.contain('No milestones to show.');
    await expect(timeline.element).to.be.accessible();

    // The status sits outside the busy subtree, so that it is heard while the list is busy.
    expect(status!.closest('[aria-busy]')).to.equal(null);

    await until(() => log.loads.length === 1, 'no load event');
    expect(timeline.part('timeline')!.hasAttribute('aria-busy')).to.be.false;
    expect(timeline.root.textContent).not.to.contain('Loading milestones…');
    expect(timeline.milestones).to.have.length(1);
    await timeline.element.updateComplete;
    expect(timeline.announcement).to.equal('1 milestone loaded');
  });

  it('draws the valid items of a partly valid document and reports the others', async () => {
    const {timeline, log} = await loadSource('/test-api/partly-valid.json');
    expect(timeline.titles).to.deep.equal([
      'Pleven Medical University founded',
      'Student exchange agreement signed',
    ]);
    expect(log.loads[0].detail.count).to.equal(2);
    expect(log.errors).to.have.length(1);
    expect(log.errors[0].detail.issues.map((issue) => issue.index)).to.deep.equal([1]);
    expect(errorText(timeline)).to.contain('Milestone 2: date "2024-02-30" is not a calendar date');
  });

  it('shows the empty state, without an error, for an empty list', async () => {
    const {timeline, log} = await loadSource('/test-api/empty.json');
    expect(log.errors).to.be.empty;
    expect(log.loads[0].detail).to.deep.equal({count: 0, source: '/test-api/empty.json'});
    expect(timeline.root.textContent).to.contain('No milestones to show.');
  });
});

describe('src: responses that are not milestones', () => {
  const cases: ReadonlyArray<[string, string, string]> = [
    [
      'a 404',
      '/test-api/not-found.json',
      'could not load "/test-api/not-found.json": HTTP 404 Not Found',
    ],
    [
      'a 500 with a JSON body',
      '/test-api/server-error.json',
      'could not load "/test-api/server-error.json": HTTP 500 Internal Server Error',
    ],
    [
      'an HTML page served as 200',
      '/test-api/html-page',
      'could not load "/test-api/html-page": expected a JSON response (application/json), got "text/html"',
    ],
    [
      'JSON served as text/plain',
      '/test-api/plain.json',
      'expected a JSON response (application/json), got "text/plain"',
    ],
    ['a response without a content type', '/test-api/no-type', 'got no content type'],
    [
      'malformed JSON',
      '/test-api/malformed.json',
      'could not read "/test-api/malformed.json": the data is not valid JSON',
    ],
    [
      'a JSON object without milestones',
      '/test-api/object.json',
      'could not read "/test-api/object.json": expected an array of milestones or {"milestones": [...]}, got an object without a "milestones" array',
    ],
    [
      'a body over the size cap, announced by Content-Length',
      '/test-api/oversized.json',
      'could not load "/test-api/oversized.json": the response is larger than the limit of 5 MB',
    ],
    [
      'a streamed body over the size cap, without Content-Length',
      '/test-api/oversized-stream.json',
      'the response is larger than the limit of 5 MB',
    ],
    [
      'a server that refuses the connection',
      'http://127.0.0.1:9/milestones.json',
      'could not load "http://127.0.0.1:9/milestones.json": the request failed',
    ],
    [
      'a javascript: URL',
      'javascript:alert(1)',
      'could not load "javascript:alert(1)": the request failed',
    ],
  ];

  for (const [what, src, message] of cases) {
    it(`reports ${what}, draws nothing and fires no load event`, async () => {
      const {timeline, log} = await loadSource(src);
      expect(log.errors, 'error events').to.have.length(1);
      expect(log.errors[0].detail.message).to.contain(message);
      expect(log.errors[0].detail.issues).to.have.length(1);
      expect(log.errors[0].detail.issues[0].index).to.equal(null);
      expect(log.loads).to.be.empty;
      expect(timeline.milestones).to.be.empty;
      const shown = timeline.part('error')!;
      expect(shown.getAttribute('role')).to.equal('alert');
      expect(errorText(timeline).split(message), 'the message, once').to.have.length(2);
      expect(timeline.part('timeline')!.hasAttribute('aria-busy')).to.be.false;
    });
  }

  it('gives up after `timeout` milliseconds, reports it and aborts the request', async () => {
    const id = requestId('timeout');
    const {timeline, log} = await loadSource(slowUrl(id, 3000), (element) => {
      element.timeout = 150;
    });
    expect(log.errors[0].detail.message).to.match(
      /^could not load ".*": no response within 150 ms$/,
    );
    expect(timeline.milestones).to.be.empty;
    await untilRequest(id, 'aborted');
  });

  it('reads the timeout attribute as a number', async () => {
    const id = requestId('timeout-attribute');
    const timeline = await renderTimeline(
      html`<partner-timeline timeout="120"></partner-timeline>`,
    );
    const log = new EventLog(timeline.element);
    timeline.element.setAttribute('src', slowUrl(id, 3000));
    await until(() => log.errors.length === 1, 'no error event');
    expect(log.errors[0].detail.message).to.contain('no response within 120 ms');
  });
});

describe('src: requests follow the element', () => {
  it('the last src wins: an earlier slow request is aborted and never drawn', async () => {
    const first = requestId('first');
    const second = requestId('second');
    const timeline = await renderTimeline(html`<partner-timeline></partner-timeline>`);
    const log = new EventLog(timeline.element);
    timeline.element.src = slowUrl(first, UNANSWERED);
    await until(async () => (await requestState(first)) === 'open', 'request not made');
    timeline.element.src = slowUrl(second, 0);
    await until(() => log.loads.length === 1, 'no load event');
    await settled(timeline.element);

    expect(timeline.titles).to.deep.equal([`From ${second}`]);
    expect(log.loads[0].detail.source).to.equal(slowUrl(second, 0));
    await untilRequest(first, 'aborted');
    expect(log.errors).to.be.empty;
  });

  it('a disconnect aborts the request, and a reconnect makes it again', async () => {
    const id = requestId('disconnect');
    const timeline = await renderTimeline(html`<div><partner-timeline></partner-timeline></div>`);
    const element = timeline.element;
    const parent = element.parentElement!;
    const log = new EventLog(element);
    element.src = slowUrl(id, 4000);
    await until(async () => (await requestState(id)) === 'open', 'request not made');

    element.remove();
    await untilRequest(id, 'aborted');
    expect(log.count, 'an abort is not an error').to.equal(0);

    parent.append(element);
    await until(() => log.loads.length === 1, 'no load after reconnect');
    await settled(element);
    expect(timeline.titles).to.deep.equal([`From ${id}`]);
    expect(log.errors).to.be.empty;
  });

  it('removing src aborts the request and shows the empty state', async () => {
    const id = requestId('removed');
    const timeline = await renderTimeline(html`<partner-timeline></partner-timeline>`);
    const log = new EventLog(timeline.element);
    timeline.element.setAttribute('src', slowUrl(id, UNANSWERED));
    await until(async () => (await requestState(id)) === 'open', 'request not made');
    timeline.element.removeAttribute('src');
    await untilRequest(id, 'aborted');
    await settled(timeline.element);
    expect(timeline.root.textContent).to.contain('No milestones to show.');
    expect(timeline.part('timeline')!.hasAttribute('aria-busy')).to.be.false;
    expect(log.count).to.equal(0);
  });

  it('milestones win over src, which is then not fetched at all', async () => {
    const id = requestId('unwanted');
    const timeline = await renderTimeline(
      html`<partner-timeline
        src=${slowUrl(id, 0)}
        milestones='[{"date": "1974", "title": "From the attribute"}]'
      ></partner-timeline>`,
    );
    expect(timeline.titles).to.deep.equal(['From the attribute']);
    expect(await requestState(id)).to.equal('none');

    // Without milestones, src is next in line.
    const log = new EventLog(timeline.element);
    timeline.element.removeAttribute('milestones');
    await until(() => log.loads.length === 1, 'src not loaded');
    await settled(timeline.element);
    expect(timeline.titles).to.deep.equal([`From ${id}`]);
  });
});
