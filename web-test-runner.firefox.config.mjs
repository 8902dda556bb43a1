// `npm run test:firefox`: the tests in Firefox (Debian's firefox-esr, or FIREFOX_PATH), driven by
// Puppeteer over WebDriver BiDi: Playwright can drive only its own patched Firefox build.
import {puppeteerLauncher} from '@web/test-runner-puppeteer';
import {requireBrowser} from './scripts/browsers.mjs';
import {engineCommandsPlugin} from './test/support/engine-commands.mjs';
import {baseConfig} from './test/support/runner-config.mjs';

export default {
  ...baseConfig,
  plugins: [engineCommandsPlugin(), ...baseConfig.plugins],
  browsers: [
    puppeteerLauncher({
      launchOptions: {
        browser: 'firefox',
        executablePath: requireBrowser('firefox'),
        headless: true,
      },
    }),
  ],
};
