import {expect, fixture, oneEvent} from '@open-wc/testing';
import {sendMouse} from '@web/test-runner-commands';
import {LitElement, html, css} from 'lit';
import reference from '../../data/cqmu-pleven.json';
import {LayoutController} from '../../src/element/layout-controller.js';
import {ZoomController, type RangeSource} from '../../src/element/zoom-controller.js';
import {stringsFor} from '../../src/i18n.js';
import {rangeOf, type TimeRange} from '../../src/layout/index.js';
import {parseMilestones} from '../../src/model/index.js';
import type {PartnerTimelineRangeChangeEvent} from '../../src/events.js';
import {frames} from '../harness.js';

const items = parseMilestones(reference.milestones).items;
const year = (time: number) => new Date(time).getUTCFullYear();

/** A host with a layout and a 1000 × 100 px surface for gestures. */
class ZoomHost extends LitElement {
  static override styles = css`
    .plot {
      width: 1000px;
      height: 100px;
    }
  `;
  layout = new LayoutController(this);
  changes: Array<[TimeRange, RangeSource]> = [];
  zoom = new ZoomController(this, {
    surface: () => this.shadowRoot!.querySelector<HTMLElement>('.plot'),
    view: () => {
      const layout = this.layout.layout;
      return (
        layout && {scale: layout.scale, home: layout.home, orientation: 'horizontal', textZoom: 1}
      );
    },
    onRangeChange: (range, source) => this.changes.push([range, source]),
  });

  protected override willUpdate(): void {
    this.layout.update({
      items,
      orientation: 'horizontal',
      gaps: 'auto',
      locale: 'en',
      range: this.zoom.range,
      formatDate: (item) => item.date.iso,
      serverWidth: 1000,
    });
  }

  protected override firstUpdated(): void {
    this.layout.observe(this.shadowRoot!.querySelector('.plot')!);
  }

  protected override render() {
    return html`<div class="plot"></div>`;
  }
}
customElements.define('zoom-host', ZoomHost);

async function zoomHost(): Promise<ZoomHost> {
  const host = await fixture<ZoomHost>(html`<zoom-host></zoom-host>`);
  await frames();
  await host.updateComplete;
  return host;
}

describe('ZoomController', () => {
  it('shows a range asked for and fires the range drawn after the update', async () => {
    const host = await zoomHost();
    const change = oneEvent<PartnerTimelineRangeChangeEvent>(host, 'partner-timeline-range-change');
    host.zoom.zoomTo([Date.UTC(2007, 0), Date.UTC(2018, 0)], 'api');
    const {detail} = await change;
    expect([year(+detail.start), year(+detail.end)]).to.deep.equal([2007, 2018]);
    expect(host.changes.at(-1)?.[1]).to.equal('api');
    expect(rangeOf(host.layout.layout!.scale)).to.deep.equal([+detail.start, +detail.end]);
  });

  it('zooms by keys around an anchor and comes home with 0', async () => {
    const host = await zoomHost();
    const anchor = Date.UTC(2014, 6);
    expect(host.zoom.handleKey('+', anchor)).to.be.true;
    await host.updateComplete;
    const [start, end] = rangeOf(host.layout.layout!.scale);
    expect(anchor).to.be.within(start, end);
    expect(host.zoom.handleKey('x', anchor)).to.be.false;
    host.zoom.handleKey('0', anchor);
    await host.updateComplete;
    expect(host.zoom.range).to.be.null;
  });

  it('names its buttons and enables only those that would do something', async () => {
    const host = await zoomHost();
    const names = (enabled: boolean) =>
      host.zoom
        .buttons(stringsFor('en'))
        .filter((button) => button.enabled === enabled)
        .map((button) => button.name);
    expect(names(false)).to.deep.equal(['Reset zoom']);
    host.zoom.buttons(stringsFor('en'))[0].zoom();
    await host.updateComplete;
    expect(names(false)).to.deep.equal([]);
  });

  it('pans with a drag of the mouse on the surface', async () => {
    const host = await zoomHost();
    host.zoom.zoomTo([Date.UTC(2007, 0), Date.UTC(2018, 0)], 'api');
    await host.updateComplete;
    const before = rangeOf(host.layout.layout!.scale);
    const box = host.shadowRoot!.querySelector('.plot')!.getBoundingClientRect();
    const y = Math.round(box.top + 50);
    await sendMouse({type: 'move', position: [Math.round(box.left + 600), y]});
    await sendMouse({type: 'down'});
    await sendMouse({type: 'move', position: [Math.round(box.left + 500), y]});
    await sendMouse({type: 'up'});
    await host.updateComplete;
    const after = rangeOf(host.layout.layout!.scale);
    expect(after[0], 'dragging left shows later time').to.be.above(before[0]);
    expect(host.changes.at(-1)?.[1]).to.equal('gesture');
  });
});
