// `npm run test:webkit` (scripts/test-webkit.mjs, which starts Xvfb and WebKitWebDriver and passes
// their display and port): the tests in WebKitGTK's MiniBrowser, through WebDriver classic.
import {WebdriverLauncher} from '@web/test-runner-webdriver';
import {
  DEFAULT_VIEWPORT,
  engineCommandsPlugin,
  setWindowViewport,
} from './test/support/engine-commands.mjs';
import {baseConfig} from './test/support/runner-config.mjs';

const port = Number(process.env.WEBKIT_WEBDRIVER_PORT);
if (!port || !process.env.WEBKIT_PATH) {
  console.error('The WebKit run needs its driver started first: run `npm run test:webkit`.');
  process.exit(1);
}

/**
 * One MiniBrowser window serves every test file in turn; each starts with the 800 × 600 viewport
 * the other launchers give every test file, whatever the file before it set.
 */
class MiniBrowserLauncher extends WebdriverLauncher {
  async startSession(id, url) {
    await this.ensureManagerInitialized();
    await setWindowViewport(this.driver, DEFAULT_VIEWPORT);
    return super.startSession(id, url);
  }
}

export default {
  ...baseConfig,
  plugins: [engineCommandsPlugin(), ...baseConfig.plugins],
  browsers: [
    new MiniBrowserLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port,
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': {binary: process.env.WEBKIT_PATH, args: ['--automation']},
        // Without it webdriverio asks for a BiDi session, which WebKitWebDriver refuses.
        'wdio:enforceWebDriverClassic': true,
      },
    }),
  ],
};
