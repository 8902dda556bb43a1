// `npm test`: the tests in a real Chromium, the one scripts/browsers.mjs finds or CHROME_PATH names.
import {playwrightLauncher} from '@web/test-runner-playwright';
import {chromiumArgs, requireBrowser} from './scripts/browsers.mjs';
import {baseConfig} from './test/support/runner-config.mjs';

export default {
  ...baseConfig,
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath: requireBrowser('chromium'),
        headless: true,
        args: chromiumArgs,
      },
    }),
  ],
};
