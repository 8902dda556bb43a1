import {fileURLToPath} from 'node:url';
import {defineConfig} from 'vite';

const page = (name: string) => fileURLToPath(new URL(`./${name}.html`, import.meta.url));

/** Where the built pages go: out of the way of git, lint and the npm package. */
export const BENCH_OUT_DIR = fileURLToPath(
  new URL('../node_modules/.cache/partner-timeline-bench', import.meta.url),
);

// The benchmark pages, built like an app in production mode (Lit without its dev checks) for
// bench/run.mjs to serve, and the soak's page for bench/soak.mjs. The manifest lets the
// benchmark weigh each page's JS.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  logLevel: 'warn',
  build: {
    target: 'es2022',
    outDir: BENCH_OUT_DIR,
    emptyOutDir: true,
    manifest: true,
    // vis-timeline's standalone build is larger than Vite's default warning threshold.
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      input: {
        ours: page('ours'),
        'vis-timeline': page('vis-timeline'),
        'd3-milestones': page('d3-milestones'),
        parse: page('parse'),
        soak: page('soak'),
      },
    },
  },
});
