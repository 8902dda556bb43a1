import {expect, fixture} from '@open-wc/testing';
import type {PartnerTimeline} from '../../src/partner-timeline.js';
import {html, TimelineHarness} from '../harness.js';
import {settled} from './helpers.js';

/** Set by any vector that manages to run: every payload writes here or opens a dialog. */
interface Pwned {
  __xss?: unknown;
}
const pwned = window as unknown as Pwned;
const RUN = 'window.__xss=1';

/** Markup, script and template vectors: each must come out as the same text, never as nodes. */
const MARKUP_VECTORS = [
  `<img src=x onerror="${RUN}">`,
  `<img src=x onerror=${RUN}//`,
  `<svg onload="${RUN}">`,
  `<svg><script>${RUN}</script></svg>`,
  `"><script>${RUN}</script>`,
  `'><img src=x onerror=${RUN}>`,
  `</li></ol><img src=x onerror=${RUN}>`,
  `<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>`,
  `<iframe src="javascript:${RUN}"></iframe>`,
  `<a href="javascript:${RUN}">click</a>`,
  `<style>*{background:url("javascript:${RUN}")}</style>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${RUN}>`,
  `<details open ontoggle=${RUN}>`,
  `<body onload=${RUN}>`,
  `<object data="javascript:${RUN}"></object>`,
  `<embed src="javascript:${RUN}">`,
  `<!--<img src="--><img src=x onerror=${RUN}>-->`,
  `<input autofocus onfocus=${RUN}>`,
  `<video><source onerror=${RUN}></video>`,
  `<template><img src=x onerror=${RUN}></template>`,
  `<partner-timeline milestones='[{"date":"2020","title":"<img src=x onerror=${RUN}>"}]'>`,
  `&lt;img src=x onerror=${RUN}&gt;`,
  `&#60;img src=x onerror=${RUN}&#62;`,
  `\${${RUN}}`,
  `{{constructor.constructor('${RUN}')()}}`,
  `<div style="background:url(javascript:${RUN})">`,
  `<meta http-equiv="refresh" content="0;url=javascript:${RUN}">`,
  `<base href="javascript:${RUN}//">`,
  `<form><button formaction="javascript:${RUN}">x</button></form>`,
  `<isindex type=image src=1 onerror=${RUN}>`,
  `<marquee onstart=${RUN}>`,
  `<scr<script>ipt>${RUN}</scr</script>ipt>`,
  `\u003cimg src=x onerror=${RUN}\u003e`,
  `<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;${RUN}>`,
];

/** Links with schemes that run code or load content; all must be dropped. */
const URL_VECTORS = [
  `javascript:${RUN}`,
  `JaVaScRiPt:${RUN}`,
  `  javascript:${RUN}`,
  `java\tscript:${RUN}`,
  `java\nscript:${RUN}`,
  `java\rscript:${RUN}`,
  `\u0000javascript:${RUN}`,
  `\u0001\u0002javascript:${RUN}`,
  `javascript\u0000:${RUN}`,
  `javascript&colon;${RUN}`,
  `jav&#x61;script:${RUN}`,
  `jav&#97;script:${RUN}`,
  `jav&#x09;ascript:${RUN}`,
  `&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;${RUN}`,
  `data:text/html,<script>${RUN}</script>`,
  'DATA:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==',
  ` data:image/svg+xml,<svg onload="${RUN}">`,
  'vbscript:msgbox(1)',
  'VBScript:msgbox(1)',
  'file:///etc/passwd',
  'blob:https://example.org/00000000-0000-0000-0000-000000000000',
  'filesystem:https://example.org/temporary/x',
];

/** Values for fields that might one day reach CSS (ids, categories); they must stay text. */
const CSS_VECTORS = [
  `red;background:url(javascript:${RUN})`,
  `red}</style><script>${RUN}</script>`,
  `x" style="background:url(javascript:${RUN})`,
  `x' onmouseover='${RUN}`,
  `expression(${RUN})`,
  '--_x: 99999px; --_y: -99999px',
  `url("javascript:${RUN}")`,
  '} :host { display: none } {',
];

/** Elements the templates render; anything else came from data. */
const RENDERED_ELEMENTS = new Set([
  'a',
  'bdi',
  'button',
  'div',
  'li',
  'ol',
  'p',
  'section',
  'span',
  'time',
  'ul',
]);

/**
 * A style attribute the templates write: private geometry properties, or a box's place and size,
 * with plain values.
 */
const GEOMETRY =
  /^(--_[a-z-]+|inset-inline-start|top|width|height):\s*(-?[\d.]+(e[+-]?\d+)?(px|%|deg|ms)?|var\(--(?:partner-timeline-|_category-)[a-z0-9-]+\)|#[0-9a-f]{3,8})$/i;

const dialogs: string[] = [];
const DIALOGS = ['alert', 'confirm', 'prompt'] as const;
const originals = DIALOGS.map(
  (name) => [name, Object.getOwnPropertyDescriptor(window, name)!] as const,
);

function allElements(root: ShadowRoot): Element[] {
  return [...root.querySelectorAll('*')];
}

/** Everything a hostile value could have done to the shadow DOM, checked after each render. */
function expectInert(timeline: TimelineHarness, vector: string): void {
  const context = `vector ${JSON.stringify(vector)}`;
  expect(pwned.__xss, `${context}: a payload ran`).to.equal(undefined);
  expect(dialogs, `${context}: a dialog opened`).to.be.empty;
  for (const element of allElements(timeline.root)) {
    expect(RENDERED_ELEMENTS.has(element.localName), `${context}: <${element.localName}>`).to.be
      .true;
    for (const attribute of element.attributes) {
      expect(attribute.name.startsWith('on'), `${context}: ${attribute.name}=`).to.be.false;
      if (attribute.name === 'href') {
        const {protocol} = new URL(attribute.value, document.baseURI);
        expect(['http:', 'https:'], `${context}: href ${attribute.value}`).to.include(protocol);
      }
      if (attribute.name === 'style') {
        for (const declaration of attribute.value.split(';').map((d) => d.trim())) {
          if (declaration) expect(declaration, `${context}: style`).to.match(GEOMETRY);
        }
      }
    }
  }
  expect(timeline.element.children, `${context}: light DOM`).to.have.length(0);
}

/** Draws each milestone through the channel, selects it, and checks what people would see. */
async function drawEach(
  element: PartnerTimeline,
  give: (milestones: unknown[]) => void,
  vectors: readonly string[],
  milestoneFor: (vector: string) => Record<string, unknown>,
): Promise<void> {
  const timeline = new TimelineHarness(element);
  for (const vector of vectors) {
    const written = milestoneFor(vector);
    give([written]);
    await element.updateComplete;
    const [item] = element.items;
    expect(item, `vector ${JSON.stringify(vector)} was not drawn`).to.exist;
    element.select(item.id);
    await settled(element);
    expectInert(timeline, vector);
    const [milestone] = timeline.milestones;
    expect(milestone.dataset['id']).to.equal(item.id);
    // As written, not decoded or cut: what people see is exactly the data.
    expect(milestone.querySelector('.title')!.textContent).to.equal(String(written['title']));
    const detail = timeline.part('detail')!;
    expect(detail.textContent).to.contain(item.title);
    if (item.description) expect(detail.textContent).to.contain(item.description);
    if (item.category) expect(detail.textContent).to.contain(item.category);
  }
}

const channels: ReadonlyArray<[string, (element: PartnerTimeline, value: unknown[]) => void]> = [
  [
    'the property',
    (element, value) => {
      element.milestones = value as PartnerTimeline['milestones'];
    },
  ],
  ['the attribute', (element, value) => element.setAttribute('milestones', JSON.stringify(value))],
];

describe('security: data is text, never markup, code or CSS', () => {
  let element: PartnerTimeline;

  beforeEach(async () => {
    delete pwned.__xss;
    dialogs.length = 0;
    window.alert = (message?: unknown) => void dialogs.push(`alert ${String(message)}`);
    window.confirm = (message?: string) => (dialogs.push(`confirm ${message}`), false);
    window.prompt = (message?: string) => (dialogs.push(`prompt ${message}`), null);
    element = await fixture<PartnerTimeline>(
      html`<partner-timeline style="width: 900px"></partner-timeline>`,
    );
  });

  afterEach(() => {
    for (const [name, descriptor] of originals) Object.defineProperty(window, name, descriptor);
  });

  for (const [channel, give] of channels) {
    it(`renders markup vectors in every text field as text, through ${channel}`, async () => {
      await drawEach(
        element,
        (value) => give(element, value),
        MARKUP_VECTORS,
        (vector) => ({
          id: vector,
          date: '2014-07',
          title: vector,
          description: vector,
          category: vector,
          url: vector,
        }),
      );
    });

    it(`drops dangerous links and keeps the milestone, through ${channel}`, async () => {
      await drawEach(
        element,
        (value) => give(element, value),
        URL_VECTORS,
        (vector) => ({
          date: '2014-07',
          title: `Link ${vector}`,
          url: vector,
        }),
      );
      const timeline = new TimelineHarness(element);
      expect(timeline.root.querySelector('a')).to.equal(null);
    });

    it(`keeps CSS-like ids and categories out of styles, through ${channel}`, async () => {
      await drawEach(
        element,
        (value) => give(element, value),
        CSS_VECTORS,
        (vector) => ({
          id: vector,
          date: '2014-07',
          title: 'Styled?',
          category: vector,
        }),
      );
      const label = new TimelineHarness(element).part('label')!;
      expect(getComputedStyle(label).backgroundImage).to.equal('none');
    });

    it(`shows hostile text of rejected items as text in the error part, through ${channel}`, async () => {
      give(
        element,
        MARKUP_VECTORS.map((vector) => ({date: vector, title: vector})),
      );
      await settled(element);
      const timeline = new TimelineHarness(element);
      expect(timeline.milestones).to.be.empty;
      expect(timeline.part('error')).to.exist;
      expectInert(timeline, 'dates');
    });
  }

  it('keeps a safe link as it was written', async () => {
    element.milestones = [{date: '2014', title: 'Safe', url: ' https://example.org/a?b=c#d '}];
    await element.updateComplete;
    element.select(element.items[0].id);
    await settled(element);
    const link = new TimelineHarness(element).root.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://example.org/a?b=c#d');
    expect(link.rel).to.equal('noopener noreferrer');
  });

  it('keeps hostile label and selected attributes as text', async () => {
    const vector = MARKUP_VECTORS[0];
    element.setAttribute('label', vector);
    element.setAttribute('selected', vector);
    element.milestones = [{id: vector, date: '2014', title: vector}];
    await settled(element);
    const timeline = new TimelineHarness(element);
    expectInert(timeline, vector);
    expect(timeline.listbox!.getAttribute('aria-label')).to.equal(vector);
    expect(timeline.part('detail')).to.exist;
  });
});
