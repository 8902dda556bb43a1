import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import {configs as litConfigs} from 'eslint-plugin-lit';
import {configs as wcConfigs} from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  // .tmp/ holds local scratch files (git-ignored).
  {ignores: ['dist/', 'storybook-static/', 'node_modules/', '.tmp/']},
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  litConfigs['flat/recommended'],
  wcConfigs['flat/recommended'],
  {
    languageOptions: {
      globals: {...globals.browser},
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_'}],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    // Keep disableTypeChecked's parserOptions (no project service): a plain `languageOptions`
    // would replace them, and every .mjs file would count against the default-project limit.
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: {...globals.node, ...globals.browser},
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // chai's `expect(x).to.be.true` is an expression statement by design.
      '@typescript-eslint/no-unused-expressions': 'off',
      // @open-wc/semantic-dom-diff overloads chai's `equal` to return a Promise (for DOM diffs),
      // so every synchronous value assertion would read as a floating promise.
      '@typescript-eslint/no-floating-promises': 'off',
    },
  },
);
