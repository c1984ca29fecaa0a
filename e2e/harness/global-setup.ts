import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { FullConfig } from '@playwright/test'
import { CHROMIUM, MAIN_ENTRY, RENDERER_DIR, findElectronBinary } from './paths'

/** Checks what the run needs before any test starts, and says how to get what is missing. */
// eslint-disable-next-line no-restricted-exports -- Playwright loads globalSetup through its default export.
export default async function globalSetup(config: FullConfig): Promise<void> {
  const projects = new Set(config.projects.map((project) => project.name))
  if (!existsSync(join(RENDERER_DIR, 'index.html')))
    throw new Error(`e2e: ${RENDERER_DIR}/index.html is missing; run npm run build first.`)
  if (projects.has('chromium')) {
    if (CHROMIUM.status === 'missing') throw new Error(CHROMIUM.reason)
    console.log(`[chromium project] runs in ${CHROMIUM.description}`)
  }
  if (projects.has('electron')) {
    const electron = findElectronBinary()
    if (electron.status === 'missing')
      console.log(`\n[electron project skipped] ${electron.reason}\n`)
    else if (!existsSync(MAIN_ENTRY))
      throw new Error(`e2e: ${MAIN_ENTRY} is missing; run npm run build first.`)
  }
}
