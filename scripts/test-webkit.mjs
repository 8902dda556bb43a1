// `npm run test:webkit [-- web-test-runner arguments]`: the tests in WebKitGTK's MiniBrowser,
// through WebKitWebDriver. MiniBrowser needs a display, so this starts Xvfb on a free display
// (or uses $DISPLAY when there is no Xvfb) and the driver on a free port, runs web-test-runner
// with web-test-runner.webkit.config.mjs, and stops both, whatever the outcome.
import {spawn} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import {findWebKitTools} from './browsers.mjs';
import {freePort} from './free-port.mjs';

const tools = findWebKitTools();
if (tools.problem) {
  console.error(tools.problem);
  process.exit(1);
}

/** Processes this script started, stopped in reverse order at the end. */
const started = [];
/** Set once the run is over, when the helpers' exits are expected. */
let stopping = false;

/** Stops the helpers and waits for them (so none is left behind), killing any that lingers. */
async function stopAll() {
  stopping = true;
  await Promise.all(
    started.reverse().map(async (child) => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }),
  );
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    await stopAll();
    process.exit(130);
  });
}

async function fail(message) {
  console.error(message);
  await stopAll();
  process.exit(1);
}

/**
 * Starts Xvfb and answers its display; `-displayfd` lets Xvfb pick a free one and say which.
 * With no window manager, X gives the keyboard focus to the window under the pointer, which
 * rests at the middle of the screen: a screen of 800 × 600 puts it inside MiniBrowser's window
 * (at 0, 0, never narrower than its toolbar), so the page has the focus, `:focus` matches and
 * `document.hasFocus()` is true, as in a browser someone is using. Windows may be larger than
 * the screen.
 */
function startXvfb() {
  return new Promise((resolve) => {
    const xvfb = spawn(
      tools.xvfb,
      ['-displayfd', '3', '-screen', '0', '800x600x24', '-nolisten', 'tcp'],
      {
        stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
      },
    );
    started.push(xvfb);
    let errors = '';
    xvfb.stderr.on('data', (chunk) => (errors += chunk));
    xvfb.stdio[3].once('data', (chunk) => resolve(`:${String(chunk).trim()}`));
    xvfb.once('exit', (code) => {
      if (!stopping) fail(`Xvfb exited (${code}): ${errors.trim()}`);
    });
  });
}

async function startDriver(display, port) {
  const driver = spawn(tools.driver, [`--port=${port}`, '--host=127.0.0.1'], {
    // Chromium and Firefox report en-US as the page's language whatever LANG says; WebKitGTK
    // reports LANG's, which is "C" under the C.UTF-8 locale of many CI images. The tests read
    // English, so MiniBrowser gets en-US too; WEBKIT_LANG=C.UTF-8 tries the other.
    env: {...process.env, DISPLAY: display, LANG: process.env.WEBKIT_LANG || 'en_US.UTF-8'},
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  started.push(driver);
  let errors = '';
  driver.stderr.on('data', (chunk) => (errors += chunk));
  driver.once('exit', (code) => {
    if (!stopping) fail(`WebKitWebDriver exited (${code}): ${errors.trim()}`);
  });
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  fail(`WebKitWebDriver did not answer on port ${port} within 15 s: ${errors.trim()}`);
}

process.once('uncaughtException', (error) => fail(`test:webkit: ${error.stack}`));
process.once('unhandledRejection', (error) => fail(`test:webkit: ${error?.stack ?? error}`));
const display = tools.xvfb ? await startXvfb() : process.env.DISPLAY;
const port = await freePort();
await startDriver(display, port);

const runnerBin = fileURLToPath(new URL('../node_modules/.bin/web-test-runner', import.meta.url));
const runner = spawn(
  process.execPath,
  [
    runnerBin,
    // A `--config` of the caller's (one that extends this one, say) replaces it.
    ...(process.argv.includes('--config') ? [] : ['--config', 'web-test-runner.webkit.config.mjs']),
    ...process.argv.slice(2),
  ],
  {
    stdio: 'inherit',
    env: {
      ...process.env,
      DISPLAY: display,
      WEBKIT_WEBDRIVER_PORT: String(port),
      WEBKIT_PATH: tools.executable,
    },
  },
);
const code = await new Promise((resolve) => runner.once('exit', (exitCode) => resolve(exitCode)));
await stopAll();
process.exit(code ?? 1);
