import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import react from 'eslint-plugin-react';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { layersRule } from './.ci/lint/layers.js';
import { docCommentsRule } from './.ci/lint/doc-comments.js';

const duizhao = { rules: { layers: layersRule, 'doc-comments': docCommentsRule } };

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'out/**', 'test-results/**', 'playwright-report/**', '**/fixtures/**/*.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.node, ...globals.browser } },
    plugins: { duizhao },
    rules: {
      'duizhao/layers': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: "CallExpression[callee.object.name='test'][callee.property.name='only']", message: 'test.only must not be committed.' }],
    },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.tsx', 'electron/**/*.ts'],
    ignores: ['**/*.test.ts', '**/*.test.tsx', '**/fixtures/**'],
    rules: { 'duizhao/doc-comments': 'error' },
  },
  {
    files: ['src/ui/**/*.tsx'],
    plugins: { react, 'react-hooks': reactHooks },
    settings: { react: { version: '19' } },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      // Every visible string comes from locales/ through i18next; only punctuation may be literal.
      'react/jsx-no-literals': ['error', { noStrings: true, ignoreProps: true, allowedStrings: ['·', '/', '—', '–', '×', '…', '%', '(', ')', ':'] }],
    },
  },
);
