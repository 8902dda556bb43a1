import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import {configs as litConfigs} from 'eslint-plugin-lit';
import {configs as wcConfigs} from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  // .tmp/ holds local scratch files (git-ignored).
  {ignores: ['dist/', 'storybook-static/', 'node_modules/', '.tmp/', '.size/']},
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
  // Layers (see DESIGN.md): model <- layout <- element, each pure layer free of the DOM and Lit,
  // and each reached only through its index; src/shared holds leaf utilities for all of them.
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../*', 'lit', 'lit/*', '@lit/*', '@lit-labs/*'],
              message: 'src/shared imports no layer and no Lit.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/model/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../layout/*', '../element/*', '../styles/*', '../*.js', '!../shared/*'],
              message: 'The model imports no other layer.',
            },
            {
              group: ['lit', 'lit/*', '@lit/*', '@lit-labs/*', 'd3-time', 'd3-scale'],
              message: 'The model is pure: no Lit, no scales.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/layout/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../element/*', '../styles/*', '../*.js'],
              message: 'The layout imports nothing from the element.',
            },
            {
              group: ['../model/*', '!../model/index.js'],
              message: 'Reach the model through its index.',
            },
            {
              group: ['lit', 'lit/*', '@lit/*', '@lit-labs/*'],
              message: 'The layout is pure: no Lit.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/element/**/*.ts', 'src/styles/**/*.ts', 'src/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/model/*', '!**/model/index.js', '**/layout/*', '!**/layout/index.js'],
              message: 'The element reaches the model and the layout only through their index.',
            },
          ],
          paths: [
            {
              name: 'lit/directives/repeat.js',
              message:
                "Use element/repeat.js: Lit's repeat leaves a marker per dropped item (lit/lit#5298).",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/element/repeat.ts'],
    rules: {'no-restricted-imports': 'off'},
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
