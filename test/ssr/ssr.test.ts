import {expect, waitUntil} from '@open-wc/testing';
import type {PartnerTimeline} from '../../src/partner-timeline.js';
import {openFrame as openPage} from '../harness.js';

describe('server rendering with @lit-labs/ssr', () => {
  let frame: HTMLIFrameElement;

  afterEach(() => frame.remove());

  it('is readable before hydration and hydrated in place, without a redraw', async () => {
    frame = await openPage('/test-ssr/reference.html');
    const page = frame.contentWindow! as Window & typeof globalThis;
    const errors: string[] = [];
    page.addEventListener('error', (event) => errors.push(event.message));
    const element = frame.contentDocument!.querySelector('partner-timeline') as PartnerTimeline;

    // Before any script: the declarative shadow DOM already holds the milestones, in date order.
    expect(page.customElements.get('partner-timeline')).to.equal(undefined);
    const before = [...element.shadowRoot!.querySelectorAll<HTMLElement>('[part~="milestone"]')];
    expect(before.map((option) => option.querySelector('time')!.textContent)).to.deep.equal([
      '1974',
      '2007',
      'July 2014',
      'November 2017',
    ]);
    expect(element.shadowRoot!.textContent).to.contain('Joint HIFU clinical study application');
    const xBefore = before.map((option) => option.getBoundingClientRect().x);
    expect(xBefore).to.deep.equal([...xBefore].sort((a, b) => a - b));

    // Hydration: the support module, then the element.
    const script = frame.contentDocument!.createElement('script');
    script.type = 'module';
    script.src = '/test/ssr/hydrate.ts';
    frame.contentDocument!.head.append(script);
    await waitUntil(() => page.customElements.get('partner-timeline'), 'no hydration', {
      timeout: 8000,
    });
    await element.updateComplete;
    await new Promise((resolve) => page.requestAnimationFrame(() => resolve(undefined)));
    await element.updateComplete;

    // The same nodes, now live: nothing was redrawn from scratch.
    const after = [...element.shadowRoot!.querySelectorAll<HTMLElement>('[part~="milestone"]')];
    expect(after).to.have.length(4);
    for (const [index, option] of after.entries()) expect(option).to.equal(before[index]);
    after[2].click();
    await element.updateComplete;
    expect(element.selected).to.equal('hifu-joint-study');
    expect(element.shadowRoot!.querySelector('[part~="detail"]')!.textContent).to.contain(
      'Second Affiliated Hospital',
    );
    expect(errors).to.deep.equal([]);
  });
});
