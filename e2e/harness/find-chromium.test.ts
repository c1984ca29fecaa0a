import { describe, expect, it } from 'vitest'
import { DEBIAN_CHROMIUM, findChromium } from './find-chromium'
import type { ChromiumSearch } from './find-chromium'

const PLAYWRIGHT_CHROMIUM =
  '/Users/me/Library/Caches/ms-playwright/chromium-1255/chrome-mac/Chromium'
const MAC_CHROME = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'

function machine(
  files: ReadonlyArray<string>,
  overrides: Partial<ChromiumSearch> = {},
): ChromiumSearch {
  return {
    env: {},
    platform: 'linux',
    exists: (path) => files.includes(path),
    playwrightChromium: () => PLAYWRIGHT_CHROMIUM,
    ...overrides,
  }
}

describe('findChromium', () => {
  it('uses Debian’s Chromium where it is installed', () => {
    expect(findChromium(machine([DEBIAN_CHROMIUM, PLAYWRIGHT_CHROMIUM]))).toMatchObject({
      status: 'found',
      launch: { executablePath: DEBIAN_CHROMIUM },
    })
  })

  it('falls back to Playwright’s own Chromium on a Mac without /usr/bin/chromium', () => {
    const mac = machine([PLAYWRIGHT_CHROMIUM, MAC_CHROME], { platform: 'darwin' })
    expect(findChromium(mac)).toMatchObject({
      status: 'found',
      launch: { executablePath: PLAYWRIGHT_CHROMIUM },
    })
  })

  it('falls back to an installed Google Chrome through the chrome channel', () => {
    expect(findChromium(machine([MAC_CHROME], { platform: 'darwin' }))).toMatchObject({
      status: 'found',
      launch: { channel: 'chrome' },
    })
    const windowsChrome = 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe'
    const windows = machine([windowsChrome.replace(/\\/g, '/')], {
      platform: 'win32',
      env: { PROGRAMFILES: 'C:/Program Files' },
      exists: (path) => path.replace(/\\/g, '/') === windowsChrome.replace(/\\/g, '/'),
      playwrightChromium: () => {
        throw new Error('no build for this platform')
      },
    })
    expect(findChromium(windows)).toMatchObject({ status: 'found', launch: { channel: 'chrome' } })
  })

  it('names both ways to get a browser when there is none', () => {
    const choice = findChromium(machine([], { platform: 'win32' }))
    expect(choice.status).toBe('missing')
    const reason = choice.status === 'missing' ? choice.reason : ''
    expect(reason).toContain('npx playwright install chromium')
    expect(reason).toContain("channel 'chrome'")
    expect(reason).toContain('Google Chrome')
  })

  it('takes REWRITE_LENS_CHROMIUM first, and says when it points nowhere', () => {
    const mine = '/opt/my-chromium/chrome'
    expect(
      findChromium(machine([mine, DEBIAN_CHROMIUM], { env: { REWRITE_LENS_CHROMIUM: mine } })),
    ).toMatchObject({ status: 'found', launch: { executablePath: mine } })
    const wrong = findChromium(machine([DEBIAN_CHROMIUM], { env: { REWRITE_LENS_CHROMIUM: mine } }))
    expect(wrong.status).toBe('missing')
  })
})
