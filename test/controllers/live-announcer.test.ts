import {expect, fixture} from '@open-wc/testing';
import {LitElement, html} from 'lit';
import {LiveAnnouncer, SETTLE_DELAY} from '../../src/element/live-announcer.js';
import {until} from '../input/helpers.js';

class AnnouncingHost extends LitElement {
  announcer = new LiveAnnouncer(this);
  protected override render() {
    return html`<div role="status">${this.announcer.message}</div>`;
  }
}
customElements.define('announcing-host', AnnouncingHost);

const status = (host: AnnouncingHost) =>
  host.shadowRoot!.querySelector('[role="status"]')!.textContent;

describe('LiveAnnouncer', () => {
  it('renders a message into the host at once', async () => {
    const host = await fixture<AnnouncingHost>(html`<announcing-host></announcing-host>`);
    host.announcer.announce('Selected: 2007');
    await host.updateComplete;
    expect(status(host)).to.equal('Selected: 2007');
  });

  it('makes the same words new text, so that they are read again', async () => {
    const host = await fixture<AnnouncingHost>(html`<announcing-host></announcing-host>`);
    host.announcer.announce('Showing 2007 to 2017');
    await host.updateComplete;
    host.announcer.announce('Showing 2007 to 2017');
    await host.updateComplete;
    expect(status(host)).to.equal('Showing 2007 to 2017\u00a0');
  });

  it('says only the last of a burst of settling messages, once the burst pauses', async () => {
    const host = await fixture<AnnouncingHost>(html`<announcing-host></announcing-host>`);
    for (const year of [2001, 2002, 2003])
      host.announcer.announce(`Showing ${year}`, {settle: true});
    await host.updateComplete;
    expect(status(host)).to.equal('');
    await until(() => status(host) !== '', 'the burst settles', {timeout: SETTLE_DELAY * 10});
    expect(status(host)).to.equal('Showing 2003');
  });

  it('drops a pending message when the host leaves the page', async () => {
    const host = await fixture<AnnouncingHost>(html`<announcing-host></announcing-host>`);
    host.announcer.announce('Showing 2003', {settle: true});
    host.remove();
    await new Promise((resolve) => setTimeout(resolve, SETTLE_DELAY * 2));
    expect(host.announcer.message).to.equal('');
  });
});
