import { resolve } from 'node:path'
import { builtinModules } from 'node:module'
import { defineConfig } from 'vite'
import packageJson from './package.json'

// Loaded only for the inputs that need them (web pages, Word files), so left to Node to resolve;
// everything else the command line runs is bundled, so that Node resolves few modules at start.
const loadedOnDemand = ['@mozilla/readability', 'linkedom', 'mammoth']
const dependencies = Object.keys(packageJson.dependencies ?? {})

/**
 * Builds the `rewrite-lens` command line for Node 20: a small entry that parses arguments, and
 * chunks for each command loaded when it runs (see src/cli/run-cli.ts), plus the batch worker.
 */
export default defineConfig({
  build: {
    ssr: true,
    target: 'node20',
    outDir: 'out/cli',
    emptyOutDir: true,
    minify: false,
    rollupOptions: {
      input: {
        'rewrite-lens': resolve(import.meta.dirname, 'src/cli/index.ts'),
        'batch-worker': resolve(import.meta.dirname, 'src/cli/batch-worker.ts'),
        bench: resolve(import.meta.dirname, 'scripts/bench.ts'),
        'eval-corpora': resolve(import.meta.dirname, 'scripts/eval-corpora.ts'),
        'eval-lenses': resolve(import.meta.dirname, 'scripts/eval-lenses.ts'),
      },
      external: [
        ...builtinModules,
        ...builtinModules.map((name) => `node:${name}`),
        ...dependencies.filter((name) => loadedOnDemand.includes(name)),
      ],
      // The engine has no side effects at load (STYLE.md: pure core), so a command that takes one
      // helper through src/core/index.ts gets that helper, not every module the index names.
      treeshake: { moduleSideEffects: [{ test: /\/src\/core\//, sideEffects: false }] },
      output: {
        format: 'es',
        entryFileNames: '[name].mjs',
        chunkFileNames: 'chunks/[name]-[hash].mjs',
      },
    },
  },
  ssr: { noExternal: dependencies.filter((name) => !loadedOnDemand.includes(name)) },
})
