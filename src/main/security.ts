import { readFile } from 'node:fs/promises'
import { app, protocol } from 'electron'
import type { Session, WebContents } from 'electron'
import { APP_SCHEME, RENDERER_CSP, isAllowedRequest, resolveAppAsset } from './app-urls'

/** Must run before `app` is ready: the app scheme behaves like https (origin, CSP, workers). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ])
}

/** Serves the renderer build on the app scheme, every response with the strict CSP. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const asset = resolveAppAsset(request.url, rendererDir)
    const body = asset ? await readFile(asset.path).catch(() => null) : null
    if (!asset || !body) return new Response('Not found', { status: 404 })
    return new Response(new Uint8Array(body), {
      headers: {
        'Content-Type': asset.mimeType,
        'Content-Security-Policy': RENDERER_CSP,
        'X-Content-Type-Options': 'nosniff',
        'Cross-Origin-Opener-Policy': 'same-origin',
      },
    })
  })
}

/**
 * Locks down a session: no request leaves the machine (only app files, inline data and, in
 * development, the dev server), and every permission (camera, notifications, …) is refused.
 */
export function hardenSession(target: Session, devServerUrl: string | undefined): void {
  target.webRequest.onBeforeRequest((details, respond) => {
    respond({ cancel: !isAllowedRequest(details.url, devServerUrl) })
  })
  target.setPermissionRequestHandler((_contents, _permission, respond) => respond(false))
  target.setPermissionCheckHandler(() => false)
  target.setDevicePermissionHandler(() => false)
}

/**
 * Applies to every web contents the app creates: no navigation away from the page, no new
 * windows (an http(s) link is offered to the browser instead), and no <webview>.
 */
export function hardenAllWebContents(openInBrowser: (url: string) => void): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event) => event.preventDefault())
    contents.on('will-redirect', (event) => event.preventDefault())
    contents.on('will-attach-webview', (event) => event.preventDefault())
    contents.setWindowOpenHandler(({ url }) => {
      if (/^https?:/i.test(url)) openInBrowser(url)
      return { action: 'deny' }
    })
  })
}
