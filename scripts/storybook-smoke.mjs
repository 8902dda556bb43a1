// `npm run test:storybook`: starts `storybook dev` as `npm run storybook` does, opens every story
// and docs page in headless Chromium and fails on whatever would break it for a reader: a module
// that does not load, an uncaught error, a failed request, a Lit warning (a second copy of Lit,
// say), an element that never upgraded, or a page wider than the viewport. `storybook build`
// bundles differently, so a passing build says nothing about the dev server.
import {spawn} from 'node:child_process';
import {createRequire} from 'node:module';
import {dirname, join} from 'node:path';
import {stripVTControlCharacters} from 'node:util';
import {chromium} from 'playwright';
import {chromiumArgs, requireBrowser} from './browsers.mjs';
import {freePort} from './free-port.mjs';

const VIEWPORT = {width: 1280, height: 800};
const START_TIMEOUT = 180_000;
const PAGE_TIMEOUT = 30_000;

/**
 * Requests a story makes on purpose, by story id. The browser asks every page for /favicon.ico,
 * which Storybook's preview does not have.
 */
const EXPECTED_FAILURES = {
  '*': [/\/favicon\.ico$/],
  'components-partner-timeline-input--src-not-found': [/\/static-data\/no-such-file\.json$/],
  // The docs page draws every story of its file, this one too.
  'components-partner-timeline-input--docs': [/\/static-data\/no-such-file\.json$/],
};
/** Lit says it once per page in development mode; every other Lit warning is a failure. */
const LIT_DEV_MODE = /^Lit is in dev mode/;

const executable = requireBrowser('chromium');
const require = createRequire(import.meta.url);
const storybookPackage = require.resolve('storybook/package.json');
const storybookBin = join(dirname(storybookPackage), require(storybookPackage).bin);
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const started = performance.now();

// Its own process group, so that stopping it also stops Vite's workers.
const storybook = spawn(
  process.execPath,
  [
    storybookBin,
    'dev',
    '--port',
    String(port),
    '--host',
    '127.0.0.1',
    '--exact-port',
    '--ci',
    '--no-version-updates',
    '--quiet',
  ],
  {detached: true, stdio: ['ignore', 'pipe', 'pipe']},
);
let serverLog = '';
storybook.stdout.on('data', (chunk) => (serverLog += chunk));
storybook.stderr.on('data', (chunk) => (serverLog += chunk));
const exited = new Promise((resolve) => storybook.once('exit', (code) => resolve(code)));

function stopStorybook() {
  if (storybook.exitCode === null) {
    try {
      process.kill(-storybook.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
}
process.once('SIGINT', () => {
  stopStorybook();
  process.exit(130);
});

async function storyIndex() {
  const deadline = performance.now() + START_TIMEOUT;
  while (performance.now() < deadline) {
    if (storybook.exitCode !== null) {
      throw new Error(`storybook dev exited with code ${storybook.exitCode}:\n${serverLog}`);
    }
    try {
      const response = await fetch(`${base}/index.json`);
      if (response.ok) return await response.json();
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`storybook dev did not answer within ${START_TIMEOUT / 1000} s:\n${serverLog}`);
}

/**
 * Runs in every page before Storybook: records the preview channel's events that end the showing
 * of an entry, from the moment the preview creates its channel (so the first entry's are kept).
 * A story has ended when `storyFinished` reports it: after the accessibility check, which runs
 * once it has drawn. Switching stories earlier makes Storybook reload the page.
 */
function recordOutcomes() {
  const outcomes = [];
  let channel;
  globalThis.__smokeOutcomes = outcomes;
  Object.defineProperty(globalThis, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(value) {
      channel = value;
      value.on('storyFinished', ({storyId, status, reporters}) =>
        outcomes.push({
          event: 'storyFinished',
          id: storyId,
          problem:
            status === 'error'
              ? reporters
                  .filter((report) => report.status === 'failed')
                  .map((report) =>
                    report.type === 'a11y'
                      ? `accessibility: ${report.result.violations.map((v) => v.id).join(', ')}`
                      : report.type,
                  )
                  .join('; ') || 'an error while it played'
              : '',
        }),
      );
      value.on('docsRendered', (id) => outcomes.push({event: 'docsRendered', id, problem: ''}));
      for (const [event, problem] of [
        ['storyErrored', 'Storybook could not show it'],
        ['storyThrewException', 'the story threw'],
        ['storyMissing', 'Storybook does not know it'],
      ]) {
        value.on(event, (payload) =>
          outcomes.push({
            event,
            problem: `${problem}: ${payload?.description ?? payload?.message ?? payload ?? ''}`,
          }),
        );
      }
    },
  });
}

/**
 * Shows one entry and returns what went wrong on it (empty when nothing did). The first entry of
 * a page loads the preview; the next ones are switched to through the preview's channel, as the
 * Storybook UI does, which takes a fraction of the time of a page load.
 */
async function check(page, entry, first) {
  const problems = [];
  const expected = [...EXPECTED_FAILURES['*'], ...(EXPECTED_FAILURES[entry.id] ?? [])];
  const isExpected = (url) => expected.some((pattern) => pattern.test(url));
  const onConsole = (message) => {
    const text = message.text();
    if (message.type() === 'error') {
      if (!isExpected(message.location().url)) problems.push(`console error: ${text}`);
    } else if (message.type() === 'warning' && /\blit\b/i.test(text) && !LIT_DEV_MODE.test(text)) {
      problems.push(`Lit warning: ${text}`);
    }
  };
  const onPageError = (error) => problems.push(`uncaught: ${error.message}`);
  const onRequestFailed = (request) => {
    // A timeline aborts its `src` request when it leaves the page, as when the next story shows.
    if (!isExpected(request.url()) && request.failure()?.errorText !== 'net::ERR_ABORTED') {
      problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
    }
  };
  const onResponse = (response) => {
    if (response.status() >= 400 && !isExpected(response.url())) {
      problems.push(`HTTP ${response.status()}: ${response.url()}`);
    }
  };
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  page.on('requestfailed', onRequestFailed);
  page.on('response', onResponse);
  try {
    const viewMode = entry.type === 'docs' ? 'docs' : 'story';
    if (first) {
      await page.goto(
        `${base}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${viewMode}`,
      );
    } else {
      await page.evaluate(
        ({storyId, viewMode}) => {
          globalThis.__smokeOutcomes.length = 0;
          globalThis.__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', {storyId, viewMode});
        },
        {storyId: entry.id, viewMode},
      );
    }
    const endEvent = entry.type === 'docs' ? 'docsRendered' : 'storyFinished';
    const outcome = await page
      .waitForFunction(
        ({id, endEvent}) =>
          globalThis.__smokeOutcomes.find(
            (outcome) => (outcome.event === endEvent && outcome.id === id) || !outcome.id,
          ),
        {id: entry.id, endEvent},
        {timeout: PAGE_TIMEOUT},
      )
      .then((handle) => handle.jsonValue());
    if (outcome.problem) problems.push(outcome.problem);
    const state = await page.evaluate(async (timeout) => {
      const timelines = [...document.querySelectorAll('partner-timeline')];
      await Promise.all(timelines.map((timeline) => timeline.updateComplete));
      // A timeline loading its `src` carries aria-busy: wait for the answer, so that its request
      // is counted for this entry and not the next.
      const deadline = performance.now() + timeout;
      while (
        performance.now() < deadline &&
        timelines.some((timeline) => timeline.shadowRoot?.querySelector('[aria-busy="true"]'))
      ) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await Promise.all(timelines.map((timeline) => timeline.updateComplete));
      const root = document.documentElement;
      return {
        error: document.body.classList.contains('sb-show-main')
          ? ''
          : document.querySelector('#error-message')?.textContent?.trim() || 'no story shown',
        timelines: timelines.length,
        upgraded: timelines.filter((timeline) => timeline.shadowRoot?.querySelector('[part]'))
          .length,
        overflow: root.scrollWidth - root.clientWidth,
      };
    }, PAGE_TIMEOUT);
    if (state.error) problems.push(`Storybook shows an error: ${state.error}`);
    if (entry.type === 'story' && state.timelines === 0) problems.push('no <partner-timeline>');
    if (state.upgraded < state.timelines) {
      problems.push(`${state.timelines - state.upgraded} <partner-timeline> never rendered`);
    }
    if (state.overflow > 0)
      problems.push(`the page is ${state.overflow} px wider than the viewport`);
  } catch (error) {
    problems.push(String(error.message).split('\n')[0]);
  } finally {
    page.off('console', onConsole);
    page.off('pageerror', onPageError);
    page.off('requestfailed', onRequestFailed);
    page.off('response', onResponse);
  }
  return problems;
}

let failures = 0;
let browser;
try {
  const index = await storyIndex();
  const entries = Object.values(index.entries);
  browser = await chromium.launch({executablePath: executable, args: chromiumArgs});
  const context = await browser.newContext({viewport: VIEWPORT});
  // One page per stories file, loaded afresh, so that each file's module is loaded by a page load;
  // and a new page after any failure, so that a broken page does not fail the entries after it.
  let page = null;
  let file = '';
  for (const entry of entries) {
    const first = page === null || entry.importPath !== file;
    if (first) {
      await page?.close();
      page = await context.newPage();
      await page.addInitScript(recordOutcomes);
      file = entry.importPath;
    }
    // A page that stops answering fails its entry instead of hanging the run.
    const problems = await Promise.race([
      check(page, entry, first),
      new Promise((resolve) =>
        setTimeout(
          () => resolve([`no answer within ${(2 * PAGE_TIMEOUT) / 1000} s`]),
          2 * PAGE_TIMEOUT,
        ),
      ),
    ]);
    if (problems.length > 0) {
      await page.close();
      page = null;
      failures += 1;
      console.error(`✗ ${entry.title} › ${entry.name} (${entry.id})`);
      for (const problem of problems) console.error(`    ${problem}`);
    }
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    failures === 0
      ? `storybook dev: ${entries.length} stories and docs pages load and draw (${seconds} s)`
      : `storybook dev: ${failures} of ${entries.length} stories and docs pages failed (${seconds} s)`,
  );
  if (failures > 0) console.error(`The server said:\n${stripVTControlCharacters(serverLog)}`);
} catch (error) {
  failures += 1;
  console.error(`storybook dev: ${error.message}`);
} finally {
  await browser?.close();
  stopStorybook();
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
}
process.exitCode = failures === 0 ? 0 : 1;
