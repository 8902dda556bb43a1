import {expect, fixture} from '@open-wc/testing';
import reference from '../../data/cqmu-pleven.json';
import {html, TimelineHarness} from '../harness.js';
import {errorText, EventLog, settled, until} from './helpers.js';

const REFERENCE_TITLES = reference.milestones.map((milestone) => milestone.title);

const REFERENCE_LIST = `
  <ol>
    <li id="pleven-founded" data-category="Pleven Medical University">
      <time datetime="1974">1974</time> Pleven Medical University founded
    </li>
    <li><time datetime="2007">2007</time> Da Vinci surgical robot at Pleven</li>
    <li>
      <time datetime="2014-07">July 2014</time> Joint HIFU clinical study application
      <p>CQMU's Second Affiliated Hospital and Pleven apply together.</p>
    </li>
    <li>
      <a href="https://example.org/exchange"
        ><time datetime="2017-11">November 2017</time> Student exchange agreement signed</a
      >
      <span data-description>Supported by the <em>Erasmus+</em> programme.</span>
    </li>
  </ol>`;

/** Inserts markup holding one timeline, listening to it before its first update. */
async function renderMarkup(markup: string): Promise<{timeline: TimelineHarness; log: EventLog}> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  container.innerHTML = markup;
  const element = container.querySelector('partner-timeline')!;
  const log = new EventLog(element);
  await settled(element);
  return {timeline: new TimelineHarness(element), log};
}

function scriptOf(data: unknown): string {
  return `<script type="application/json">${JSON.stringify(data)}</script>`;
}

describe('inline data: a child <script type="application/json">', () => {
  it('draws the milestones and fires load with source "inline"', async () => {
    const {timeline, log} = await renderMarkup(
      `<partner-timeline label="Inline">${scriptOf(reference)}</partner-timeline>`,
    );
    expect(timeline.titles).to.deep.equal(REFERENCE_TITLES);
    expect(log.loads.map((event) => event.detail)).to.deep.equal([{count: 4, source: 'inline'}]);
    expect(log.errors).to.be.empty;
  });

  it('reports invalid JSON like any other input and fires no load event', async () => {
    const {timeline, log} = await renderMarkup(
      `<partner-timeline><script type="application/json">[{"date": 1974,</script></partner-timeline>`,
    );
    expect(log.errors).to.have.length(1);
    expect(log.errors[0].detail.message).to.contain('the data is not valid JSON');
    expect(errorText(timeline)).to.contain('the data is not valid JSON');
    expect(log.loads).to.be.empty;
  });

  it('shows the empty state, without an error, for an empty script', async () => {
    const {timeline, log} = await renderMarkup(
      `<partner-timeline><script type="application/json"> </script></partner-timeline>`,
    );
    expect(log.errors).to.be.empty;
    expect(timeline.root.textContent).to.contain('No milestones to show.');
  });

  it('draws again, and fires load again, when the script text changes', async () => {
    const {timeline, log} = await renderMarkup(
      `<partner-timeline>${scriptOf(reference)}</partner-timeline>`,
    );
    const script = timeline.element.querySelector('script')!;
    script.textContent = JSON.stringify([{date: '2020', title: 'Replaced'}]);
    await until(() => log.loads.length === 2, 'no second load event');
    await settled(timeline.element);
    expect(timeline.titles).to.deep.equal(['Replaced']);
    expect(log.loads[1].detail).to.deep.equal({count: 1, source: 'inline'});
  });

  it('ignores scripts of other types, which may be code', async () => {
    const {timeline, log} = await renderMarkup(
      `<partner-timeline><script type="text/plain">${JSON.stringify(reference)}</script></partner-timeline>`,
    );
    expect(timeline.milestones).to.be.empty;
    expect(log.count).to.equal(0);
  });
});

describe('inline data: a light-DOM <ol> of <li><time datetime>', () => {
  it('reads each item into a milestone', async () => {
    const {timeline, log} = await renderMarkup(
      `<partner-timeline label="List">${REFERENCE_LIST}</partner-timeline>`,
    );
    expect(timeline.titles).to.deep.equal(REFERENCE_TITLES);
    expect(timeline.dates).to.deep.equal(['1974', '2007', 'July 2014', 'November 2017']);
    expect(log.loads.map((event) => event.detail)).to.deep.equal([{count: 4, source: 'inline'}]);
    expect(log.errors).to.be.empty;

    const [founded, , hifu, exchange] = timeline.element.items.map((item) => item.milestone);
    expect(founded).to.deep.equal({
      id: 'pleven-founded',
      date: '1974',
      title: 'Pleven Medical University founded',
      category: 'Pleven Medical University',
    });
    expect(hifu.description).to.equal(
      "CQMU's Second Affiliated Hospital and Pleven apply together.",
    );
    expect(exchange.url).to.equal('https://example.org/exchange');
    expect(exchange.description).to.equal('Supported by the Erasmus+ programme.');
    await expect(timeline.element).to.be.accessible();
  });

  it('reads a second <time> as the end of a span and data-approximate as approximate', async () => {
    const {timeline} = await renderMarkup(`<partner-timeline><ol>
      <li data-approximate><time datetime="2012">2012</time> Talks begin</li>
      <li><time datetime="2014-07">July 2014</time>–<time datetime="2017-11">November 2017</time>
        HIFU study</li>
    </ol></partner-timeline>`);
    const [talks, study] = timeline.element.items.map((item) => item.milestone);
    expect(talks).to.include({title: 'Talks begin', approximate: true});
    expect(study).to.include({date: '2014-07', end: '2017-11', title: 'HIFU study'});
  });

  it('drops links other than http(s) and relative, as for every other input', async () => {
    const {timeline, log} = await renderMarkup(`<partner-timeline><ol>
      <li><time datetime="2020">2020</time> <a href="javascript:alert(1)">Click</a></li>
    </ol></partner-timeline>`);
    expect(timeline.element.items[0].milestone.url).to.be.undefined;
    expect(log.errors[0].detail.issues[0].message).to.contain('only http(s) and relative links');
  });

  it('reports an item without a <time> and still draws the others', async () => {
    const {timeline, log} = await renderMarkup(`<partner-timeline><ol>
      <li><time datetime="1974">1974</time> Founded</li>
      <li>Undated: a delegation to renew the agreement</li>
    </ol></partner-timeline>`);
    expect(timeline.titles).to.deep.equal(['Founded']);
    expect(log.errors[0].detail.issues.map((issue) => issue.message)).to.deep.equal([
      'item 1: date is missing',
    ]);
  });

  it('keeps the list in the light DOM, but hidden once the element draws', async () => {
    const {timeline} = await renderMarkup(`<partner-timeline>${REFERENCE_LIST}</partner-timeline>`);
    const list = timeline.element.querySelector('ol')!;
    expect(list.isConnected).to.be.true;
    expect(list.checkVisibility()).to.be.false;
    expect(timeline.milestones).to.have.length(4);
  });

  it('draws again when the list changes', async () => {
    const {timeline, log} = await renderMarkup(
      `<partner-timeline>${REFERENCE_LIST}</partner-timeline>`,
    );
    const list = timeline.element.querySelector('ol')!;
    list.insertAdjacentHTML(
      'beforeend',
      '<li><time datetime="2024">2024</time> Online meeting</li>',
    );
    await until(() => log.loads.length === 2, 'no load after adding an item');
    await settled(timeline.element);
    expect(timeline.titles.at(-1)).to.equal('Online meeting');

    list.querySelector('time')!.setAttribute('datetime', '1975');
    await until(() => log.loads.length === 3, 'no load after changing a date');
    await settled(timeline.element);
    expect(timeline.element.items[0].milestone.date).to.equal('1975');
  });

  it('reads children added after the element was connected, as a streaming parser adds them', async () => {
    const {timeline, log} = await renderMarkup(`<partner-timeline></partner-timeline>`);
    expect(timeline.root.textContent).to.contain('No milestones to show.');
    timeline.element.innerHTML = REFERENCE_LIST;
    await until(() => log.loads.length === 1, 'no load after adding the list');
    await settled(timeline.element);
    expect(timeline.titles).to.deep.equal(REFERENCE_TITLES);
  });

  it('can be read, and is read as data, when the script arrives later', async () => {
    // A document without the element's script: what people (and crawlers) get before, or
    // without, JavaScript.
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe
        style="width: 900px; height: 600px; border: 0"
        srcdoc=${`<!doctype html><html lang="en"><body><partner-timeline label="CQMU and Pleven">${REFERENCE_LIST}</partner-timeline></body></html>`}
      ></iframe>`,
    );
    await until(
      () => frame.contentDocument?.querySelector('partner-timeline ol li:nth-child(4)'),
      'frame not loaded',
    );
    const page = frame.contentDocument!;
    const element = page.querySelector('partner-timeline')!;
    const list = element.querySelector('ol')!;
    expect(list.checkVisibility()).to.be.true;
    expect(element.innerText).to.contain('1974 Pleven Medical University founded');
    expect(element.innerText).to.contain('November 2017 Student exchange agreement signed');

    const script = page.createElement('script');
    script.type = 'module';
    script.src = new URL('/src/index.ts', location.href).href;
    page.head.append(script);
    await until(() => element.shadowRoot !== null, 'the element was not upgraded');
    await settled(element);
    const harness = new TimelineHarness(element);
    expect(harness.titles).to.deep.equal(REFERENCE_TITLES);
    expect(list.checkVisibility()).to.be.false;
  });
});

describe('inline data: precedence', () => {
  it('a script wins over a list', async () => {
    const {timeline} = await renderMarkup(
      `<partner-timeline>${REFERENCE_LIST}${scriptOf([{date: '2020', title: 'From the script'}])}</partner-timeline>`,
    );
    expect(timeline.titles).to.deep.equal(['From the script']);
  });

  it('the milestones attribute wins over inline data, which is drawn once it is removed', async () => {
    const {timeline, log} = await renderMarkup(
      `<partner-timeline milestones='[{"date": "2020", "title": "From the attribute"}]'>${REFERENCE_LIST}</partner-timeline>`,
    );
    expect(timeline.titles).to.deep.equal(['From the attribute']);
    expect(log.loads).to.be.empty;
    timeline.element.removeAttribute('milestones');
    await settled(timeline.element);
    expect(timeline.titles).to.deep.equal(REFERENCE_TITLES);
    expect(log.loads).to.have.length(1);
  });

  it('the milestones property wins over inline data, even when it is empty', async () => {
    const {timeline} = await renderMarkup(`<partner-timeline>${REFERENCE_LIST}</partner-timeline>`);
    timeline.element.milestones = [];
    await settled(timeline.element);
    expect(timeline.milestones).to.be.empty;
    expect(timeline.root.textContent).to.contain('No milestones to show.');
    timeline.element.milestones = null;
    await settled(timeline.element);
    expect(timeline.titles).to.deep.equal(REFERENCE_TITLES);
  });

  it('src wins over inline data', async () => {
    const {timeline, log} = await renderMarkup(
      `<partner-timeline src="/test-api/partly-valid.json">${REFERENCE_LIST}</partner-timeline>`,
    );
    await until(() => log.loads.length === 1, 'src not loaded');
    await settled(timeline.element);
    expect(log.loads[0].detail.source).to.equal('/test-api/partly-valid.json');
    expect(timeline.titles).to.deep.equal([
      'Pleven Medical University founded',
      'Student exchange agreement signed',
    ]);
  });
});
