import {expect, fixture} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {LitElement, html} from 'lit';
import {RovingFocusController} from '../../src/element/roving-focus-controller.js';

/** Five buttons in a row with one tab stop; `vertical` and `dir` as a host may have them. */
class RovingHost extends LitElement {
  static override properties = {vertical: {type: Boolean}, count: {type: Number}};
  vertical = false;
  count = 5;
  roving = new RovingFocusController(this, {
    count: () => this.count,
    orientation: () => (this.vertical ? 'vertical' : 'horizontal'),
    pageStep: () => 2,
    elementFor: (index) => this.shadowRoot!.querySelectorAll('button')[index] ?? null,
    container: () => this.shadowRoot!.querySelector('div'),
  });

  protected override render() {
    return html`<div @keydown=${(event: KeyboardEvent) => this.roving.handleKeydown(event)}>
      ${Array.from(
        {length: this.count},
        (_, i) => html`<button tabindex=${i === this.roving.active ? 0 : -1}>${i}</button>`,
      )}
    </div>`;
  }
}
customElements.define('roving-host', RovingHost);

const focused = (host: RovingHost) => host.shadowRoot!.activeElement?.textContent;

async function press(host: RovingHost, key: string): Promise<void> {
  await sendKeys({press: key});
  await host.updateComplete;
}

describe('RovingFocusController', () => {
  it('moves one tab stop and the focus with arrows, Home, End and the page keys', async () => {
    const host = await fixture<RovingHost>(html`<roving-host></roving-host>`);
    host.shadowRoot!.querySelector('button')!.focus();
    await press(host, 'ArrowRight');
    expect(focused(host)).to.equal('1');
    await press(host, 'End');
    expect(focused(host)).to.equal('4');
    await press(host, 'ArrowRight');
    expect(focused(host), 'stops at the last').to.equal('4');
    await press(host, 'PageUp');
    expect(focused(host)).to.equal('2');
    await press(host, 'Home');
    expect(focused(host)).to.equal('0');
    expect(host.shadowRoot!.querySelectorAll('[tabindex="0"]')).to.have.length(1);
  });

  it('uses Up and Down when vertical, and mirrors Left and Right right to left', async () => {
    const host = await fixture<RovingHost>(html`<roving-host vertical></roving-host>`);
    host.shadowRoot!.querySelector('button')!.focus();
    await press(host, 'ArrowDown');
    expect(focused(host)).to.equal('1');
    // The other axis's arrows move as well, so that they never scroll the page.
    await press(host, 'ArrowLeft');
    expect(focused(host)).to.equal('0');
    await press(host, 'ArrowRight');
    expect(focused(host)).to.equal('1');
    host.vertical = false;
    host.dir = 'rtl';
    await host.updateComplete;
    await press(host, 'ArrowLeft');
    expect(focused(host)).to.equal('2');
  });

  it('keeps the focus on the active item when a render replaces it', async () => {
    const host = await fixture<RovingHost>(html`<roving-host></roving-host>`);
    host.shadowRoot!.querySelectorAll('button')[0].focus();
    await press(host, 'ArrowRight');
    host.count = 3;
    await host.updateComplete;
    host.roving.active = 2;
    await host.updateComplete;
    expect(focused(host)).to.equal('2');
  });
});
