import {defineConfig} from 'vite';

// `npm start` serves index.html (the demo); `npm run build` emits the npm package's ES modules,
// one file per source module, with Lit and D3 left to the app's bundler.
export default defineConfig({
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
