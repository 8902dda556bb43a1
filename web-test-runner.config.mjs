// Tests run in a real Chromium (Debian's package, or any Chrome named by CHROME_PATH).
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromiumCommands} from './test/support/chromium-commands.mjs';
import {playwrightLauncher} from '@web/test-runner-playwright';
import {chromiumArgs, chromiumExecutable} from './scripts/chromium.mjs';
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
    chromiumCommands(),
    reactEsmPlugin(),
    ssrPlugin(),
    esbuildPlugin({ts: true, json: true, tsconfig: './tsconfig.json', target: 'es2022'}),
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath: chromiumExecutable,
        headless: true,
        args: chromiumArgs,
      },
    }),
  ],
  concurrency: 1,
  testFramework: {config: {timeout: 10000}},
};
