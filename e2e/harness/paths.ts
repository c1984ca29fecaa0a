import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'
import { chromium } from '@playwright/test'
import type { LaunchOptions } from '@playwright/test'
import { findChromium } from './find-chromium'
import type { ChromiumChoice } from './find-chromium'

/** The repository root (this file lives in e2e/harness/). */
export const REPO_ROOT = resolve(__dirname, '..', '..')

/** The built renderer that the Chromium project serves. */
export const RENDERER_DIR = join(REPO_ROOT, 'out', 'renderer')

/** The built main-process entry that the Electron project launches. */
export const MAIN_ENTRY = join(REPO_ROOT, 'out', 'main', 'index.js')

/** The seed articles shipped as the starter library. */
export const SEEDS_DIR = join(REPO_ROOT, 'seeds')

/** Readable fixture files for the import specs. */
export const FIXTURES_DIR = join(REPO_ROOT, 'e2e', 'fixtures')

/** Where every run writes its screenshots of the main states. */
export const SCREENSHOTS_DIR = join(REPO_ROOT, 'e2e', 'screenshots')

/**
 * The browser the Chromium project runs in: Debian's Chromium here and in CI, else Playwright's
 * own or an installed Google Chrome (see find-chromium.ts), or why there is none.
 */
export const CHROMIUM: ChromiumChoice = findChromium({
  env: process.env,
  platform: process.platform,
  exists: existsSync,
  playwrightChromium: () => chromium.executablePath(),
})

/** How to launch the e2e browser; throws the message of a missing one (global setup says it first). */
export function chromiumLaunchOptions(): LaunchOptions {
  if (CHROMIUM.status === 'missing') throw new Error(CHROMIUM.reason)
  return { ...CHROMIUM.launch, args: [...CHROMIUM_ARGS] }
}

/**
 * Flags for running Chromium as root on a closed network: without the background-networking ones it
 * keeps trying to reach Google's services.
 */
export const CHROMIUM_ARGS: ReadonlyArray<string> = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** Whether the Electron binary exists, and if not why, in a sentence printed with the skip. */
export type ElectronBinary =
  | { readonly status: 'available'; readonly path: string }
  | { readonly status: 'missing'; readonly reason: string }

/** Finds the Electron binary the `electron` package points at (absent where its download failed). */
export function findElectronBinary(): ElectronBinary {
  const requireFromRoot = createRequire(join(REPO_ROOT, 'package.json'))
  let path: unknown
  try {
    path = requireFromRoot('electron')
  } catch (error) {
    const packageDir = join(REPO_ROOT, 'node_modules', 'electron')
    return {
      status: 'missing',
      reason: `Electron binary not installed (${packageDir}: ${(error as Error).message}): the Electron project runs where it exists`,
    }
  }
  if (typeof path !== 'string' || !existsSync(path))
    return {
      status: 'missing',
      reason: `Electron binary not installed (${String(path)} does not exist): the Electron project runs where it exists`,
    }
  return { status: 'available', path }
}
