// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import layers from './scripts/lint/layers.ts';

export default defineConfig(
  { ignores: ['dist/', '.astro/', '.bench/', 'node_modules/', 'tmp/', '.test-output/', '**/*.astro'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // noUncheckedIndexedAccess types every index read as possibly undefined; after a bounds
      // check, `!` is the honest way to say so.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // The architecture, enforced: see scripts/lint/layers.ts and ARCHITECTURE.md.
    files: ['src/**/*.ts'],
    plugins: { corroborate: layers },
    rules: { 'corroborate/layers': 'error' },
  },
);
