import js from '@eslint/js'
import globals from 'globals'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'

const environmentModules = [
  'node:*',
  'fs',
  'path',
  'os',
  'electron',
  'react',
  'react-dom',
  'react/*',
  'lowdb',
  'lowdb/*',
  'linkedom',
  'mammoth',
  '@mozilla/readability',
]

// STYLE.md: src/core/index.ts is the only way into the engine from outside it, so what core
// exposes is one list, and core can move its files without breaking its callers.
const throughCoreIndex = {
  // Core's fixture files and test helpers are test data, not the engine: tests may share them.
  regex: '^(\\.\\.?/)+(src/)?core/(?!index$)(?!.*(/fixtures/|\\.test-helper$)).+',
  message: 'Import the engine through src/core/index.ts (e.g. "../core"), not its inner files.',
}

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'e2e/screenshots/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-exports': ['error', { restrictDefaultExports: { direct: true } }],
    },
  },
  {
    // Config files are read by their tools through a default export.
    files: ['*.config.ts', '*.config.mts', '*.config.mjs'],
    rules: { 'no-restricted-exports': 'off' },
  },
  {
    // Everything outside the engine reaches it through its index. The blocks below that set their
    // own no-restricted-imports repeat this pattern, since a later block replaces a rule's options.
    files: ['**/*.{ts,tsx,mts}'],
    ignores: ['src/core/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [throughCoreIndex] }] },
  },
  {
    // The engine is pure: no environment, UI or storage code (VS Code's layering rule).
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: environmentModules,
              message: 'src/core is pure TypeScript: pass values in instead.',
            },
            {
              group: ['**/main/**', '**/node/**', '**/renderer/**', '**/cli/**', '**/preload/**'],
              message: 'core depends on nothing of ours.',
            },
          ],
        },
      ],
    },
  },
  {
    // Tests of the engine may read their fixture files from disk; the engine itself may not.
    files: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/main/**', '**/node/**', '**/renderer/**', '**/cli/**', '**/preload/**'],
              message: 'core depends on nothing of ours.',
            },
          ],
        },
      ],
    },
  },
  {
    // Node services (library, importers, output files, word vectors) serve both main and the CLI:
    // no Electron here, and nothing from the layers above.
    files: ['src/node/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron'],
              message: 'src/node runs without Electron: keep Electron in src/main.',
            },
            {
              group: ['**/main/**', '**/renderer/**', '**/cli/**', '**/preload/**'],
              message: 'src/node depends on core and shared only.',
            },
            throughCoreIndex,
          ],
        },
      ],
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: environmentModules, message: 'src/shared holds types only.' },
            throughCoreIndex,
          ],
        },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'electron', '**/main/**', '**/node/**', '**/cli/**'],
              message: 'The renderer reaches main only through the preload API.',
            },
            throughCoreIndex,
          ],
        },
      ],
    },
  },
)
