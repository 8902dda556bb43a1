import {expect, fixture} from '@open-wc/testing';
import {LitElement, html, css} from 'lit';
import reference from '../../data/cqmu-pleven.json';
import {LayoutController} from '../../src/element/layout-controller.js';
import {parseMilestones, type TimelineItem} from '../../src/model/index.js';
import type {TimeRange} from '../../src/layout/index.js';
import {frames} from '../harness.js';

const items = parseMilestones(reference.milestones).items;

/** The smallest host: a sizer to measure, and the layout asked for on each update. */
class LayoutHost extends LitElement {
  static override styles = css`
    :host {
      display: block;
      font: 14px/18px sans-serif;
    }
  `;
  static override properties = {items: {attribute: false}, range: {attribute: false}};
  items: readonly TimelineItem[] = items;
  range: TimeRange | null = null;
  layout = new LayoutController(this);
  layouts = 0;

  protected override willUpdate(): void {
    const before = this.layout.layout;
    this.layout.update({
      items: this.items,
      orientation: 'auto',
      gaps: 'auto',
      locale: 'en',
      range: this.range,
      formatDate: (item) => item.date.iso,
      serverWidth: 960,
    });
    if (this.layout.layout !== before) this.layouts++;
  }

  protected override firstUpdated(): void {
    this.layout.observe(this.shadowRoot!.querySelector('.sizer')!);
  }

  protected override render() {
    return html`<div class="sizer"></div>`;
  }
}
customElements.define('layout-host', LayoutHost);

async function hostAt(width: number, style = ''): Promise<LayoutHost> {
  const wrapper = await fixture<HTMLElement>(
    html`<div style="width: ${width}px"><layout-host style=${style}></layout-host></div>`,
  );
  const host = wrapper.querySelector<LayoutHost>('layout-host')!;
  await frames();
  await host.updateComplete;
  return host;
}

describe('LayoutController', () => {
  it('lays out at the width of the sizer, and again when the width changes', async () => {
    const host = await hostAt(1000);
    expect(host.layout.layout?.width).to.equal(1000);
    expect(host.layout.layout?.orientation).to.equal('horizontal');
    host.parentElement!.style.width = '400px';
    await frames();
    await host.updateComplete;
    expect(host.layout.layout?.orientation, 'auto turns vertical below 600 px').to.equal(
      'vertical',
    );
  });

  it('does not lay out again when nothing it depends on changed', async () => {
    const host = await hostAt(1000);
    const layouts = host.layouts;
    host.requestUpdate();
    await host.updateComplete;
    expect(host.layouts).to.equal(layouts);
    host.range = [Date.UTC(2007, 0), Date.UTC(2018, 0)];
    await host.updateComplete;
    expect(host.layouts).to.equal(layouts + 1);
    expect(host.layout.layout?.home[0], 'home is the whole timeline').to.be.below(
      Date.UTC(1974, 0),
    );
  });

  it('measures with the line height the host draws labels with', async () => {
    const host = await hostAt(1000, 'line-height: 30px');
    const layout = host.layout.layout!;
    expect(layout.lineHeight).to.equal(30);
    const label = layout.milestones[0];
    const lines = (label.dateLines?.length ?? 1) + label.lines.length;
    expect(label.label.height).to.equal(lines * 30 + 8);
  });

  it('lays text larger than the design size out at the design size, zoomed', async () => {
    const host = await hostAt(1000, 'font-size: 28px; line-height: 36px');
    expect(host.layout.textZoom).to.equal(2);
    expect(host.layout.layout?.width, 'half the width, drawn twice as large').to.equal(500);
    expect(host.layout.layout?.lineHeight).to.equal(18);
  });

  it('lifts a clustered milestone out to draw it on its own', async () => {
    const sameDay = Array.from({length: 12}, (_, i) => ({date: '2014-07-01', title: `Visit ${i}`}));
    const host = await hostAt(1000);
    host.items = parseMilestones(sameDay).items;
    await host.updateComplete;
    const [cluster] = host.layout.layout!.clusters;
    expect(cluster?.indices).to.have.length(12);
    const lifted = host.layout.lift(6)!;
    expect(lifted.index).to.equal(6);
    expect(lifted.lines.join(' ')).to.equal('Visit 6');
    expect(lifted.marker.x).to.be.closeTo(cluster.marker.x, 1);
  });
});
