import { readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { APP_ORIGIN, RENDERER_CSP, resolveAppAsset } from '../../src/main/app-urls'

/** A running static file server. */
export interface StaticServer {
  /** The origin with a trailing slash, e.g. `http://127.0.0.1:41234/`. */
  readonly url: string
  close(): Promise<void>
}

/**
 * Serves the renderer build on 127.0.0.1 at a free port the way main serves it on the app scheme:
 * the same file resolution and MIME types (module workers need a JavaScript type), the same CSP.
 */
export async function startStaticServer(rendererDir: string): Promise<StaticServer> {
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1')
    const asset = resolveAppAsset(`${APP_ORIGIN}${pathname}`, rendererDir)
    const body = asset ? readFile(asset.path).catch(() => null) : Promise.resolve(null)
    void body.then((contents) => {
      if (!asset || !contents) {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found')
        return
      }
      response
        .writeHead(200, {
          'content-type': asset.mimeType,
          'content-security-policy': RENDERER_CSP,
          'x-content-type-options': 'nosniff',
          'cache-control': 'no-store',
        })
        .end(contents)
    })
  })
  await new Promise<void>((done, fail) => {
    server.once('error', fail)
    server.listen(0, '127.0.0.1', done)
  })
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections()
        server.close(() => done())
      }),
  }
}
