import { extname, resolve, sep } from 'node:path'

/** The privileged scheme the renderer is served from (a real origin, unlike file://). */
export const APP_SCHEME = 'app'
/** The one host of the app scheme. */
export const APP_ORIGIN = `${APP_SCHEME}://rewrite-lens`

/**
 * The Content Security Policy of the renderer: its own scripts only (no eval, no inline script),
 * inline styles for React's style attributes, no network, no frames, no plugins, no forms.
 */
export const RENDERER_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
].join('; ')

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
}

/** The page the main window loads: the dev server in development, the app scheme otherwise. */
export function rendererEntryUrl(devServerUrl: string | undefined): string {
  return devServerUrl ? devServerUrl : `${APP_ORIGIN}/index.html`
}

/** True when a URL belongs to our renderer (the app scheme, or the dev server in development). */
export function isAppUrl(url: string, devServerUrl: string | undefined): boolean {
  const origin = originOf(url)
  if (origin === null) return false
  return origin === APP_ORIGIN || (devServerUrl !== undefined && origin === originOf(devServerUrl))
}

/**
 * True for the requests the app may make: its own files, inline data, and the dev server (with
 * its hot-reload socket) in development. Everything else, any remote content, is blocked.
 */
export function isAllowedRequest(url: string, devServerUrl: string | undefined): boolean {
  const scheme = url.slice(0, url.indexOf(':') + 1).toLowerCase()
  if (scheme === 'data:' || scheme === 'blob:' || scheme === 'devtools:') return true
  if (isAppUrl(url, devServerUrl)) return true
  if (devServerUrl === undefined || (scheme !== 'ws:' && scheme !== 'wss:')) return false
  const dev = new URL(devServerUrl)
  const socket = new URL(url)
  return socket.hostname === dev.hostname && socket.port === dev.port
}

/**
 * The file an app-scheme request asks for inside the renderer build, with its MIME type; null for
 * another host, an unknown type, or a path that would escape the folder.
 */
export function resolveAppAsset(
  url: string,
  rendererDir: string,
): { readonly path: string; readonly mimeType: string } | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (`${parsed.protocol}//${parsed.host}` !== APP_ORIGIN) return null
  let pathname: string
  try {
    pathname = decodeURIComponent(parsed.pathname)
  } catch {
    return null
  }
  if (pathname.includes('\0')) return null
  const root = resolve(rendererDir)
  const path = resolve(root, `.${pathname === '/' ? '/index.html' : pathname}`)
  if (!path.startsWith(`${root}${sep}`)) return null
  const mimeType = MIME_TYPES[extname(path).toLowerCase()]
  return mimeType ? { path, mimeType } : null
}

function originOf(url: string): string | null {
  try {
    const parsed = new URL(url)
    // Standard schemes report their origin; custom ones report 'null', so it is rebuilt here.
    return `${parsed.protocol}//${parsed.host}`
  } catch {
    return null
  }
}
