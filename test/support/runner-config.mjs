// What every engine's test run shares: the files, the dev server's plugins and routes, the
// reporter. web-test-runner.config.mjs (Chromium, `npm test`), web-test-runner.firefox.config.mjs
// and web-test-runner.webkit.config.mjs add their browser.
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {reactEsmPlugin} from './react-esm-plugin.mjs';
import {reporterWithout404s} from './reporter.mjs';
import {ssrPlugin} from './ssr-plugin.mjs';
import {standaloneBundle} from './standalone-bundle.mjs';
import {EXPECTED_404S, testApi} from './test-api.mjs';

export const baseConfig = {
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
  reporters: [reporterWithout404s(EXPECTED_404S)],
  concurrency: 1,
  testFramework: {config: {timeout: 10000}},
};
