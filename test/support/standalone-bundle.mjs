// Routes for test/bundle, as web-test-runner middleware (koa): examples/plain.html as a static
// server would give it to a browser, with the standalone bundle beside it. The bundle is built
// from the sources in memory with vite.bundle.config.ts on the first request (about a second),
// so the test needs no `npm run build` and never sees a stale dist/.
//
// Everything lives under /test-bundle/, laid out like the repository, so the page's own relative
// URLs (../dist/partner-timeline.bundle.js, ../data/cqmu-pleven.json) resolve unchanged. Being
// middleware, the responses skip the dev server's plugins: no module rewriting, no JSON-to-JS,
// the bytes a plain static server would send.
import {readFile} from 'node:fs/promises';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Added to the page before its own scripts: records what a reader would see only in the console
 * (uncaught errors, failed loads, console.error and console.warn, the element's error events)
 * in `window.pageReport`, for the test to read.
 */
const PROBE = `<script>
  window.pageReport = {problems: [], loaded: 0};
  const note = (kind, detail) => window.pageReport.problems.push(kind + ': ' + detail);
  addEventListener('error', (event) => note('error', event.message || event.target.src || event.target.href), true);
  addEventListener('unhandledrejection', (event) => note('unhandled rejection', event.reason));
  for (const level of ['error', 'warn']) {
    const original = console[level];
    console[level] = (...args) => { note('console.' + level, args.join(' ')); original.apply(console, args); };
  }
  document.addEventListener('partner-timeline-error', (event) => note('partner-timeline-error', event.detail.message));
  document.addEventListener('partner-timeline-load', () => window.pageReport.loaded++);
</script>`;

/** File name → [content type, body] of the in-memory build, built once. */
let bundle;

function buildBundle() {
  // Vite is loaded only when a test asks for the bundle, not for every run of the runner.
  bundle ??= import('vite')
    .then(({build}) =>
      build({
        root,
        configFile: `${root}vite.bundle.config.ts`,
        logLevel: 'warn',
        build: {write: false},
      }),
    )
    .then((result) => {
      const files = new Map();
      for (const output of [result].flat().flatMap((entry) => entry.output)) {
        const isCode = output.type === 'chunk';
        files.set(output.fileName, [
          isCode ? 'text/javascript' : 'application/json',
          isCode ? output.code : output.source,
        ]);
      }
      return files;
    });
  return bundle;
}

/** @type {import('@web/dev-server-core').Middleware} */
export async function standaloneBundle(ctx, next) {
  if (!ctx.path.startsWith('/test-bundle/')) return next();
  const path = ctx.path.slice('/test-bundle/'.length);
  if (path === 'examples/plain.html') {
    const page = await readFile(`${root}examples/plain.html`, 'utf8');
    ctx.type = 'text/html';
    ctx.body = page.replace('<script', `${PROBE}\n    <script`);
    return;
  }
  if (path === 'data/cqmu-pleven.json') {
    ctx.type = 'application/json';
    ctx.body = await readFile(`${root}data/cqmu-pleven.json`, 'utf8');
    return;
  }
  if (path.startsWith('dist/')) {
    let files;
    try {
      files = await buildBundle();
    } catch (error) {
      // Shown by the test that asked: a build error is the reason the page cannot draw.
      ctx.status = 500;
      ctx.body = `vite.bundle.config.ts failed: ${error instanceof Error ? error.message : error}`;
      return;
    }
    const file = files.get(path.slice('dist/'.length));
    if (file) {
      [ctx.type, ctx.body] = file;
      return;
    }
  }
  return next();
}
