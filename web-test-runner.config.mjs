// Tests run in a real Chromium: the one scripts/browsers.mjs finds, or the one CHROME_PATH names.
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {playwrightLauncher} from '@web/test-runner-playwright';
import {chromiumArgs, requireBrowser} from './scripts/browsers.mjs';
import {reactEsmPlugin} from './test/support/react-esm-plugin.mjs';
import {ssrPlugin} from './test/support/ssr-plugin.mjs';
import {standaloneBundle} from './test/support/standalone-bundle.mjs';
import {testApi} from './test/support/test-api.mjs';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: {exportConditions: ['production']},
  // JSON responses and the strict-CSP page for test/input, examples/plain.html with the standalone
  // bundle built in memory for test/bundle (see the files for the routes).
  middleware: [testApi, standaloneBundle],
  plugins: [
    reactEsmPlugin(),
    ssrPlugin(),
    esbuildPlugin({ts: true, json: true, tsconfig: './tsconfig.json', target: 'es2022'}),
  ],
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
  concurrency: 1,
  testFramework: {config: {timeout: 10000}},
};
