import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {safeUrl} from '../../src/model/index.js';

/** The scheme a browser gives the link on a https page; undefined when it is no valid URL. */
function protocolOf(link: string): string | undefined {
  try {
    return new URL(link, 'https://base.example/').protocol;
  } catch {
    return undefined;
  }
}

const WEB_OR_INVALID = ['http:', 'https:', undefined];

describe('safeUrl()', () => {
  it('keeps http and https links in any case', () => {
    expect(safeUrl('https://example.org/a?b#c')).to.equal('https://example.org/a?b#c');
    expect(safeUrl('http://example.org')).to.equal('http://example.org');
    expect(safeUrl('HTTPS://EXAMPLE.ORG')).to.equal('HTTPS://EXAMPLE.ORG');
  });

  it('keeps relative links, including protocol-relative //host', () => {
    for (const link of ['page.html', '/x', './x', '../x', '?q=1', '#frag', '//example.org/x']) {
      expect(safeUrl(link), link).to.equal(link);
    }
  });

  it('allows colons after the first slash, question mark or hash', () => {
    for (const link of ['/a:b', './talks/10:30', '?time=12:30', '#note:2']) {
      expect(safeUrl(link), link).to.equal(link);
    }
  });

  it('returns the link trimmed and without control characters', () => {
    expect(safeUrl('  https://example.org/a\tb\n ')).to.equal('https://example.org/ab');
  });

  it('drops javascript: links in any letter case', () => {
    expect(safeUrl('javascript:alert(1)')).to.be.undefined;
    expect(safeUrl('JaVaScRiPt:alert(1)')).to.be.undefined;
  });

  it('drops javascript: hidden by spaces, NUL, tabs or newlines', () => {
    for (const link of [
      ' javascript:alert(1)',
      'java\u0000script:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      '\u0001javascript:alert(1)',
      'javascript :alert(1)',
    ]) {
      expect(safeUrl(link), JSON.stringify(link)).to.be.undefined;
    }
  });

  it('drops javascript: spelled with HTML character references', () => {
    expect(safeUrl('jav&#x61;script:alert(1)')).to.be.undefined;
    expect(safeUrl('jav&#97;script:alert(1)')).to.be.undefined;
    expect(safeUrl('javascript&colon;alert(1)')).to.be.undefined;
  });

  it('drops every other scheme: data, vbscript, file, blob, mailto', () => {
    for (const link of [
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'blob:https://example.org/1',
      'mailto:a@example.org',
      'httpx://example.org',
    ]) {
      expect(safeUrl(link), link).to.be.undefined;
    }
  });

  it('returns undefined for empty text and for anything not a string', () => {
    for (const value of ['', '   ', '\t', null, undefined, 42, {}, ['https://x']]) {
      expect(safeUrl(value)).to.be.undefined;
    }
  });

  it('only ever lets through links the browser resolves to http(s) (property)', () => {
    const piece = fc.constantFrom(
      'java',
      'script',
      'JAVA',
      'data',
      'http',
      's',
      ':',
      '/',
      '\\',
      '?',
      '#',
      '&#x61;',
      '&colon;',
      '%3A',
      ' ',
      '\t',
      '\n',
      '\u0000',
      '\u00a0',
      'a',
      '.',
    );
    const link = fc.oneof(
      fc.array(piece).map((pieces) => pieces.join('')),
      fc.string(),
    );
    fc.assert(
      fc.property(link, (raw) => {
        const safe = safeUrl(raw);
        if (safe === undefined) return;
        expect(WEB_OR_INVALID).to.include(protocolOf(safe));
        // Also after one round of HTML decoding, in case the link is ever written into HTML.
        const parsed = new DOMParser().parseFromString(`<a href="${safe}"></a>`, 'text/html');
        const decoded = parsed.querySelector('a')?.getAttribute('href') ?? '';
        expect(WEB_OR_INVALID).to.include(protocolOf(decoded));
      }),
      {numRuns: 500},
    );
  });
});
