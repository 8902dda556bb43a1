import type {StorybookConfig} from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: {name: '@storybook/web-components-vite', options: {}},
  // The reference data as a file, for the stories that fetch it through `src`. Not at /data: that
  // URL would shadow the module Vite makes of `import … from '../data/cqmu-pleven.json'`.
  staticDirs: [{from: '../data', to: '/static-data'}],
  core: {disableTelemetry: true},
  viteFinal(viteConfig, {configType}) {
    // Storybook's renderer imports `lit/directive-helpers.js`; unless Vite pre-bundles it with the
    // rest of Lit, the page loads a second lit-html ("Multiple versions of Lit loaded").
    viteConfig.optimizeDeps = {
      ...viteConfig.optimizeDeps,
      include: [...(viteConfig.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'],
    };
    if (configType === 'PRODUCTION') {
      // The chunks over Vite's 500 kB warning are Storybook's own (its docs renderer, axe, the
      // preview runtime), in a site nobody installs; the package's size has its own budget
      // (`npm run size`). Warnings only: the list of every chunk is noise under `--quiet`.
      viteConfig.build = {...viteConfig.build, chunkSizeWarningLimit: 2048};
      viteConfig.logLevel = 'warn';
    }
    return viteConfig;
  },
};

export default config;
