// Serves /test-ssr/reference.html, rendered in Node by @lit-labs/ssr: esbuild bundles
// test/ssr/server-render.ts (and the element's TypeScript) into one module, with packages left
// to Node's resolution so that Lit loads its server build.
import {build} from 'esbuild';
import {resolve} from 'node:path';
import {pathToFileURL} from 'node:url';

const outfile = resolve('node_modules/.cache/partner-timeline-ssr/server-render.mjs');
let renderer;

function loadRenderer() {
  renderer ??= build({
    entryPoints: ['test/ssr/server-render.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    tsconfig: 'tsconfig.json',
    outfile,
    logLevel: 'error',
  }).then(() => import(`${pathToFileURL(outfile).href}?${Date.now()}`));
  return renderer;
}

export function ssrPlugin() {
  return {
    name: 'partner-timeline-ssr',
    async serve(context) {
      if (context.path !== '/test-ssr/reference.html') return;
      const {renderReferencePage} = await loadRenderer();
      return {body: await renderReferencePage(), type: 'html'};
    },
  };
}
