// Runs in Node, not in the browser: the SSR plugin bundles it with esbuild and imports it.
import {render} from '@lit-labs/ssr';
import {collectResult} from '@lit-labs/ssr/lib/render-result.js';
import {html} from 'lit';
import reference from '../../data/cqmu-pleven.json';
import '../../src/index.js';

/** A page holding the reference timeline as Lit renders it on a server: declarative shadow DOM. */
export async function renderReferencePage(): Promise<string> {
  // The data goes in the attribute, so the browser's upgrade reads the same input it was drawn from.
  const timeline = await collectResult(
    render(
      html`<partner-timeline
        label="CQMU and Pleven"
        server-width="1024"
        milestones=${JSON.stringify(reference.milestones)}
      ></partner-timeline>`,
    ),
  );
  return `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>Server-rendered partner-timeline</title></head>
  <body><div style="width: 1024px">${timeline}</div></body>
</html>`;
}
