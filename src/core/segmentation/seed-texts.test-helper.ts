/// <reference types="vite/client" />
// Test-only: the five seed articles, read through Vite so that core tests need no node:fs.
const files = import.meta.glob<string>('../../../seeds/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
})

/** The seed articles' texts by their number ('000' … '004'). */
export const SEED_TEXTS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(files).map(([path, text]) => [/(\d{3})_[^/]*$/.exec(path)?.[1] ?? path, text]),
)
