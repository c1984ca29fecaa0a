import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import { allowDevInlineScripts } from './scripts/vite/dev-csp'

// The engine has no side effects at load (STYLE.md: pure core): what a bundle takes through
// src/core/index.ts is what it uses, not every module the index names.
const pureCore = { moduleSideEffects: [{ test: /\/src\/core\//, sideEffects: false }] }

export default defineConfig({
  main: {
    build: {
      // lowdb is ESM-only; bundling it keeps the CommonJS main bundle loadable.
      externalizeDeps: { exclude: ['lowdb'] },
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/main/index.ts') },
        treeshake: pureCore,
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload cannot require node_modules, so nothing is externalised here.
      externalizeDeps: false,
      rollupOptions: { input: { index: resolve(__dirname, 'src/preload/index.ts') } },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    build: {
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/renderer/index.html') },
        treeshake: pureCore,
      },
    },
    worker: { format: 'es', rollupOptions: { treeshake: pureCore } },
    // The dev server's inline React preamble is allowed by its hash; builds keep the strict CSP.
    plugins: [react(), allowDevInlineScripts()],
  },
})
