import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { RENDERER_CSP } from './app-urls'
import { PRINT_WINDOW_PREFERENCES } from './electron-dialogs'
import { mainWindowPreferences } from './main-window'
import { RENDERER_HEADERS, denyAllPermissions, hardenWebContents } from './security'
import type { HardenableContents, PermissionTarget } from './security'

// Electron's binary is not available to unit tests; only the pure parts are exercised here.
vi.mock('electron', () => ({ app: {}, protocol: {}, BrowserWindow: class {}, nativeTheme: {} }))

type Listener = (event: { preventDefault(): void; defaultPrevented: boolean }) => void

// A stand-in web contents that records its listeners and lets a test fire them.
function fakeContents() {
  const listeners = new Map<string, Listener>()
  let openHandler: ((details: { url: string }) => { action: string }) | null = null
  const contents = {
    on: (name: string, listener: Listener) => {
      listeners.set(name, listener)
      return contents
    },
    setWindowOpenHandler: (handler: (details: { url: string }) => { action: string }) => {
      openHandler = handler
    },
  }
  return {
    contents: contents as unknown as HardenableContents,
    fire: (name: string): boolean => {
      const event = {
        defaultPrevented: false,
        preventDefault() {
          this.defaultPrevented = true
        },
      }
      listeners.get(name)?.(event)
      return event.defaultPrevented
    },
    open: (url: string) => openHandler?.({ url }).action,
  }
}

describe('web contents', () => {
  it('refuses navigation of any frame, redirects and webviews', () => {
    const fake = fakeContents()
    hardenWebContents(fake.contents, () => undefined)
    const refused = ['will-navigate', 'will-frame-navigate', 'will-redirect', 'will-attach-webview']
    expect(refused.map((name) => `${name}: ${fake.fire(name)}`)).toEqual(
      refused.map((name) => `${name}: true`),
    )
  })

  it('opens no window: http(s) goes to the browser check, everything else is dropped', () => {
    const fake = fakeContents()
    const offered: string[] = []
    hardenWebContents(fake.contents, (url) => offered.push(url))
    const urls = [
      'https://example.org/story',
      'HTTP://example.org/',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'app://rewrite-lens/index.html',
      'about:blank',
    ]
    expect(urls.map((url) => fake.open(url))).toEqual(urls.map(() => 'deny'))
    expect(offered).toEqual(['https://example.org/story', 'HTTP://example.org/'])
  })
})

describe('permissions', () => {
  it('answers every permission request no, and every check false', () => {
    const answers: string[] = []
    const handlers: Record<string, (...args: unknown[]) => unknown> = {}
    const target = {
      setPermissionRequestHandler: (handler: (...args: unknown[]) => unknown) => {
        handlers['request'] = handler
      },
      setPermissionCheckHandler: (handler: (...args: unknown[]) => unknown) => {
        handlers['check'] = handler
      },
      setDevicePermissionHandler: (handler: (...args: unknown[]) => unknown) => {
        handlers['device'] = handler
      },
    } as unknown as PermissionTarget
    denyAllPermissions(target)
    for (const permission of ['media', 'notifications', 'clipboard-read', 'geolocation'])
      handlers['request']?.({}, permission, (granted: boolean) =>
        answers.push(`${permission} ${granted}`),
      )
    expect(answers).toEqual([
      'media false',
      'notifications false',
      'clipboard-read false',
      'geolocation false',
    ])
    expect(handlers['check']?.({}, 'clipboard-read', 'app://rewrite-lens', {})).toBe(false)
    expect(handlers['device']?.({ deviceType: 'usb' })).toBe(false)
  })
})

describe('window preferences', () => {
  it('sandboxes the reader and the PDF window, with no Node, and no script in the PDF window', () => {
    const checklist = {
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    }
    expect(mainWindowPreferences('/app/preload/index.js')).toMatchObject(checklist)
    expect(PRINT_WINDOW_PREFERENCES).toMatchObject({ ...checklist, javascript: false })
    expect(PRINT_WINDOW_PREFERENCES).not.toHaveProperty('preload')
    expect(PRINT_WINDOW_PREFERENCES.partition).not.toMatch(/^persist:/)
  })
})

// The directives of a policy, each with its sources (default-src standing in for missing ones).
function policyOf(csp: string): Map<string, ReadonlyArray<string>> {
  return new Map(
    csp
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name ?? '', sources]),
  )
}

describe('content security policy', () => {
  const metaPolicy = async (): Promise<string> => {
    const html = await readFile(join(__dirname, '..', 'renderer', 'index.html'), 'utf8')
    return /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? ''
  }

  it('sends the strict policy with every response, without eval or remote sources', () => {
    expect(RENDERER_HEADERS['Content-Security-Policy']).toBe(RENDERER_CSP)
    const policy = policyOf(RENDERER_CSP)
    expect(policy.get('script-src')).toEqual(["'self'"])
    expect(policy.get('default-src')).toEqual(["'none'"])
    expect(policy.get('object-src')).toEqual(["'none'"])
    expect(RENDERER_CSP).not.toMatch(/unsafe-eval|wasm-unsafe-eval|https?:|wss?:|\*/)
  })

  it('agrees with the page’s meta policy: both forbid eval and remote scripts', async () => {
    // Both policies apply at once (the stricter wins), so the meta may be looser but never
    // allow a script the header forbids without the header catching it; it must not allow eval.
    const meta = policyOf(await metaPolicy())
    const scripts = meta.get('script-src') ?? meta.get('default-src') ?? []
    expect(scripts).toEqual(["'self'"])
    expect([...meta.values()].flat()).not.toContain("'unsafe-eval'")
    expect([...meta.values()].flat().filter((source) => /^(https?|wss?):|\*/.test(source))).toEqual(
      [],
    )
  })
})
