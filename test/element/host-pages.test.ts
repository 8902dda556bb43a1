import {expect, waitUntil} from '@open-wc/testing';
import reference from '../../data/cqmu-pleven.json';
import type {PartnerTimeline} from '../../src/partner-timeline.js';
import {intersects, openFrame, TimelineHarness} from '../harness.js';

/**
 * Host pages people put the timeline in: each page's own CSS, as a stylesheet or a link. The
 * element must draw every title whole, inside its box, without overlap, in all of them.
 */
const PAGES: Record<string, {css?: string; link?: string}> = {
  'a default page': {},
  'letter-spacing: 0.2em': {css: ':root { letter-spacing: 0.2em }'},
  // WCAG 1.4.12, as the text-spacing bookmarklet applies it: on every element, important.
  'WCAG 1.4.12 text spacing': {
    css: `* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
      word-spacing: 0.16em !important } p { margin-bottom: 2em !important }`,
  },
  'text-align: center and text-indent': {css: 'body { text-align: center; text-indent: 3em }'},
  'text-transform: uppercase and word-spacing': {
    css: 'body { text-transform: uppercase; word-spacing: 0.5em }',
  },
  'font: 20px/2.5 serif': {css: 'body { font: 20px/2.5 serif }'},
  'bold italic text': {css: 'body { font-weight: 700; font-style: italic }'},
  // The root styles of the create-vite React template.
  'the create-vite React template': {
    css: `:root { font-family: system-ui, Avenir, Helvetica, Arial, sans-serif; line-height: 1.5;
      font-weight: 400; letter-spacing: 0.18px; color-scheme: light dark;
      color: rgba(255, 255, 255, 0.87); background-color: #242424; font-synthesis: none;
      text-rendering: optimizeLegibility; -webkit-font-smoothing: antialiased; }
      #root { max-width: 1280px; margin: 0 auto; padding: 2rem; text-align: center; }`,
  },
  'white-space: nowrap': {css: 'body { white-space: nowrap }'},
  "Tailwind's preflight": {link: '/node_modules/tailwindcss/preflight.css'},
  "Bootstrap's reboot": {link: '/node_modules/bootstrap/dist/css/bootstrap.min.css'},
};

/** A page with the host CSS and the reference timeline in a container `width` px wide. */
function pageSource(page: {css?: string; link?: string}, width: number): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <base href="${location.origin}/">
    ${page.link ? `<link rel="stylesheet" href="${page.link}">` : ''}
    <style>${page.css ?? ''}</style>
  </head>
  <body>
    <div id="root"><div style="width: ${width}px; max-width: 100%">
      <partner-timeline label="CQMU and Pleven"></partner-timeline>
    </div></div>
    <script type="module">
      import '/src/index.ts';
      const timeline = document.querySelector('partner-timeline');
      timeline.milestones = ${JSON.stringify(reference.milestones)};
    </script>
  </body>
</html>`;
}

/** The boxes of the text drawn in an element, line by line, viewport px. */
function textBoxes(element: Element): DOMRect[] {
  const range = document.createRange();
  range.selectNodeContents(element);
  return [...range.getClientRects()].filter((box) => box.width > 0);
}

async function hostPage(
  name: string,
  width: number,
): Promise<{frame: HTMLIFrameElement; timeline: TimelineHarness}> {
  const url = URL.createObjectURL(new Blob([pageSource(PAGES[name], width)], {type: 'text/html'}));
  const frame = await openFrame(url, {width: width + 120, height: 900});
  URL.revokeObjectURL(url);
  const element = frame.contentDocument!.querySelector<PartnerTimeline>('partner-timeline')!;
  await waitUntil(() => element.shadowRoot?.querySelectorAll('[part~="label"]').length === 4, '', {
    timeout: 8000,
  });
  await element.updateComplete;
  await new Promise((resolve) => frame.contentWindow!.requestAnimationFrame(resolve));
  await element.updateComplete;
  return {frame, timeline: new TimelineHarness(element)};
}

describe('host pages: every title whole, inside the element, without overlap', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  for (const name of Object.keys(PAGES)) {
    for (const width of [1280, 360]) {
      it(`in ${name} at ${width} px`, async () => {
        const page = await hostPage(name, width);
        frame = page.frame;
        const {timeline} = page;
        const host = timeline.element.getBoundingClientRect();
        const labels = timeline.parts('label');
        const boxes = labels.map((label) => label.getBoundingClientRect());
        labels.forEach((label, i) => {
          const box = boxes[i];
          expect(box.left, 'label inside the element').to.be.at.least(host.left - 0.5);
          expect(box.right, 'label inside the element').to.be.at.most(host.right + 0.5);
          for (const other of boxes.slice(i + 1)) expect(intersects(box, other)).to.be.false;
          // Nothing cut: every line of the date and the title lies inside the label's padding
          // box (text clamped or clipped away would lie outside it), and no part is hidden.
          const style = getComputedStyle(label);
          const inner = {
            left: box.left + label.clientLeft + parseFloat(style.paddingLeft),
            right: box.left + label.clientLeft + label.clientWidth - parseFloat(style.paddingRight),
            bottom:
              box.top + label.clientTop + label.clientHeight - parseFloat(style.paddingBottom),
          };
          for (const text of [label.querySelector('time')!, label.querySelector('.title')!]) {
            const lines = textBoxes(text);
            expect(lines.length).to.be.at.least(1);
            for (const line of lines) {
              expect(line.right, `"${text.textContent}" cut at the end`).to.be.at.most(
                inner.right + 1,
              );
              expect(line.bottom, `"${text.textContent}" cut below`).to.be.at.most(
                inner.bottom + 1,
              );
              // Lines start at the label's start: the page's alignment and indent do not reach.
              expect(line.left - inner.left, `"${text.textContent}" aligned`).to.be.closeTo(0, 1);
            }
          }
          expect(label.querySelector('.rest'), 'a title is cut').to.equal(null);
        });
        const titles = labels.map((label) => label.querySelector('.title')!.textContent);
        expect(titles).to.deep.equal(reference.milestones.map((milestone) => milestone.title));
      });
    }
  }
});
