// `npm test`: the tests in a real Chromium, the one scripts/browsers.mjs finds or CHROME_PATH names.
import {playwrightLauncher} from '@web/test-runner-playwright';
import {chromiumArgs, requireBrowser} from './scripts/browsers.mjs';
import {chromiumCommands} from './test/support/chromium-commands.mjs';
import {baseConfig} from './test/support/runner-config.mjs';

export default {
  ...baseConfig,
  // Wheel, touch and the accessibility tree through the DevTools protocol: Chromium only.
  plugins: [chromiumCommands(), ...baseConfig.plugins],
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
