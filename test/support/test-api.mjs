// Test routes for the tests in test/input, as web-test-runner middleware (koa). The dev server turns
// `.json` files into JS modules, so JSON responses for `src` come from here, with the headers,
// statuses and timings each test needs; and the strict-CSP page is served with its header.
import {readFileSync} from 'node:fs';
import {Readable} from 'node:stream';

const reference = readFileSync(new URL('../../data/cqmu-pleven.json', import.meta.url), 'utf8');
const cspPage = readFileSync(new URL('../input/csp/page.html', import.meta.url), 'utf8');

/** The policy of the issue: no inline script or style, Trusted Types required. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

/** Just over the element's 5 MB cap, as valid JSON. */
const OVERSIZED = JSON.stringify([{date: '2020', title: 'x'.repeat(5.5 * 1024 * 1024)}]);
/** Slow responses never take longer than this, whatever a test asks for. */
const MAX_DELAY = 20_000;

/** Paths that answer 404 on purpose (test/support/reporter.mjs keeps them out of the report). */
export const EXPECTED_404S = ['/test-api/not-found.json'];

/** Fixed responses: [status, content type, body]. */
const fixed = {
  '/test-api/milestones.json': [200, 'application/json', reference],
  '/test-api/ld.json': [200, 'application/ld+json; charset=utf-8', reference],
  '/test-api/partly-valid.json': [
    200,
    'application/json',
    JSON.stringify([
      {date: '1974', title: 'Pleven Medical University founded'},
      {date: '2024-02-30', title: 'Not a calendar date'},
      {date: '2017-11', title: 'Student exchange agreement signed'},
    ]),
  ],
  '/test-api/empty.json': [200, 'application/json', '[]'],
  '/test-api/object.json': [200, 'application/json', '{"items": []}'],
  '/test-api/malformed.json': [200, 'application/json', '[{"date": "1974", "title": '],
  '/test-api/html-page': [200, 'text/html; charset=utf-8', '<!doctype html><h1>Sign in</h1>'],
  '/test-api/plain.json': [200, 'text/plain', reference],
  '/test-api/no-type': [200, '', reference],
  '/test-api/not-found.json': [404, 'text/html', '<!doctype html><h1>Not Found</h1>'],
  '/test-api/server-error.json': [500, 'application/json', '{"error": "database down"}'],
  '/test-api/oversized.json': [200, 'application/json', OVERSIZED],
};

/** Requests to /test-api/slow by their `id`: `open`, `aborted` or `finished`. */
const slowRequests = new Map();

async function slow(ctx) {
  const id = ctx.query.id ?? 'anonymous';
  const delay = Math.min(Number(ctx.query.delay) || 0, MAX_DELAY);
  slowRequests.set(id, 'open');
  const aborted = await new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), delay);
    // 'close' before the response is written means the client went away.
    ctx.res.once('close', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
  slowRequests.set(id, aborted ? 'aborted' : 'finished');
  if (aborted) {
    // Nobody is listening: send nothing (and do not count as a 404 in the runner's report).
    ctx.status = 204;
    ctx.respond = false;
    return;
  }
  const title = ctx.query.title ?? `Loaded from ${id}`;
  ctx.type = 'application/json';
  ctx.body = JSON.stringify([{date: '2014-07', title}]);
}

/** @type {import('@web/dev-server-core').Middleware} */
export async function testApi(ctx, next) {
  const response = fixed[ctx.path];
  if (response) {
    const [status, type, body] = response;
    ctx.status = status;
    ctx.body = body;
    // koa guesses a type for string bodies; set (or remove) it last so the test decides.
    if (type) ctx.type = type;
    else ctx.remove('Content-Type');
    return;
  }
  switch (ctx.path) {
    case '/test-api/oversized-stream.json':
      // A stream has no Content-Length: only counting the bytes read can stop it.
      ctx.type = 'application/json';
      ctx.body = Readable.from(
        (function* () {
          for (let i = 0; i < 12; i++) yield Buffer.alloc(512 * 1024, 0x20);
          yield '[]';
        })(),
      );
      return;
    case '/test-api/slow':
      return slow(ctx);
    case '/test-api/request-state':
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({state: slowRequests.get(ctx.query.id) ?? 'none'});
      return;
    case '/test-api/open-requests':
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({
        open: [...slowRequests].filter(
          ([id, state]) => state === 'open' && id.startsWith(ctx.query.prefix ?? ''),
        ).length,
      });
      return;
    case '/test-csp/page.html':
      ctx.type = 'text/html';
      ctx.set('Content-Security-Policy', STRICT_CSP);
      ctx.body = cspPage;
      return;
    default:
      return next();
  }
}
