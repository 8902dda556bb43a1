import {expect, waitUntil} from '@open-wc/testing';
import reference from '../../data/cqmu-pleven.json';
import {openFrame, TimelineHarness} from '../harness.js';
import type {PartnerTimeline} from '../../src/partner-timeline.js';

// examples/plain.html, served as a static server would with the standalone bundle built from
// the sources (test/support/standalone-bundle.mjs): the page a reader opens without a bundler.
const PAGE = '/test-bundle/examples/plain.html';
const BUNDLE = '/test-bundle/dist/partner-timeline.bundle.js';

/** What the page's probe saw: see test/support/standalone-bundle.mjs. */
interface PageReport {
  readonly problems: string[];
  readonly loaded: number;
}

type PageWindow = Window & typeof globalThis & {pageReport?: PageReport};

function openPage(width: number): Promise<HTMLIFrameElement> {
  return openFrame(PAGE, {width, height: 700});
}

describe('the standalone bundle in a page with no build step', () => {
  let frame: HTMLIFrameElement | undefined;

  before(async function () {
    // The first request builds the bundle in memory (a second or two, more on a busy machine).
    this.timeout(60_000);
    const response = await fetch(BUNDLE);
    // On a failed build the body holds Vite's error.
    expect(response.status, (await response.text()).slice(0, 2000)).to.equal(200);
  });

  afterEach(() => frame?.remove());

  it('is one ES module with no imports, carrying the notices of what it bundles', async () => {
    const code = await (await fetch(BUNDLE)).text();
    expect(code).to.match(/^\/\*! partner-timeline \(MIT\), bundling .*\blit \(BSD-3-Clause\)/);
    expect(code).to.match(/d3-scale \(ISC\)/);
    // A bare specifier would need an import map or a bundler: the page has neither.
    expect(code).not.to.match(/(^|[;}])\s*import\s*[\w{*"']|\bimport\s*\(\s*["']/m);
  });

  it('draws the reference data of examples/plain.html with no error', async () => {
    frame = await openPage(1100);
    const page = frame.contentWindow as PageWindow;
    const report = () => page.pageReport!;
    await waitUntil(
      () => report().loaded > 0 || report().problems.length > 0,
      'the page neither loaded its data nor reported a problem',
      {timeout: 8000},
    );
    expect(report().problems).to.deep.equal([]);
    // Only the bundle can have defined the element in the frame's own registry.
    expect(page.customElements.get('partner-timeline')).to.be.a('function');
    const element = frame.contentDocument!.querySelector('partner-timeline') as PartnerTimeline;
    await element.updateComplete;
    await new Promise((resolve) => page.requestAnimationFrame(() => resolve(undefined)));
    await element.updateComplete;
    const timeline = new TimelineHarness(element);

    expect(timeline.titles).to.deep.equal(reference.milestones.map((item) => item.title));
    expect(timeline.dates).to.deep.equal(['1974', '2007', 'July 2014', 'November 2017']);
    expect(timeline.listbox!.getAttribute('aria-label')).to.equal('CQMU and Pleven cooperation');
    // The axis: year ticks in date order, and the 33 empty years compressed into a break.
    expect(timeline.part('axis')).to.exist;
    const years = timeline.parts('tick').map((tick) => Number(tick.textContent.trim()));
    expect(years.length).to.be.greaterThan(2);
    expect(years).to.deep.equal([...years].sort((a, b) => a - b));
    expect(years[0]).to.be.within(1970, 1974);
    expect(timeline.parts('break')).to.have.length(1);
    // Drawn, not just in the DOM: the markers run left to right across the page.
    const xs = timeline.milestones.map((option) => timeline.boxOf(timeline.markerOf(option)).x);
    expect(xs).to.deep.equal([...xs].sort((a, b) => a - b));
    expect(xs[3] - xs[0]).to.be.greaterThan(500);

    expect(report().problems).to.deep.equal([]);
  });

  it('selects a milestone on click and shows its detail', async () => {
    frame = await openPage(1100);
    const page = frame.contentWindow as PageWindow;
    await waitUntil(() => page.pageReport?.loaded, 'the page never loaded its data');
    const element = frame.contentDocument!.querySelector('partner-timeline') as PartnerTimeline;
    await element.updateComplete;
    const timeline = new TimelineHarness(element);

    timeline.milestoneNamed('Student exchange').click();
    await element.updateComplete;

    expect(element.selected).to.equal('student-exchange');
    expect(timeline.part('detail')!.textContent).to.contain('Erasmus+');
    expect(page.pageReport!.problems).to.deep.equal([]);
  });
});
