import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import { allowDevInlineScripts } from './scripts/vite/dev-csp'

export default defineConfig({
  main: {
    build: {
      // lowdb is ESM-only; bundling it keeps the CommonJS main bundle loadable.
      externalizeDeps: { exclude: ['lowdb'] },
      rollupOptions: { input: { index: resolve(__dirname, 'src/main/index.ts') } },
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
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } },
    },
    worker: { format: 'es' },
    // The dev server's inline React preamble is allowed by its hash; builds keep the strict CSP.
    plugins: [react(), allowDevInlineScripts()],
  },
})
