import { resolve } from 'node:path'
import { builtinModules } from 'node:module'
import { defineConfig } from 'vite'
import packageJson from './package.json'

const dependencies = Object.keys(packageJson.dependencies ?? {})

/** Builds the `rewrite-lens` command line as one ES module for Node 20. */
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
        bench: resolve(import.meta.dirname, 'scripts/bench.ts'),
        'eval-corpora': resolve(import.meta.dirname, 'scripts/eval-corpora.ts'),
        'eval-lenses': resolve(import.meta.dirname, 'scripts/eval-lenses.ts'),
      },
      external: [
        ...builtinModules,
        ...builtinModules.map((name) => `node:${name}`),
        ...dependencies,
      ].filter((name) => name !== 'lowdb'),
      output: { format: 'es', entryFileNames: '[name].mjs' },
    },
  },
})
