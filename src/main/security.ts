import { app, protocol } from 'electron'
import type { Session, WebContents } from 'electron'
import { APP_SCHEME, RENDERER_CSP, isAllowedRequest } from './app-urls'
import { readRendererFile } from './renderer-files'

/** Must run before `app` is ready: the app scheme behaves like https (origin, CSP, workers). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ])
}

/** The headers of every app-scheme response: the strict CSP travels with each file. */
export const RENDERER_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': RENDERER_CSP,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
}

/** Serves the renderer build on the app scheme, every response with the strict CSP. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = request.method === 'GET' ? await readRendererFile(request.url, rendererDir) : null
    if (!file) return new Response('Not found', { status: 404, headers: RENDERER_HEADERS })
    return new Response(file.body, {
      headers: { ...RENDERER_HEADERS, 'Content-Type': file.mimeType },
    })
  })
}

/** The permission handlers of a session (Electron's `Session`, or a fake in tests). */
export type PermissionTarget = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'
>

/**
 * Refuses every permission: requests (camera, notifications, …) are answered no, and checks
 * (which Chromium makes without asking, e.g. for clipboard reads or media devices) answer false.
 */
export function denyAllPermissions(target: PermissionTarget): void {
  target.setPermissionRequestHandler((_contents, _permission, respond) => respond(false))
  target.setPermissionCheckHandler(() => false)
  target.setDevicePermissionHandler(() => false)
}

/**
 * Locks down a session: no request leaves the machine (only app files, inline data and, in
 * development, the dev server), and every permission is refused.
 */
export function hardenSession(target: Session, devServerUrl: string | undefined): void {
  target.webRequest.onBeforeRequest((details, respond) => {
    respond({ cancel: !isAllowedRequest(details.url, devServerUrl) })
  })
  denyAllPermissions(target)
  // The spell checker would download its dictionaries from Google's CDN on first use.
  target.setSpellCheckerEnabled(false)
}

/** The events `hardenWebContents` listens to (Electron's `WebContents`, or a fake in tests). */
export type HardenableContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>

/**
 * Locks down one web contents: no navigation of any frame away from the page (a link, a form,
 * `location =`, a redirect), no new windows (`window.open`, `target=_blank`; an http(s) address is
 * offered to the browser instead, after the user confirms), and no <webview>.
 */
export function hardenWebContents(
  contents: HardenableContents,
  openInBrowser: (url: string) => void,
): void {
  // `will-navigate` covers the main frame only; `will-frame-navigate` also covers subframes.
  contents.on('will-navigate', (event) => event.preventDefault())
  contents.on('will-frame-navigate', (event) => event.preventDefault())
  contents.on('will-redirect', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    // The handler asks the user and refuses anything but plain http(s) itself.
    if (/^https?:/i.test(url)) openInBrowser(url)
    return { action: 'deny' }
  })
}

/** Applies `hardenWebContents` to every web contents the app creates, from now on. */
export function hardenAllWebContents(openInBrowser: (url: string) => void): void {
  app.on('web-contents-created', (_event, contents: WebContents) =>
    hardenWebContents(contents, openInBrowser),
  )
}
