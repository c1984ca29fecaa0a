import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { resolveDataDir, resolveSeedsDir } from './app-locations'
import {
  RENDERER_CSP,
  isAllowedRequest,
  isAppUrl,
  rendererEntryUrl,
  resolveAppAsset,
} from './app-urls'

const DEV = 'http://localhost:5173'

describe('renderer URLs', () => {
  it('loads the app scheme, or the dev server in development', () => {
    expect(rendererEntryUrl(undefined)).toBe('app://rewrite-lens/index.html')
    expect(rendererEntryUrl(DEV)).toBe(DEV)
  })

  it('trusts only our own origin', () => {
    expect(isAppUrl('app://rewrite-lens/index.html#x', undefined)).toBe(true)
    expect(isAppUrl('app://evil/index.html', undefined)).toBe(false)
    expect(isAppUrl('file:///tmp/index.html', undefined)).toBe(false)
    expect(isAppUrl('https://example.org/', undefined)).toBe(false)
    expect(isAppUrl('http://localhost:5173/src/main.tsx', DEV)).toBe(true)
    expect(isAppUrl('http://localhost:5174/', DEV)).toBe(false)
    expect(isAppUrl('not a url', DEV)).toBe(false)
  })

  it('blocks every remote request', () => {
    expect(isAllowedRequest('app://rewrite-lens/assets/index.js', undefined)).toBe(true)
    expect(isAllowedRequest('data:image/png;base64,AAAA', undefined)).toBe(true)
    expect(isAllowedRequest('https://cdn.example/font.woff2', undefined)).toBe(false)
    expect(isAllowedRequest('file:///etc/passwd', undefined)).toBe(false)
    expect(isAllowedRequest('ws://localhost:5173/', undefined)).toBe(false)
    expect(isAllowedRequest('ws://localhost:5173/', DEV)).toBe(true)
    expect(isAllowedRequest('ws://evil.example:5173/', DEV)).toBe(false)
  })

  it('serves files from the renderer build only', () => {
    const root = join('/opt', 'app', 'renderer')
    expect(resolveAppAsset('app://rewrite-lens/', root)).toEqual({
      path: join(root, 'index.html'),
      mimeType: 'text/html; charset=utf-8',
    })
    expect(resolveAppAsset('app://rewrite-lens/assets/a%20b.js?v=1', root)?.path).toBe(
      join(root, 'assets', 'a b.js'),
    )
    // The URL parser already folds a literal '..'; an encoded one is caught after decoding.
    expect(resolveAppAsset('app://rewrite-lens/../main/index.js', root)?.path).toBe(
      join(root, 'main', 'index.js'),
    )
    expect(resolveAppAsset('app://rewrite-lens/..%2F..%2Fetc%2Fpasswd.txt', root)).toBeNull()
    expect(resolveAppAsset('app://rewrite-lens/assets/data.bin', root)).toBeNull()
    expect(resolveAppAsset('app://other/index.html', root)).toBeNull()
  })

  it('has a CSP without eval, inline script or remote sources', () => {
    expect(RENDERER_CSP).not.toMatch(/unsafe-eval|http|\*/)
    expect(RENDERER_CSP).toMatch(/script-src 'self';/)
  })
})

describe('app locations', () => {
  it('prefers REWRITE_LENS_DATA_DIR over the user-data folder', () => {
    expect(resolveDataDir({ REWRITE_LENS_DATA_DIR: '/tmp/lens' }, '/home/u/.config/app')).toBe(
      '/tmp/lens',
    )
    expect(resolveDataDir({ REWRITE_LENS_DATA_DIR: ' ' }, '/home/u/.config/app')).toBe(
      '/home/u/.config/app',
    )
  })

  it('finds the seeds in the resources when packaged', () => {
    const where = { resourcesPath: '/opt/app/resources', appPath: '/src/repo' }
    expect(resolveSeedsDir({ ...where, isPackaged: true })).toBe(
      join('/opt/app/resources', 'seeds'),
    )
    expect(resolveSeedsDir({ ...where, isPackaged: false })).toBe(join('/src/repo', 'seeds'))
  })
})
