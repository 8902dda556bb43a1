import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {defineConfig} from 'vite';
import {minifyCssLiterals} from './scripts/minify-css-literals.ts';

// The standalone bundle: one minified ES module with Lit and the D3 modules inside, for
// `<script type="module" src="…/partner-timeline.bundle.js">` in a page that has no bundler.
// It is written beside the npm build, so `emptyOutDir` must stay off.
export default defineConfig({
  plugins: [minifyCssLiterals()],
  resolve: {
    // Parts of d3-scale's dependency graph the timeline never runs, replaced by small stand-ins
    // in src/standalone (each file says what it keeps): about 8 kB gzip of colour interpolation
    // and d3's time formatting locale.
    alias: {
      'd3-interpolate': fileURLToPath(new URL('src/standalone/d3-interpolate.ts', import.meta.url)),
      'd3-time-format': fileURLToPath(new URL('src/standalone/d3-time-format.ts', import.meta.url)),
    },
  },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: true,
    lib: {
      entry: 'src/index.ts',
      formats: ['es'],
      fileName: () => 'partner-timeline.bundle.js',
    },
    rolldownOptions: {
      // Vite minifies an ES library without removing whitespace, to keep it tree-shakeable by
      // the app's bundler; nothing shakes this file again, so it gets the full minifier.
      output: {minify: true, postBanner: licenses},
      treeshake: {
        // d3-time builds its `utcTicks`/`timeTicks` at the top level with `ticker(…)`, which
        // keeps local-time intervals and d3-array in the bundle (about 2 KB minified) although
        // we use neither: the call has no side effects, so unused results may go.
        manualPureFunctions: ['ticker'],
      },
    },
  },
});

/**
 * A one-line notice naming each package inside the bundle and its licence: the minifier drops
 * their own `@license` comments, and BSD and ISC ask for the notice to travel with the code.
 */
function licenses(chunk: {readonly moduleIds: readonly string[]}): string {
  const names = new Set<string>();
  for (const id of chunk.moduleIds) {
    const name = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(id)?.[1];
    if (name) names.add(name);
  }
  const bundled = [...names].sort().map((name) => {
    const manifest = readFileSync(`node_modules/${name}/package.json`, 'utf8');
    return `${name} (${(JSON.parse(manifest) as {license?: string}).license ?? 'see its package'})`;
  });
  return `/*! partner-timeline (MIT), bundling ${bundled.join(', ')} */`;
}
