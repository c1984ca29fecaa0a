#!/usr/bin/env node
// Launches the built command line; the build lives in out/ so that node runs plain JavaScript.
import { existsSync } from 'node:fs'

const cli = new URL('../out/cli/rewrite-lens.mjs', import.meta.url)
if (existsSync(cli)) {
  await import(cli.href)
} else {
  process.stderr.write('rewrite-lens: run `npm run build` first.\n')
  process.exitCode = 2
}
