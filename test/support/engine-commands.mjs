// The test-runner commands the tests use, made to behave alike in the three launchers of the
// engine runs. @web/test-runner-commands covers Playwright (Chromium) fully, but:
// - `setViewport` has no WebDriver branch (WebKit), so it sizes the window here;
// - `sendKeys({press: 'Shift+Tab'})` is Playwright's syntax: Puppeteer (Firefox) and WebDriver
//   (WebKit) know single keys only, and WebDriver has no `down`/`up`, so keys go through W3C key
//   actions here;
// - `emulateMedia` needs CDP or Playwright: Firefox over WebDriver BiDi and WebKit over WebDriver
//   classic have no command for media features. Asking for the defaults (what an afterEach hook
//   does) is a no-op, since nothing can have changed them; asking for anything else fails with
//   that reason.
//
// The runner tries its built-in command plugins before any configured one, so these are other
// commands (`engine-…`), and the browser module `@web/test-runner-commands` is served through a
// shim that sends `setViewport`, `sendKeys` and `emulateMedia` to them. Everything else (sendMouse,
// which all three launchers support) is the library's own.
const SHIM = '/__engine-commands__.js';

/** The viewport the Playwright and Puppeteer launchers give each test file's page. */
export const DEFAULT_VIEWPORT = {width: 800, height: 600};

/** Key names as the tests write them (Playwright's), as WebDriver key codes. */
const WEBDRIVER_KEYS = {
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Meta: '\uE03D',
  Tab: '\uE004',
  Enter: '\uE007',
  Escape: '\uE00C',
  Space: ' ',
  Backspace: '\uE003',
  Delete: '\uE017',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
};

const MEDIA_FEATURES = {
  colorScheme: 'prefers-color-scheme',
  reducedMotion: 'prefers-reduced-motion',
  forcedColors: 'forced-colors',
};

const MEDIA_DEFAULTS = {
  media: 'screen',
  colorScheme: 'light',
  reducedMotion: 'no-preference',
  forcedColors: 'none',
};

/** `Shift+Tab` → ['Shift', 'Tab']; a lone `+` stays a key. */
function chord(press) {
  return press.length > 1 ? press.split('+') : [press];
}

function webdriverKey(key) {
  return WEBDRIVER_KEYS[key] ?? key;
}

let narrowWindowReported = false;

/** Sizes a WebDriver window so that its viewport (not its outer frame) has `viewport`'s size. */
export async function setWindowViewport(driver, {width, height}) {
  let inner = [];
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const [innerWidth, innerHeight, outerWidth, outerHeight] = await driver.execute(
      'return [innerWidth, innerHeight, outerWidth, outerHeight]',
    );
    inner = [innerWidth, innerHeight];
    if (innerWidth === width && innerHeight === height) return;
    await driver.setWindowSize(width + outerWidth - innerWidth, height + outerHeight - innerHeight);
  }
  // MiniBrowser's window cannot be narrower than its toolbar. Say so once, and let the test run
  // in the wider page: most tests draw into a container of fixed width and do not mind.
  if (!narrowWindowReported) {
    narrowWindowReported = true;
    console.warn(
      `setViewport(${width} × ${height}): the browser window gives ${inner.join(' × ')} at best.`,
    );
  }
}

/**
 * WebKitWebDriver answers an actions command before the page has handled the events; two
 * animation frames later it has, as with the other launchers when their command returns.
 */
function settle(driver) {
  return driver.executeAsync((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
}

async function sendKeys(session, payload) {
  const {browser} = session;
  if (browser.type === 'playwright') {
    const {keyboard} = browser.getPage(session.id);
    if (payload.type !== undefined) await keyboard.type(payload.type);
    if (payload.press !== undefined) await keyboard.press(payload.press);
    if (payload.down !== undefined) await keyboard.down(payload.down);
    if (payload.up !== undefined) await keyboard.up(payload.up);
    return true;
  }
  if (browser.type === 'puppeteer') {
    const {keyboard} = browser.getPage(session.id);
    if (payload.type !== undefined) await keyboard.type(payload.type);
    if (payload.press !== undefined) {
      const keys = chord(payload.press);
      for (const key of keys.slice(0, -1)) await keyboard.down(key);
      await keyboard.press(keys.at(-1));
      for (const key of keys.slice(0, -1).reverse()) await keyboard.up(key);
    }
    if (payload.down !== undefined) await keyboard.down(payload.down);
    if (payload.up !== undefined) await keyboard.up(payload.up);
    return true;
  }
  if (browser.type === 'webdriver') {
    const actions = [];
    if (payload.type !== undefined) {
      for (const character of payload.type) {
        actions.push({type: 'keyDown', value: character}, {type: 'keyUp', value: character});
      }
    }
    if (payload.press !== undefined) {
      const keys = chord(payload.press).map(webdriverKey);
      actions.push(...keys.map((value) => ({type: 'keyDown', value})));
      actions.push(...keys.reverse().map((value) => ({type: 'keyUp', value})));
    }
    if (payload.down !== undefined)
      actions.push({type: 'keyDown', value: webdriverKey(payload.down)});
    if (payload.up !== undefined) actions.push({type: 'keyUp', value: webdriverKey(payload.up)});
    await browser.driver.performActions([{type: 'key', id: 'keyboard', actions}]);
    await settle(browser.driver);
    return true;
  }
  throw new Error(`sendKeys is not supported for browser type ${browser.type}.`);
}

async function setViewport(session, viewport) {
  const {browser} = session;
  if (browser.type === 'playwright') {
    await browser.getPage(session.id).setViewportSize(viewport);
  } else if (browser.type === 'puppeteer') {
    await browser.getPage(session.id).setViewport(viewport);
  } else if (browser.type === 'webdriver') {
    await setWindowViewport(browser.driver, viewport);
  } else {
    throw new Error(`setViewport is not supported for browser type ${browser.type}.`);
  }
  return true;
}

async function emulateMedia(session, media) {
  const {browser} = session;
  if (browser.type === 'playwright') {
    await browser.getPage(session.id).emulateMedia(media);
    return true;
  }
  const changes = Object.entries(media).filter(([name, value]) => MEDIA_DEFAULTS[name] !== value);
  if (changes.length === 0) return true;
  if (browser.type === 'puppeteer') {
    const page = browser.getPage(session.id);
    try {
      if (media.media !== undefined) await page.emulateMediaType(media.media);
      const features = Object.entries(media)
        .filter(([name]) => name !== 'media')
        .map(([name, value]) => ({name: MEDIA_FEATURES[name], value}));
      await page.emulateMediaFeatures(features);
      return true;
    } catch (error) {
      throw new Error(
        `emulateMedia(${JSON.stringify(media)}) cannot run in ${browser.name}: ${error.message}`,
        {cause: error},
      );
    }
  }
  throw new Error(
    `emulateMedia(${JSON.stringify(media)}) cannot run in ${browser.name}: WebDriver has no command for media features.`,
  );
}

/** The dev-server plugin of the Firefox and WebKit runs. */
export function engineCommandsPlugin() {
  return {
    name: 'engine-commands',
    resolveImport({source, context}) {
      if (source === '@web/test-runner-commands' && context.path !== SHIM) return SHIM;
      return undefined;
    },
    serve(context) {
      if (context.path !== SHIM) return undefined;
      return {
        type: 'js',
        body: `import {executeServerCommand} from '@web/test-runner-commands';
export * from '@web/test-runner-commands';
export const sendKeys = (payload) => executeServerCommand('engine-send-keys', payload);
export const setViewport = (viewport) => executeServerCommand('engine-set-viewport', viewport);
export const emulateMedia = (media) => executeServerCommand('engine-emulate-media', media);
`,
      };
    },
    executeCommand({command, payload, session}) {
      switch (command) {
        case 'engine-send-keys':
          return sendKeys(session, payload);
        case 'engine-set-viewport':
          return setViewport(session, payload);
        case 'engine-emulate-media':
          return emulateMedia(session, payload);
        default:
          return undefined;
      }
    },
  };
}
