import {fileURLToPath} from 'node:url';
import {defineConfig} from 'vite';

// `npm run size` weighs what an app gets for `import 'partner-timeline'`: this builds
// bench/consumer/entry.js as a Vite app would, against the npm build in dist/, into .size/.
export default defineConfig({
  logLevel: 'warn',
  resolve: {
    alias: {'partner-timeline': fileURLToPath(new URL('dist/index.js', import.meta.url))},
  },
  build: {
    target: 'es2022',
    outDir: '.size',
    emptyOutDir: true,
    rolldownOptions: {
      input: 'bench/consumer/entry.js',
      output: {entryFileNames: 'consumer.js'},
    },
  },
});
