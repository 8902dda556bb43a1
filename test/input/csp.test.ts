import {expect, fixture} from '@open-wc/testing';
import {html} from '../harness.js';
import {until} from './helpers.js';
import type {CspReport} from './csp/page.js';

const PAGE = '/test-csp/page.html';

describe('strict Content-Security-Policy and Trusted Types', () => {
  it('serves the test page with the strict policy', async () => {
    const response = await fetch(PAGE);
    expect(response.headers.get('content-security-policy')).to.equal(
      "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'",
    );
  });

  it('draws from src, a script and a list with no violation reported', async () => {
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe src=${PAGE} style="width: 1000px; height: 900px; border: 0"></iframe>`,
    );
    const report = (): CspReport | undefined => frame.contentWindow?.cspReport;
    await until(() => report()?.drawn, 'the page never finished drawing');
    expect(report()!.drawn).to.deep.equal({'from-src': 4, 'from-script': 4, 'from-list': 4});

    // The control: an inline style must be reported, or the probe proves nothing.
    frame.contentDocument!.body.setAttribute('style', 'color: red');
    await until(() => report()!.violations.length > 0, 'the policy is not enforced');
    expect(report()!.violations, report()!.violations.slice(0, 8).join('\n')).to.have.length(1);
    expect(report()!.violations[0]).to.match(/^style-src-attr /);
  });

  it('keeps Trusted Types enforced on the page: raw HTML sinks throw', async () => {
    const frame = await fixture<HTMLIFrameElement>(html`<iframe src=${PAGE}></iframe>`);
    await until(() => frame.contentWindow?.cspReport?.drawn, 'the page never drew');
    const probe = frame.contentDocument!.createElement('div');
    let thrown: unknown;
    try {
      probe.innerHTML = '<b>raw</b>';
    } catch (error) {
      thrown = error;
    }
    // A TypeError from the frame's realm (so no instanceof); its message differs by engine:
    // Chromium names TrustedHTML, Firefox reports a "sink type mismatch".
    expect((thrown as Error | undefined)?.name).to.equal('TypeError');
    expect(probe.innerHTML).to.equal('');
  });
});
