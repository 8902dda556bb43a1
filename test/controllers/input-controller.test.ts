import {expect, fixture, oneEvent} from '@open-wc/testing';
import {LitElement, html} from 'lit';
import reference from '../../data/cqmu-pleven.json';
import {InputController} from '../../src/element/input-controller.js';
import type {PartnerTimelineErrorEvent, PartnerTimelineLoadEvent} from '../../src/events.js';
import {until} from '../input/helpers.js';

/** The smallest host: what it was given, and the titles the controller read. */
class InputHost extends LitElement {
  static override properties = {milestones: {attribute: false}, src: {}};
  milestones: unknown = null;
  src: string | null = null;
  input = new InputController(this, {
    milestones: () => this.milestones,
    src: () => this.src,
    timeout: () => 5000,
    summarise: (issues) => `${issues.length} problem(s)`,
  });
  reads = 0;

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (this.input.read(changed.has('milestones'))) this.reads++;
  }

  protected override render() {
    return html`${this.input.result.items.map((item) => item.title).join('|')}`;
  }
}
customElements.define('input-host', InputHost);

describe('InputController', () => {
  it('reads the milestones it is given, in date order, and parses only when they change', async () => {
    const host = await fixture<InputHost>(html`<input-host></input-host>`);
    host.milestones = [...reference.milestones].reverse();
    await host.updateComplete;
    expect(host.input.result.items.map((item) => item.date.iso)).to.deep.equal([
      '1974',
      '2007',
      '2014-07',
      '2017-11',
    ]);
    const reads = host.reads;
    host.requestUpdate();
    await host.updateComplete;
    expect(host.reads, 'an unrelated update does not parse again').to.equal(reads);
  });

  it('fires partner-timeline-error after the update, with the summary and every issue', async () => {
    const host = await fixture<InputHost>(html`<input-host></input-host>`);
    const error = oneEvent<PartnerTimelineErrorEvent>(host, 'partner-timeline-error');
    host.milestones = [
      {date: '1974', title: 'Founded'},
      {date: '2024-02-30', title: 'No day'},
    ];
    const {detail} = await error;
    expect(detail.message).to.equal('1 problem(s)');
    expect(detail.issues[0]?.index).to.equal(1);
    expect(host.shadowRoot!.textContent).to.contain('Founded');
  });

  it('loads src when no milestones are given, and fires partner-timeline-load once drawn', async () => {
    const host = await fixture<InputHost>(html`<input-host></input-host>`);
    const load = oneEvent<PartnerTimelineLoadEvent>(host, 'partner-timeline-load');
    host.src = '/test-api/milestones.json';
    await host.updateComplete;
    expect(host.input.loading).to.be.true;
    const {detail} = await load;
    expect(detail).to.deep.equal({count: 4, source: '/test-api/milestones.json'});
    expect(host.input.loading).to.be.false;
    expect(host.shadowRoot!.textContent).to.contain('Student exchange agreement signed');
  });

  it('lets given milestones win over src and over a child list', async () => {
    const host = await fixture<InputHost>(
      html`<input-host
        ><ol>
          <li><time datetime="1990">1990</time> From the list</li>
        </ol></input-host
      >`,
    );
    await until(() => host.input.result.items.length === 1, 'the child list is read');
    expect(host.input.result.items[0]?.title).to.equal('From the list');
    host.milestones = [{date: '2000', title: 'Given'}];
    host.src = '/test-api/milestones.json';
    await host.updateComplete;
    expect(host.input.result.items.map((item) => item.title)).to.deep.equal(['Given']);
    host.milestones = null;
    await until(() => host.input.result.items.length === 4, 'src takes over');
  });
});
