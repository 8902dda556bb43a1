import {defineConfig} from 'vite';
import {minifyCssLiterals} from './scripts/minify-css-literals.ts';

// `npm start` serves index.html (the demo); `npm run build` emits the npm package's ES modules,
// one file per source module, with Lit and D3 left to the app's bundler. The styles' static text
// is minified in both: an app's bundler leaves template text as it finds it.
export default defineConfig({
  plugins: [minifyCssLiterals()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    minify: false,
    lib: {
      entry: {
        index: 'src/index.ts',
        'partner-timeline': 'src/partner-timeline.ts',
        react: 'src/react.ts',
        'model/index': 'src/model/index.ts',
        'layout/index': 'src/layout/index.ts',
      },
      formats: ['es'],
    },
    rolldownOptions: {
      external: [/^lit(\/|$)/, /^@lit(-labs)?\//, /^d3-/, /^react(-dom)?(\/|$)/],
      output: {
        preserveModules: true,
        preserveModulesRoot: 'src',
        entryFileNames: '[name].js',
      },
    },
  },
});
