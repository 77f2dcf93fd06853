import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      '.tmp',
      'dist',
      'storybook-static',
      'coverage',
      'custom-elements.json',
      'bench/results',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      // Elements are registered in define.ts files, through defineElement().
      'wc/define-tag-after-class-definition': 'off',
    },
  },
  {
    files: ['scripts/**', '*.config.*', 'test/server/**', 'bench/**', '.ci/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['test/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
