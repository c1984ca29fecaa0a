import { join } from 'node:path'

/** How the e2e tests launch Chromium: a binary by path, or Playwright's channel for Google Chrome. */
export type ChromiumLaunch =
  | { readonly executablePath: string; readonly channel?: never }
  | { readonly channel: 'chrome'; readonly executablePath?: never }

/** The Chromium the e2e tests run in, or why there is none (a message that says what to do). */
export type ChromiumChoice =
  | { readonly status: 'found'; readonly launch: ChromiumLaunch; readonly description: string }
  | { readonly status: 'missing'; readonly reason: string }

/** What the search looks at, passed in so tests can describe any machine. */
export interface ChromiumSearch {
  readonly env: Readonly<Record<string, string | undefined>>
  readonly platform: NodeJS.Platform
  readonly exists: (path: string) => boolean
  /** Where Playwright's own Chromium lives once `npx playwright install chromium` has run. */
  readonly playwrightChromium: () => string
}

/** Debian's package (`apt-get install chromium`), which CI and this project's machines use. */
export const DEBIAN_CHROMIUM = '/usr/bin/chromium'

const HOW_TO_GET_ONE =
  "install Playwright's own Chromium with `npx playwright install chromium` (where the network " +
  "allows), or Google Chrome (the tests then use Playwright's channel 'chrome'), or on Debian " +
  '`apt-get install chromium`; or set REWRITE_LENS_CHROMIUM to a Chromium binary.'

/**
 * Picks the browser for the e2e tests: `REWRITE_LENS_CHROMIUM` when set, else Debian's Chromium,
 * else Playwright's own, else an installed Google Chrome, so the README's test command also works
 * on a contributor's macOS or Windows machine.
 */
export function findChromium(search: ChromiumSearch): ChromiumChoice {
  const override = search.env['REWRITE_LENS_CHROMIUM']?.trim()
  if (override)
    return search.exists(override)
      ? found({ executablePath: override }, `${override} (REWRITE_LENS_CHROMIUM)`)
      : {
          status: 'missing',
          reason: `REWRITE_LENS_CHROMIUM is ${override}, which does not exist; fix it, or unset it and ${HOW_TO_GET_ONE}`,
        }
  if (search.exists(DEBIAN_CHROMIUM))
    return found({ executablePath: DEBIAN_CHROMIUM }, DEBIAN_CHROMIUM)
  const bundled = bundledChromium(search)
  if (bundled !== null && search.exists(bundled))
    return found({ executablePath: bundled }, `Playwright's Chromium (${bundled})`)
  const chrome = chromeInstallations(search).find(search.exists)
  if (chrome !== undefined) return found({ channel: 'chrome' }, `Google Chrome (${chrome})`)
  return { status: 'missing', reason: `e2e: no Chromium to run the tests in; ${HOW_TO_GET_ONE}` }
}

function found(launch: ChromiumLaunch, description: string): ChromiumChoice {
  return { status: 'found', launch, description }
}

function bundledChromium(search: ChromiumSearch): string | null {
  try {
    return search.playwrightChromium()
  } catch {
    // Playwright throws when it has no build of Chromium for this platform at all.
    return null
  }
}

// Where Playwright's 'chrome' channel looks for Google Chrome's stable release.
function chromeInstallations(search: ChromiumSearch): ReadonlyArray<string> {
  switch (search.platform) {
    case 'darwin':
      return ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome']
    case 'win32':
      return ['LOCALAPPDATA', 'PROGRAMFILES', 'PROGRAMFILES(X86)'].flatMap((variable) => {
        const root = search.env[variable]
        return root ? [join(root, 'Google', 'Chrome', 'Application', 'chrome.exe')] : []
      })
    default:
      return ['/opt/google/chrome/chrome']
  }
}
