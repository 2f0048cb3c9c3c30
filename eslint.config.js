import js from '@eslint/js'
import globals from 'globals'
import reactHooks from 'eslint-plugin-react-hooks'
import reactRefresh from 'eslint-plugin-react-refresh'
import pluginQuery from '@tanstack/eslint-plugin-query'
import jsxA11y from 'eslint-plugin-jsx-a11y-x'
import tseslint from 'typescript-eslint'
import { defineConfig, globalIgnores } from 'eslint/config'

export default defineConfig([
  globalIgnores(['dist', 'dist-*', 'public/mockServiceWorker.js', 'playwright-report', 'test-results', 'test-results-*', 'node_modules']),
  {
    files: ['**/*.{ts,tsx}'],
    extends: [
      js.configs.recommended,
      tseslint.configs.recommended,
      reactHooks.configs.flat.recommended,
      reactRefresh.configs.vite,
      pluginQuery.configs['flat/recommended'],
      jsxA11y.configs.recommended,
    ],
    languageOptions: { ecmaVersion: 2022, globals: globals.browser },
    rules: {
      'jsx-a11y-x/no-autofocus': ['error', { ignoreNonDOM: true }],
      // No raw HTML anywhere (React Spectrum has no react/no-danger plugin here): render text, so
      // names like "<script>alert(1)</script>" stay text. Tested in src/no-raw-html.test.ts.
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render text, never raw HTML (no dangerouslySetInnerHTML).' },
        {
          selector: "Property[key.name='dangerouslySetInnerHTML'], Property[key.value='dangerouslySetInnerHTML']",
          message: 'Render text, never raw HTML (no dangerouslySetInnerHTML, not through createElement props either).',
        },
        {
          selector: "AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]",
          message: 'Set textContent or render with React; never assign innerHTML / outerHTML.',
        },
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML'], CallExpression[callee.object.name='document'][callee.property.name=/^write(ln)?$/]",
          message: 'Never insert raw HTML (insertAdjacentHTML, document.write).',
        },
      ],
    },
  },
  {
    // Only the boot file and tests may reach the demo backend; production code stays free of it.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/main.tsx', 'src/mocks/**', 'src/test/**', 'src/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/mocks/**', '**/mocks'], message: 'Only main.tsx and tests import the demo backend.' }] }],
    },
  },
  {
    // Playwright fixtures call their callback `use`, which is not React's hook.
    files: ['e2e/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    files: ['src/app/routes/**/*.lazy.tsx'],
    rules: { 'react-refresh/only-export-components': ['error', { allowExportNames: ['Route'] }] },
  },
  {
    files: ['e2e/**/*.ts', '*.config.ts', 'scripts/**/*.{ts,mjs}', 'server/**/*.ts', 'contract/**/*.ts', 'src/mocks/**/*.ts', 'src/test/**/*.{ts,tsx}', 'src/**/*.test.{ts,tsx}'],
    rules: { 'react-refresh/only-export-components': 'off' },
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
])
